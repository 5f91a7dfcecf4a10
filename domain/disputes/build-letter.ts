/**
 * `buildDisputeLetter`: the letter for one ground, to the traveller's issuer or to the merchant,
 * in English or Chinese, prefilled from the slip, the charges matching found and what the
 * traveller reported. It returns structured paragraphs (each sentence's key, parameters and
 * text) plus the plain-text rendering; the text comes from the "disputes" messages through the
 * translator passed in, so the domain holds no wording. `buildDisputeLetters` gives the pair the
 * UI shows: one in the traveller's language and one in English for a foreign bank or merchant.
 * See docs/disputes.md ("Letter model").
 */
import { readSlipLocalDate } from "@/domain/matching/calendar-days";
import type { DisputeCase } from "./dispute-case";
import type { GroundFinding } from "./find-grounds";
import { cleanText, formatLetterDate, formatLetterMoney } from "./letter-facts";
import type { DisputeLetter, LetterAudience, LetterLanguage, LetterParagraph, ParagraphId, Params, SentenceSpec, Translate } from "./letter-model";
import { renderLetterText } from "./letter-model";
import { buildPaymentSentences, buildProblemSentences, buildReferenceSentences, buildRequestSentences, type LetterContext } from "./letter-sentences";
import { summarizeCharges } from "./slip-signals";

export type LetterInput = { input: DisputeCase; finding: GroundFinding; audience: LetterAudience; lang: LetterLanguage; t: Translate };

/** "Visa 12.6.1 – duplicate processing", "UnionPay – …", "Card dispute – …" in the letter's language. */
export function formatGroundTitle(finding: GroundFinding, t: Translate): string {
  return t("groundTitle", { family: finding.family, hasCode: finding.reasonCode ? "yes" : "no", code: finding.reasonCode ?? "", name: t(`ground.${finding.ground}`) });
}

function buildGroundSentences(ctx: LetterContext): SentenceSpec[] {
  if (ctx.audience !== "issuer") return [];
  const { finding } = ctx;
  const d = finding.deadline;
  const dateOf = (value: string) => formatLetterDate(value, ctx.lang);
  return [
    { key: `letter.grounds.${finding.route}`, params: { groundTitle: formatGroundTitle(finding, ctx.t) } },
    d.networkDeadline ? { key: d.isEstimate ? "letter.grounds.networkDeadlineEstimate" : "letter.grounds.networkDeadline", params: { deadline: dateOf(d.networkDeadline) } } : null,
    d.issuerDeadline && ctx.input.today <= d.issuerDeadline ? { key: "letter.grounds.issuerDeadline", params: { deadline: dateOf(d.issuerDeadline) } } : null,
  ];
}

/** What is attached: the ground's evidence, less what the case shows the traveller does not have. */
export function listAttachments(input: DisputeCase, finding: GroundFinding): string[] {
  const report = input.report;
  const hasCredits = summarizeCharges(input).some((s) => s.charge.id === finding.chargeId && s.charge.credits.length > 0);
  const has: Record<string, boolean> = {
    "evidence.merchantContact": !!report?.merchantContactedOn,
    "evidence.otherPayment": !!input.slip.paidInsteadMethod,
    "evidence.voidReceipt": !!report?.hasVoidReceipt,
    "evidence.refundPromise": !!report?.refundPromised,
    "evidence.refundSoFar": hasCredits,
    "evidence.slipDcc": !!input.slip.dccHomeCurrency,
  };
  return finding.evidence.filter((key) => has[key] ?? true);
}

function buildAttachmentSentences(ctx: LetterContext): SentenceSpec[] {
  const labels = listAttachments(ctx.input, ctx.finding).map((key) => ctx.t(key));
  if (labels.length === 0) return [];
  return [{ key: "letter.attachments", params: {} }, ...labels.map((item) => ({ key: "letter.attachmentItem", params: { item } }))];
}

function render(ctx: LetterContext, id: ParagraphId, specs: SentenceSpec[]): LetterParagraph | null {
  const sentences = specs.filter((s): s is { key: string; params: Params } => s !== null).map((s) => ({ ...s, text: ctx.t(s.key, s.params) }));
  if (sentences.length === 0) return null;
  // The attachments are a list, one per line; Chinese sentences end in full-width punctuation and
  // are not separated by spaces.
  const joiner = id === "attachments" ? "\n" : ctx.lang === "zh-CN" ? "" : " ";
  return { id, sentences, text: sentences.map((s) => s.text).join(joiner) };
}

export function buildDisputeLetter({ input, finding, audience, lang, t }: LetterInput): DisputeLetter {
  const ctx: LetterContext = { input, finding, audience, lang, t };
  const name = cleanText(input.cardholderName);
  const paragraphs = [
    render(ctx, "greeting", [{ key: `letter.greeting.${audience}`, params: {} }]),
    render(ctx, "payment", buildPaymentSentences(ctx)),
    render(ctx, "references", buildReferenceSentences(ctx)),
    render(ctx, "problem", buildProblemSentences(ctx)),
    render(ctx, "request", buildRequestSentences(ctx)),
    render(ctx, "grounds", buildGroundSentences(ctx)),
    render(ctx, "attachments", buildAttachmentSentences(ctx)),
    render(ctx, "closing", [{ key: "letter.closing", params: {} }]),
    render(ctx, "signature", [name ? { key: "letter.signature", params: { name } } : null]),
  ].filter((p): p is LetterParagraph => p !== null);
  const subjectKey = audience === "merchant" ? "letter.subject.merchant" : `letter.subject.${finding.route}`;
  const subject = t(subjectKey, {
    groundTitle: formatGroundTitle(finding, t), merchant: cleanText(input.slip.merchantName) ?? "",
    date: formatLetterDate(readSlipLocalDate(input.slip.localDateTime), lang), amount: formatLetterMoney(input.slip.amountMinor, input.slip.currency, lang),
  });
  return { lang, audience, ground: finding.ground, subject, paragraphs, text: renderLetterText(subject, paragraphs) };
}

/** The traveller's letter and, when the traveller reads Chinese, its English twin for a foreign bank or merchant. */
export function buildDisputeLetters(args: { input: DisputeCase; finding: GroundFinding; audience: LetterAudience; travellerLang: LetterLanguage; translators: Record<LetterLanguage, Translate> }): { traveller: DisputeLetter; english: DisputeLetter } {
  const { input, finding, audience, travellerLang, translators } = args;
  const english = buildDisputeLetter({ input, finding, audience, lang: "en", t: translators.en });
  const traveller = travellerLang === "en" ? english : buildDisputeLetter({ input, finding, audience, lang: travellerLang, t: translators[travellerLang] });
  return { traveller, english };
}
