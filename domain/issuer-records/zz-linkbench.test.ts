import { it } from "vitest";
import { linkPendingToPosted, assignFingerprints } from "@/domain/issuer-records";
it("bench", () => {
  const recs = [];
  for (let i = 0; i < 20000; i++) {
    const d = `2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    recs.push({ source: "statement", kind: i % 2 ? "purchase" : "authorisation", state: i % 2 ? "posted" : "pending", transactionDate: d, billedAmountMinor: 1000 + (i % 500), billedCurrency: "EUR", merchant: "SHOP " + (i % 300), references: {} });
  }
  const t = performance.now();
  const links = linkPendingToPosted(assignFingerprints(recs as never));
  console.log(links.length, performance.now() - t);
});
