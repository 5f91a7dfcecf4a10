/**
 * The sentences of a dispute letter, ground by ground, as message keys plus parameters. Each
 * builder returns null when a fact its sentence needs is missing, so the letter never states
 * what the input does not hold. Optional parts inside a sentence use ICU `select` on a
 * `has…` parameter ("yes" / "no") so that no language has to stitch fragments together.
 * See docs/disputes.md ("Letter model").
 */
import type { MatchRecord } from "@/domain/matching";
import { readSlipLocalDate } from "@/domain/matching/calendar-days";
import type { DisputeCase } from "./dispute-case";
import type { GroundFinding } from "./find-grounds";
import {
  cleanText, formatCountry, formatCurrencyName, formatLetterDate, formatLetterMoney, formatList, readLast4, readLocalTime, readRecordReference,
} from "./letter-facts";
import type { LetterAudience, LetterLanguage, Params, SentenceSpec, Translate } from "./letter-model";
import { listKeptPostings, readDeclineCode, readHoldDue, readRecordDate, summarizeCharges, sumSameCurrencyCredits } from "./slip-signals";

export type LetterContext = { input: DisputeCase; finding: GroundFinding; lang: LetterLanguage; audience: LetterAudience; t: Translate };

const yes = (value: unknown) => (value === null || value === undefined || value === "" ? "no" : "yes");
const spec = (key: string, params: Params = {}): SentenceSpec => ({ key, params });

function date(ctx: LetterContext, value: string): string {
  return formatLetterDate(value, ctx.lang);
}

function money(ctx: LetterContext, amountMinor: number, currency: string): string {
  return formatLetterMoney(amountMinor, currency, ctx.lang);
}

function findCharge(ctx: LetterContext) {
  return summarizeCharges(ctx.input).find((s) => s.charge.id === ctx.finding.chargeId) ?? null;
}

/** "THB 1,250.00 on 6 March 2026 (reference 123456)" for each record the letter cites. */
function describeRecords(ctx: LetterContext, records: MatchRecord[]): string | null {
  if (records.length === 0) return null;
  const items = records.map((r) => {
    const ref = readRecordReference(r);
    return ctx.t("letter.chargeItem", { amount: money(ctx, r.billedAmountMinor, r.billedCurrency), date: date(ctx, readRecordDate(r)), hasRef: yes(ref), ref: ref ?? "" });
  });
  return formatList(items, ctx.lang);
}

function citedPostings(ctx: LetterContext): MatchRecord[] {
  const kept = listKeptPostings(summarizeCharges(ctx.input)).map((s) => s.charge.posting).filter((r): r is MatchRecord => !!r);
  if (ctx.finding.ground === "duplicateProcessing") return kept;
  return kept.filter((r) => ctx.finding.recordIds.includes(r.id));
}

export function buildPaymentSentences(ctx: LetterContext): SentenceSpec[] {
  const { slip } = ctx.input;
  const last4 = readLast4(slip.cardLast4);
  const city = cleanText(slip.city);
  const country = formatCountry(slip.country, ctx.lang);
  // "Bangkok, Thailand" / "泰国 Bangkok": Chinese writes the larger place first.
  const place = (ctx.lang === "zh-CN" ? [country, city] : [city, country]).filter(Boolean).join(ctx.lang === "zh-CN" ? " " : ", ");
  const time = readLocalTime(slip.localDateTime);
  const wording = cleanText(slip.offlineWording);
  const entry = slip.entryMode && ["chip", "contactless", "swipe", "keyed", "fallback"].includes(slip.entryMode) ? slip.entryMode : null;
  return [
    spec(`letter.payment.card.${ctx.audience}`, { hasLast4: yes(last4), last4: last4 ?? "" }),
    spec("letter.payment.where", {
      merchant: cleanText(slip.merchantName) ?? "", hasPlace: yes(place), place, date: date(ctx, readSlipLocalDate(slip.localDateTime)),
      hasTime: yes(time), time: time ?? "", amount: money(ctx, slip.amountMinor, slip.currency),
    }),
    entry ? spec("letter.payment.entry", { entryMode: entry }) : null,
    wording ? spec("letter.payment.terminal", { wording }) : null,
  ];
}

const REFERENCE_FIELDS = ["approvalCode", "rrn", "tid", "mid", "trace", "batch"] as const;

export function buildReferenceSentences(ctx: LetterContext): SentenceSpec[] {
  const items = REFERENCE_FIELDS.flatMap((field) => {
    const value = cleanText(ctx.input.slip[field]);
    return value ? [ctx.t(`letter.ref.${field}`, { value })] : [];
  });
  return [items.length > 0 ? spec("letter.references", { list: formatList(items, ctx.lang) }) : null];
}

function paidInsteadSentence(ctx: LetterContext): SentenceSpec {
  const { slip } = ctx.input;
  if (!slip.paidInsteadMethod) return null;
  const otherLast4 = readLast4(slip.paidInsteadCardLast4);
  const other = slip.paidInsteadAmountMinor && slip.paidInsteadCurrency ? money(ctx, slip.paidInsteadAmountMinor, slip.paidInsteadCurrency) : null;
  return spec("letter.problem.paidInstead", { method: slip.paidInsteadMethod, hasOtherLast4: yes(otherLast4), otherLast4: otherLast4 ?? "", hasOtherAmount: yes(other), otherAmount: other ?? "" });
}

function chargedAnyway(ctx: LetterContext): SentenceSpec {
  const charges = describeRecords(ctx, citedPostings(ctx));
  return charges ? spec("letter.problem.chargedAnyway", { charges }) : null;
}

export function buildProblemSentences(ctx: LetterContext): SentenceSpec[] {
  const { slip, report } = ctx.input;
  const summary = findCharge(ctx);
  switch (ctx.finding.ground) {
    case "duplicateProcessing": {
      const charges = describeRecords(ctx, citedPostings(ctx));
      return [charges ? spec("letter.problem.twoCharges", { charges }) : null, spec("letter.problem.onlyOnce")];
    }
    case "paidByOtherMeans":
      return [spec("letter.problem.cardFailed"), paidInsteadSentence(ctx), chargedAnyway(ctx)];
    case "chargedAlthoughDeclined": {
      const code = readDeclineCode(slip);
      return [spec("letter.problem.declined", { hasCode: yes(code), code: code ?? "" }), paidInsteadSentence(ctx), chargedAnyway(ctx)];
    }
    case "chargedAlthoughCancelled": {
      const on = report?.cancelledOn ? date(ctx, report.cancelledOn) : null;
      return [spec("letter.problem.cancelled", { hasDate: yes(on), cancelledOn: on ?? "", hasVoid: report?.hasVoidReceipt ? "yes" : "no" }), paidInsteadSentence(ctx), chargedAnyway(ctx)];
    }
    case "dccWithoutConsent": {
      const posting = summary?.charge.posting;
      if (!posting || !slip.dccHomeCurrency) return [];
      const rate = cleanText(slip.dccRate);
      return [
        spec("letter.problem.dcc", {
          localAmount: money(ctx, slip.amountMinor, slip.currency), homeAmount: money(ctx, posting.billedAmountMinor, posting.billedCurrency),
          homeCurrency: formatCurrencyName(slip.dccHomeCurrency, ctx.lang), hasRate: yes(rate), rate: rate ?? "",
        }),
        report?.noDccConsent ? spec("letter.problem.noDccConsent", { localCurrency: formatCurrencyName(slip.currency, ctx.lang) }) : null,
      ];
    }
    case "incorrectAmount": {
      const disputed = ctx.finding.disputed;
      if (!disputed) return [];
      return [spec("letter.problem.amount", {
        slipAmount: money(ctx, slip.amountMinor, slip.currency), chargedAmount: money(ctx, slip.amountMinor + disputed.amountMinor, slip.currency), difference: money(ctx, disputed.amountMinor, disputed.currency),
      })];
    }
    case "creditNotProcessed": {
      const lead = summary?.lead;
      const refunded = summary && lead ? sumSameCurrencyCredits(summary) : 0;
      const promisedOn = report?.refundPromisedOn ? date(ctx, report.refundPromisedOn) : null;
      const promisedAmount = report?.refundPromisedAmountMinor ? money(ctx, report.refundPromisedAmountMinor, slip.currency) : null;
      const promise = report?.refundPromised ? spec("letter.problem.refundPromised", { hasAmount: yes(promisedAmount), promisedAmount: promisedAmount ?? "", hasDate: yes(promisedOn), promisedOn: promisedOn ?? "" }) : null;
      if (refunded > 0 && lead && ctx.finding.disputed) {
        return [promise, spec("letter.problem.partRefund", {
          refunded: money(ctx, refunded, lead.billedCurrency), charged: money(ctx, lead.billedAmountMinor, lead.billedCurrency), missing: money(ctx, ctx.finding.disputed.amountMinor, ctx.finding.disputed.currency),
        })];
      }
      return [promise, promise ? spec("letter.problem.noRefundYet") : null];
    }
    case "holdNotReleased": {
      const hold = summary?.charge.hold;
      if (!hold || !summary) return [];
      return [
        spec("letter.problem.hold", { amount: money(ctx, hold.billedAmountMinor, hold.billedCurrency), date: date(ctx, hold.transactionDate), dueDate: date(ctx, readHoldDue(summary, slip)) }),
        paidInsteadSentence(ctx),
      ];
    }
  }
}

export function buildRequestSentences(ctx: LetterContext): SentenceSpec[] {
  const disputed = ctx.finding.disputed;
  const params: Params = disputed ? { hasAmount: "yes", amount: money(ctx, disputed.amountMinor, disputed.currency) } : { hasAmount: "no", amount: "" };
  if (ctx.finding.ground === "dccWithoutConsent") params.localCurrency = formatCurrencyName(ctx.input.slip.currency, ctx.lang);
  const contacted = ctx.input.report?.merchantContactedOn;
  return [
    contacted && ctx.audience === "issuer" ? spec("letter.contacted", { date: date(ctx, contacted) }) : null,
    spec(`letter.request.${ctx.audience}.${ctx.finding.ground}`, params),
  ];
}
