import { describe, expect, it } from "vitest";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { findDisputeGrounds } from "./find-grounds";
import { buildMerchantNote, chooseNoteLanguage, MERCHANT_NOTE_LANGUAGES, NOTE_LOCALES } from "./merchant-note";
import { bangkokSlip, duplicateCase, merchantNoteTranslator, record } from "./test-support";
import type { DisputeCase } from "./dispute-case";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** The local price as each note language writes it (Intl, checked by hand for each). */
const LOCAL_PRICE: Record<string, string> = {
  en: "THB 1,250.00", ja: "THB 1,250.00", ko: "THB 1,250.00", th: "฿1,250.00", fr: "1 250,00 THB", es: "1250,00 ฿", de: "1.250,00 ฿", it: "1250,00 ฿", zh: "THB 1,250.00", "zh-Hant": "THB 1,250.00",
};

describe("buildMerchantNote", () => {
  const input = duplicateCase();
  const [finding] = findDisputeGrounds(input);

  for (const lang of MERCHANT_NOTE_LANGUAGES) {
    it(`asks for the refund of the local amount in ${lang}, with the card as last 4 and the slip's references`, () => {
      const note = buildMerchantNote({ input, finding: finding!, lang, t: merchantNoteTranslator(NOTE_LOCALES[lang]) });
      const text = plain(note.text);
      for (const bad of ["{", "}", "undefined", "NaN"]) expect(text).not.toContain(bad);
      expect(text).not.toMatch(/\bnull\b/);
      expect(text).toContain("4242");
      expect(text).toContain(LOCAL_PRICE[lang]);
      expect(text).toContain("TID 12345678");
      expect(text).toContain("RRN 606312345678");
      expect(note.lines.map((l) => l.key)).toEqual(["greeting", "paid", "problem.duplicateProcessing", "ask.refund", "references", "thanks"]);
      expect(text).not.toContain("CN¥");
    });
  }

  it("writes the note for every ground in every language without a gap", () => {
    const cases: DisputeCase[] = [
      { slip: { ...bangkokSlip, paidInsteadMethod: "cash" }, status: "duplicate", today: "2026-03-20", charges: [{ id: "c1", posting: record("r1"), credits: [] }] },
      { slip: { ...bangkokSlip, responseCode: "05" }, status: "posted", today: "2026-03-20", charges: [{ id: "c1", posting: record("r1"), credits: [] }], report: { cancelled: true, refundPromised: true } },
      { slip: bangkokSlip, status: "posted", today: "2026-03-20", charges: [{ id: "c1", posting: record("r1", { originalAmountMinor: 135000 }), credits: [] }] },
      { slip: { ...bangkokSlip, dccHomeCurrency: "CNY", dccHomeAmountMinor: 26800 }, status: "posted", today: "2026-03-20", charges: [{ id: "c1", posting: record("r1", { billedAmountMinor: 26800, originalCurrency: undefined, originalAmountMinor: undefined }), credits: [] }] },
      { slip: bangkokSlip, status: "pending", today: "2026-03-20", charges: [{ id: "h", hold: record("h1", { kind: "authorisation", state: "pending", postingDate: undefined }), credits: [] }] },
    ];
    const seen = new Set<string>();
    for (const input of cases) {
      for (const found of findDisputeGrounds(input)) {
        seen.add(found.ground);
        for (const lang of MERCHANT_NOTE_LANGUAGES) {
          const note = buildMerchantNote({ input, finding: found, lang, t: merchantNoteTranslator(NOTE_LOCALES[lang]) });
          expect(note.text, `${found.ground} ${lang}`).not.toMatch(/\{|\}|undefined|\bnull\b/);
          expect(note.lines.every((l) => l.text.trim().length > 0)).toBe(true);
        }
      }
    }
    expect([...seen].sort()).toEqual(["chargedAlthoughCancelled", "chargedAlthoughDeclined", "creditNotProcessed", "dccWithoutConsent", "holdNotReleased", "incorrectAmount", "paidByOtherMeans"]);
  });

  it("never prints more than the last 4 of the card", () => {
    const slip = { ...bangkokSlip, cardLast4: "4111111111111111", rrn: "4111 1111 1111 1111" };
    const note = buildMerchantNote({ input: duplicateCase({ slip }), finding: finding!, lang: "ja", t: merchantNoteTranslator("ja-JP") });
    expect(containsCardNumber(note.text)).toBe(false);
    expect(note.text).toContain("末尾1111");
  });

  it("picks the destination's language from the slip's country", () => {
    expect(["JP", "KR", "TH", "FR", "ES", "MX", "DE", "AT", "IT", "CN", "TW", "HK", "GB"].map(chooseNoteLanguage)).toEqual(["ja", "ko", "th", "fr", "es", "es", "de", "de", "it", "zh", "zh-Hant", "zh-Hant", "en"]);
    expect(chooseNoteLanguage("BR")).toBeNull();
    expect(chooseNoteLanguage(null)).toBeNull();
  });
});
