/**
 * A short note the traveller can show or send to the merchant, in the destination's language:
 * when and what they paid (card as last 4 only), what went wrong, what to do (refund, or cancel
 * the authorisation so a hold drops), and the slip's references. Written for a shop assistant, not
 * a bank, so it cites no network rules. The wording lives in messages/merchant-notes.json (one
 * block per language; a native-speaker check of each is listed in docs/disputes.md); the
 * translator passed in reads that file. A country without a note language gets null — the
 * English merchant letter serves there. See docs/disputes.md ("Merchant note").
 */
import { readSlipLocalDate } from "@/domain/matching/calendar-days";
import type { DisputeCase } from "./dispute-case";
import type { GroundFinding, Money } from "./find-grounds";
import { cleanText, formatLetterDate, formatLetterMoney, formatList, readLast4, readLocalTime } from "./letter-facts";
import type { Params, Translate } from "./letter-model";

export const MERCHANT_NOTE_LANGUAGES = ["en", "ja", "ko", "th", "fr", "es", "de", "it", "zh", "zh-Hant"] as const;
export type MerchantNoteLanguage = (typeof MERCHANT_NOTE_LANGUAGES)[number];

/** BCP 47 tags for dates and money in each note language (Thai dates use the Buddhist era, as Thai readers expect). */
export const NOTE_LOCALES: Readonly<Record<MerchantNoteLanguage, string>> = {
  en: "en-GB", ja: "ja-JP", ko: "ko-KR", th: "th-TH", fr: "fr-FR", es: "es-ES", de: "de-DE", it: "it-IT", zh: "zh-CN", "zh-Hant": "zh-TW",
};

const BY_COUNTRY: Readonly<Record<string, MerchantNoteLanguage>> = {
  JP: "ja", KR: "ko", TH: "th", FR: "fr", MC: "fr", LU: "fr", ES: "es", MX: "es", AR: "es", CL: "es", CO: "es", PE: "es", UY: "es",
  DE: "de", AT: "de", LI: "de", IT: "it", SM: "it", VA: "it", CN: "zh", SG: "zh", TW: "zh-Hant", HK: "zh-Hant", MO: "zh-Hant",
  GB: "en", IE: "en", US: "en", AU: "en", NZ: "en", CA: "en",
};

export function chooseNoteLanguage(country: string | null | undefined): MerchantNoteLanguage | null {
  return BY_COUNTRY[country?.trim().toUpperCase() ?? ""] ?? null;
}

export type MerchantNote = { lang: MerchantNoteLanguage; lines: { key: string; params: Params; text: string }[]; text: string };

/** The amount to ask back, in the slip's currency — what the merchant can refund — or null. */
function readRefundAmount(input: DisputeCase, finding: GroundFinding): Money | null {
  const { slip } = input;
  if (finding.disputed?.currency === slip.currency) return finding.disputed;
  const wholePayment = ["duplicateProcessing", "paidByOtherMeans", "chargedAlthoughDeclined", "chargedAlthoughCancelled"].includes(finding.ground);
  if (wholePayment) return { amountMinor: slip.amountMinor, currency: slip.currency };
  if (finding.ground === "creditNotProcessed" && input.report?.refundPromisedAmountMinor) return { amountMinor: input.report.refundPromisedAmountMinor, currency: slip.currency };
  return null;
}

function chooseAsk(finding: GroundFinding, amount: Money | null): string {
  if (finding.ground === "holdNotReleased") return "ask.hold";
  if (finding.ground === "dccWithoutConsent") return "ask.dcc";
  return amount ? "ask.refund" : "ask.refundNoAmount";
}

export function buildMerchantNote({ input, finding, lang, t }: { input: DisputeCase; finding: GroundFinding; lang: MerchantNoteLanguage; t: Translate }): MerchantNote {
  const { slip } = input;
  const locale = NOTE_LOCALES[lang];
  const money = (m: Money) => formatLetterMoney(m.amountMinor, m.currency, locale);
  const last4 = readLast4(slip.cardLast4);
  const time = readLocalTime(slip.localDateTime);
  const amount = readRefundAmount(input, finding);
  const problemParams: Params = finding.ground === "incorrectAmount" && finding.disputed
    ? { slipAmount: money({ amountMinor: slip.amountMinor, currency: slip.currency }), chargedAmount: money({ amountMinor: slip.amountMinor + finding.disputed.amountMinor, currency: slip.currency }) }
    : {};
  const refs = (["approvalCode", "rrn", "tid", "mid"] as const).flatMap((field) => {
    const value = cleanText(slip[field]);
    return value ? [t(`codes.${field}`, { value })] : [];
  });
  const specs: { key: string; params: Params }[] = [
    { key: "greeting", params: {} },
    {
      key: "paid",
      params: { date: formatLetterDate(readSlipLocalDate(slip.localDateTime), locale), hasTime: time ? "yes" : "no", time: time ?? "", amount: money({ amountMinor: slip.amountMinor, currency: slip.currency }), hasLast4: last4 ? "yes" : "no", last4: last4 ?? "" },
    },
    { key: `problem.${finding.ground}`, params: problemParams },
    { key: chooseAsk(finding, amount), params: amount ? { amount: money(amount) } : {} },
    ...(refs.length > 0 ? [{ key: "references", params: { list: formatList(refs, locale) } }] : []),
    { key: "thanks", params: {} },
  ];
  const lines = specs.map((s) => ({ ...s, text: t(`${lang}.${s.key}`, s.params) }));
  return { lang, lines, text: lines.map((l) => l.text).join("\n") };
}
