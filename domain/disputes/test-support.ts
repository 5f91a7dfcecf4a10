/**
 * Test support for the dispute tests: real translators over messages/*.json (next-intl's
 * createTranslator, the formatter the app uses) and a realistic case — an offline slip in
 * Bangkok whose payment posted twice. Not used by the app.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { MatchRecord } from "@/domain/matching";
import type { DisputeCase, DisputeSlip } from "./dispute-case";
import type { LetterLanguage, Translate } from "./letter-model";

export function disputeTranslator(lang: LetterLanguage): Translate {
  const t = createTranslator({ locale: lang, messages: lang === "zh-CN" ? zhCN : en, namespace: "disputes" });
  return (key, params) => (t as unknown as (k: string, p?: object) => string)(key, params);
}

export const translators: Record<LetterLanguage, Translate> = { en: disputeTranslator("en"), "zh-CN": disputeTranslator("zh-CN") };

export const bangkokSlip: DisputeSlip = {
  merchantName: "SIAM CRAFT HOUSE", city: "Bangkok", country: "TH", localDateTime: "2026-03-04T14:05", timeZone: "Asia/Bangkok",
  amountMinor: 125000, currency: "THB", cardLast4: "4242", entryMode: "chip", approvalCode: "Y3", rrn: "606312345678", tid: "12345678",
  mid: "000123456789012", responseCode: "Y3", offlineWording: "UNABLE TO GO ONLINE", aid: "A0000000031010", applicationLabel: "VISA CREDIT",
};

export function record(id: string, over: Partial<MatchRecord> = {}): MatchRecord {
  return {
    id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-03-05", postingDate: "2026-03-06",
    billedAmountMinor: 24538, billedCurrency: "CNY", originalAmountMinor: 125000, originalCurrency: "THB", merchant: "SIAM CRAFT HOUSE BANGKOK TH",
    references: {}, fingerprint: `fp-${id}`, ...over,
  };
}

export function duplicateCase(over: Partial<DisputeCase> = {}): DisputeCase {
  return {
    slip: bangkokSlip, status: "duplicate", today: "2026-03-20",
    charges: [
      { id: "c1", posting: record("r1", { references: { authCode: "482913" } }), credits: [] },
      { id: "c2", posting: record("r2", { transactionDate: "2026-03-09", postingDate: "2026-03-10", references: { arn: "74000016069000000000001" } }), credits: [] },
    ],
    ...over,
  };
}

import merchantNotes from "@/messages/merchant-notes.json";

/** A translator over messages/merchant-notes.json (keys "<lang>.paid", "codes.tid"), in that language's plural rules. */
export function merchantNoteTranslator(locale: string): Translate {
  const t = createTranslator({ locale, messages: merchantNotes });
  return (key, params) => (t as unknown as (k: string, p?: object) => string)(key, params);
}
