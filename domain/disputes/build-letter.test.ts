import { describe, expect, it } from "vitest";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { buildDisputeLetter, buildDisputeLetters } from "./build-letter";
import type { DisputeCase, DisputeSlip } from "./dispute-case";
import { findDisputeGrounds, type GroundFinding } from "./find-grounds";
import type { GroundId } from "./ground-rules";
import { GROUND_IDS } from "./ground-rules";
import { LETTER_LANGUAGES, type DisputeLetter } from "./letter-model";
import { bangkokSlip, duplicateCase, record, translators } from "./test-support";

/** One case per ground, each as the tracker would hand it over. */
function caseFor(ground: GroundId, slip: DisputeSlip = bangkokSlip): DisputeCase {
  const posted = (over = {}) => [{ id: "c1", posting: record("r1", over), credits: [] }];
  const base = { slip, status: "posted" as const, today: "2026-03-20", charges: posted(), cardholderName: "Li Wei" };
  switch (ground) {
    case "duplicateProcessing": return { ...duplicateCase({ slip }), cardholderName: "Li Wei" };
    case "paidByOtherMeans": return { ...base, status: "duplicate", slip: { ...slip, paidInsteadMethod: "otherCard", paidInsteadCardLast4: "8888", paidInsteadAmountMinor: 125000, paidInsteadCurrency: "THB" } };
    case "chargedAlthoughDeclined": return { ...base, slip: { ...slip, responseCode: "51", approvalCode: null } };
    case "chargedAlthoughCancelled": return { ...base, report: { cancelled: true, cancelledOn: "2026-03-04", hasVoidReceipt: true } };
    case "dccWithoutConsent": return { ...base, slip: { ...slip, dccHomeCurrency: "CNY", dccHomeAmountMinor: 26800, dccRate: "0.2144" }, charges: posted({ billedAmountMinor: 26800, originalAmountMinor: undefined, originalCurrency: undefined }), report: { noDccConsent: true } };
    case "incorrectAmount": return { ...base, charges: posted({ originalAmountMinor: 135000 }) };
    case "creditNotProcessed": return { ...base, report: { refundPromised: true, refundPromisedOn: "2026-03-08", merchantContactedOn: "2026-03-15" } };
    case "holdNotReleased": return { ...base, status: "pending", charges: [{ id: "h", hold: record("h1", { kind: "authorisation", state: "pending", transactionDate: "2026-03-04", postingDate: undefined, billedAmountMinor: 24538 }), credits: [] }] };
  }
}

/** Intl puts no-break spaces in money ("THB\u00a01,250.00"); the assertions read plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function findingFor(ground: GroundId, input: DisputeCase): GroundFinding {
  const finding = findDisputeGrounds(input).find((f) => f.ground === ground);
  if (!finding) throw new Error(`no ${ground}`);
  return finding;
}

function expectClean(letter: DisputeLetter) {
  for (const bad of ["{", "}", "undefined", "null", "NaN", "[object", "letter."]) expect(letter.text, `${letter.lang} ${letter.ground}: ${bad}`).not.toContain(bad);
  expect(containsCardNumber(letter.text)).toBe(false);
}

const FULL_PAN = "4111 1111 1111 1111";

describe("buildDisputeLetter", () => {
  for (const ground of GROUND_IDS) {
    for (const lang of LETTER_LANGUAGES) {
      for (const audience of ["issuer", "merchant"] as const) {
        it(`${ground} to the ${audience} in ${lang}: states the slip's facts and the ground`, () => {
          const input = caseFor(ground);
          const letter = buildDisputeLetter({ input, finding: findingFor(ground, input), audience, lang, t: translators[lang] });
          expectClean(letter);
          const text = plain(letter.text);
          expect(text).toContain("SIAM CRAFT HOUSE");
          expect(text).toContain("4242");
          expect(text).toContain("THB 1,250.00");
          expect(text).toContain("12345678");
          expect(text).toContain(lang === "en" ? "4 March 2026" : "2026年3月4日");
          expect(text).toContain("Li Wei");
          const grounds = letter.paragraphs.find((p) => p.id === "grounds");
          if (audience === "merchant") expect(grounds).toBeUndefined();
          else expect(grounds?.sentences[0]?.key).toBe(`letter.grounds.${findingFor(ground, input).route}`);
        });
      }
    }
  }

  it("cites the reason code and the network deadline for the issuer", () => {
    const input = caseFor("duplicateProcessing");
    const en = buildDisputeLetter({ input, finding: findingFor("duplicateProcessing", input), audience: "issuer", lang: "en", t: translators.en });
    expect(en.subject).toBe("Card dispute: Visa 12.6.1 – duplicate processing – SIAM CRAFT HOUSE, 4 March 2026");
    expect(en.text).toContain("I ask you to raise a chargeback under Visa 12.6.1 – duplicate processing.");
    expect(en.text).toContain("ends on 8 July 2026");
    expect(plain(en.text)).toContain("CN¥245.38 on 6 March 2026 (reference 482913) and CN¥245.38 on 10 March 2026");
    const zh = buildDisputeLetter({ input, finding: findingFor("duplicateProcessing", input), audience: "issuer", lang: "zh-CN", t: translators["zh-CN"] });
    expect(zh.text).toContain("请依据Visa 12.6.1：重复扣款向卡组织发起拒付（退单）。");
    expect(zh.text).toContain("2026年7月8日");
  });

  it("names the Chinese issuer's own request in the subject", () => {
    const input = { ...caseFor("duplicateProcessing"), issuer: { isChinese: true } };
    const zh = buildDisputeLetter({ input, finding: findingFor("duplicateProcessing", input), audience: "issuer", lang: "zh-CN", t: translators["zh-CN"] });
    expect(zh.subject.startsWith("争议交易申请：")).toBe(true);
    const hold = { ...caseFor("holdNotReleased"), issuer: { isChinese: true } };
    const zhHold = buildDisputeLetter({ input: hold, finding: findingFor("holdNotReleased", hold), audience: "issuer", lang: "zh-CN", t: translators["zh-CN"] });
    expect(zhHold.subject.startsWith("差错处理申请：")).toBe(true);
  });

  it("states the other payment, the decline code, the DCC figures and the missing refund as given", () => {
    const text = (ground: GroundId) => {
      const input = caseFor(ground);
      return plain(buildDisputeLetter({ input, finding: findingFor(ground, input), audience: "issuer", lang: "en", t: translators.en }).text);
    };
    expect(text("paidByOtherMeans")).toContain("I then paid with another card ending 8888 (THB 1,250.00).");
    expect(text("chargedAlthoughDeclined")).toContain("(response code 51)");
    expect(text("dccWithoutConsent")).toContain("I was charged CN¥268.00 in Chinese Yuan, converted at the terminal’s rate of 0.2144.");
    expect(text("dccWithoutConsent")).toContain("I did not choose to pay in my home currency; I wanted to pay in Thai Baht.");
    expect(text("incorrectAmount")).toContain("The slip shows THB 1,250.00, but I was charged THB 1,350.00: THB 100.00 more.");
    expect(text("creditNotProcessed")).toContain("The merchant agreed to refund this payment on 8 March 2026. No refund has reached my account.");
    expect(text("creditNotProcessed")).toContain("I asked the merchant to put this right on 15 March 2026.");
    expect(text("holdNotReleased")).toContain("it should have been released by 11 March 2026");
  });

  it("invents nothing: a slip with only the required fields leaves the optional sentences out", () => {
    const bare: DisputeSlip = { merchantName: "KIOSK 7", localDateTime: "2026-03-04", amountMinor: 90000, currency: "JPY" };
    for (const lang of LETTER_LANGUAGES) {
      for (const ground of ["duplicateProcessing", "paidByOtherMeans", "holdNotReleased"] as const) {
        const input = { ...caseFor(ground, bare), cardholderName: null, report: undefined };
        if (ground === "paidByOtherMeans") input.slip = { ...bare, paidInsteadMethod: "cash" };
        const letter = buildDisputeLetter({ input, finding: findingFor(ground, input), audience: "issuer", lang, t: translators[lang] });
        expectClean(letter);
        const keys = letter.paragraphs.flatMap((p) => p.sentences.map((s) => s.key));
        expect(keys).not.toContain("letter.references");
        expect(keys).not.toContain("letter.payment.entry");
        expect(keys).not.toContain("letter.payment.terminal");
        expect(keys).not.toContain("letter.signature");
        expect(letter.paragraphs.map((p) => p.id)).not.toContain("signature");
        for (const absent of ["ending", "local time", "尾号", "当地时间", " in ", "位于", "terminal", "终端号", "merchant ID"]) {
          if (absent === " in " && lang === "en") expect(letter.paragraphs.find((p) => p.id === "payment")!.text).not.toContain(" in ");
          else if (absent !== " in ") expect(letter.paragraphs.find((p) => p.id === "payment")!.text).not.toContain(absent);
        }
        expect(plain(letter.text)).toContain("JP¥90,000");
      }
    }
  });

  it("shows the card as its last 4 only, even when a field carries a full card number", () => {
    const slip: DisputeSlip = {
      ...bangkokSlip, cardLast4: FULL_PAN, paidInsteadMethod: "otherCard", paidInsteadCardLast4: "5555555555554444",
      merchantName: `SIAM CRAFT HOUSE ${FULL_PAN}`, offlineWording: "CARD 4111111111111111 UNABLE TO GO ONLINE", rrn: "4111111111111111",
    };
    const input: DisputeCase = { ...caseFor("paidByOtherMeans"), slip, status: "duplicate", charges: [{ id: "c1", posting: record("r1", { references: { authCode: "4111 1111 1111 1111" } }), credits: [] }] };
    for (const lang of LETTER_LANGUAGES) {
      for (const audience of ["issuer", "merchant"] as const) {
        const letter = buildDisputeLetter({ input, finding: findingFor("paidByOtherMeans", input), audience, lang, t: translators[lang] });
        expect(containsCardNumber(letter.text)).toBe(false);
        expect(letter.text).not.toMatch(/4111\s?1111/);
        expect(letter.text).toContain("1111");
        expect(letter.text).toContain("4444");
        expect(letter.text).not.toContain("55555555");
      }
    }
  });

  it("gives the traveller's letter and its English twin, and one letter for an English reader", () => {
    const input = caseFor("duplicateProcessing");
    const finding = findingFor("duplicateProcessing", input);
    const zh = buildDisputeLetters({ input, finding, audience: "issuer", travellerLang: "zh-CN", translators });
    expect(zh.traveller.lang).toBe("zh-CN");
    expect(zh.english.lang).toBe("en");
    const en = buildDisputeLetters({ input, finding, audience: "issuer", travellerLang: "en", translators });
    expect(en.traveller).toBe(en.english);
  });

  it("renders structured paragraphs whose texts make up the plain text", () => {
    const input = caseFor("creditNotProcessed");
    const letter = buildDisputeLetter({ input, finding: findingFor("creditNotProcessed", input), audience: "issuer", lang: "en", t: translators.en });
    expect(letter.text).toBe([letter.subject, ...letter.paragraphs.map((p) => p.text)].join("\n\n"));
    for (const p of letter.paragraphs) for (const s of p.sentences) expect(p.text).toContain(s.text);
    expect(letter.paragraphs.find((p) => p.id === "attachments")?.text).toBe("Attached:\n– The merchant’s refund confirmation or credit receipt\n– The statement line showing the charge\n– The timeline of the payment\n– Messages to or from the merchant about it");
  });
});
