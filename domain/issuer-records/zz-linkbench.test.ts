import { it } from "vitest";
import { linkPendingToPosted, assignFingerprints } from "@/domain/issuer-records";
it("bench", () => {
  for (const variant of ["synthetic", "realistic", "adversarial"]) {
  const recs = [];
  const n = variant === "adversarial" ? 200000 : 40000;
  for (let i = 0; i < n; i++) {
    const day = variant === "synthetic" ? i % 336 : variant === "adversarial" ? 0 : Math.floor(i / 120);
    const d = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    const pending = variant === "synthetic" ? i % 2 === 0 : variant === "adversarial" ? i % 2 === 0 : i % 10 === 0;
    const amount = variant === "synthetic" ? 1000 + (i % 500) : variant === "adversarial" ? 1000 : 100 + ((i * 7919) % 90000);
    recs.push({ source: "statement", kind: pending ? "authorisation" : "purchase", state: pending ? "pending" : "posted", transactionDate: d, billedAmountMinor: amount, billedCurrency: "EUR", merchant: variant === "synthetic" ? "SHOP " + (i % 300) : ["TESCO", "STARBUCKS LONDON", "AMAZON MKTP", "UBER TRIP", "PRET A MANGER"][i % 5] + " " + (i % 97), references: {} });
  }
  const t = performance.now();
  const links = linkPendingToPosted(assignFingerprints(recs as never));
  console.log(variant, links.length, Math.round(performance.now() - t), "ms");
  }
}, 300000);
