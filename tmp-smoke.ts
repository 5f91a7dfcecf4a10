import { matchSlips } from "@/domain/matching/match-slips";
import type { MatchRecord, MatchSlip } from "@/domain/matching/match-types";
const rec = (id: string, o: Partial<MatchRecord>): MatchRecord => ({ id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-03-02", billedAmountMinor: 0, billedCurrency: "CNY", merchant: "", references: {}, fingerprint: id, ...o } as MatchRecord);
const slips: MatchSlip[] = [
  { id: "s1", merchantName: "7-Eleven Sukhumvit 11", city: "Bangkok", country: "TH", localDateTime: "2026-03-02T21:14", amountMinor: 24500, currency: "THB", cardLast4: "1234" },
  { id: "s2", merchantName: "Jay Fai", city: "Bangkok", country: "TH", localDateTime: "2026-03-03T19:40", amountMinor: 100000, currency: "THB", cardLast4: "1234" },
];
const records = [
  rec("r1", { transactionDate: "2026-03-02", postingDate: "2026-03-04", billedAmountMinor: 4812, originalAmountMinor: 24500, originalCurrency: "THB", merchant: "SEVEN-ELEVEN BANGKOK TH", cardLast4: "1234" }),
  rec("r2", { source: "sms", kind: "authorisation", state: "pending", transactionDate: "2026-03-03", transactionTime: "19:41", billedAmountMinor: 100000, billedCurrency: "THB", merchant: "JAY FAI", cardLast4: "1234" }),
  rec("r3", { transactionDate: "2026-03-03", postingDate: "2026-03-05", billedAmountMinor: 19630, originalAmountMinor: 100000, originalCurrency: "THB", merchant: "JAY FAI BANGKOK TH", cardLast4: "1234" }),
];
console.log(JSON.stringify(matchSlips({ slips, records, today: "2026-03-20" }), null, 1));
