import { readFileSync, readdirSync } from "node:fs";
import { it } from "vitest";
import { parseStatementFile } from "@/domain/statements/detect-format";
it("dump", () => {
  const dir = "/work/main/domain/statements/fixtures/";
  for (const f of readdirSync(dir).filter((f) => /\.(ofx|qfx|xml|qif)$/.test(f))) {
    const r = parseStatementFile(new Uint8Array(readFileSync(dir + f)), f, { currency: "USD" });
    console.log(f, r.format, r.layout, r.encoding, JSON.stringify(r.issues));
    for (const rec of r.records) console.log("  ", JSON.stringify({ ...rec, fingerprint: undefined }));
  }
});
