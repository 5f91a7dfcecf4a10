/**
 * The dispute of one of the user's slips, read from what tracking stored: the case
 * domain/disputes reads (the slip, its charges, today's status), the grounds found, the letters
 * to the issuer (traveller's language and English), the note to the merchant, the reminder
 * calendar and the evidence pack's input. Scoped by the user in every query: another user's
 * slip reads as missing (null). The card is only ever its last 4 (readLast4 cuts anything longer).
 */
import "server-only";
import { createTranslator } from "next-intl";
import {
  buildDisputeLetters, buildIcsCalendar, buildMerchantNote, chooseNoteLanguage, findDisputeGrounds, NOTE_LOCALES, planReminders, readLast4, renderReminders,
  type DisputeCase, type DisputeLetter, type GroundFinding, type LetterLanguage, type MerchantNote, type Translate,
} from "@/domain/disputes";
import { resolveCharges, type ChargeIds } from "@/domain/matching";
import { readDisputeProgress, type DisputeProgress, type DisputeStep, type DisputeStepKind } from "@/domain/disputes/dispute-progress";
import { buildTimeline, deriveSlipStatus, type NextStep, type Timeline } from "@/domain/status";
import en from "@/messages/en.json";
import merchantNotes from "@/messages/merchant-notes.json";
import zhCN from "@/messages/zh-CN.json";
import type { Prisma } from "@/generated/sqlite/client";
import { db } from "@/server/db";
import { getPhotoStorage } from "@/server/photos/storage";
import { optionalSafeNumber, toSafeNumber } from "@/server/stored-amounts";
import { todayIso } from "@/server/tracking/recompute";
import { awaitTrackingSettled } from "@/server/tracking/tracking-queue";
import { TRACKING_RECORD_SELECT, TRACKING_SLIP_SELECT, toMatchRecord, toMatchSlip, toPaidInstead } from "@/server/tracking/tracking-inputs";
import type { DisputePackInput, PackLetter } from "./pack-input";

const SLIP_SELECT = {
  ...TRACKING_SLIP_SELECT, timeZone: true, entryMode: true, mid: true, tid: true, batch: true, trace: true, dccRate: true, paidInsteadCardLast4: true,
  tracking: { select: { charges: true } },
  photos: { select: { storageKey: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 },
} satisfies Prisma.SlipSelect;

const STEP_SELECT = { id: true, kind: true, on: true, followUpOn: true, ground: true, creditedMinor: true, creditedCurrency: true } as const;
type StepRow = { id: string; kind: string; on: string; followUpOn: string | null; ground: string | null; creditedMinor: bigint | null; creditedCurrency: string | null };

function toDisputeStep(row: StepRow): DisputeStep {
  const minor = optionalSafeNumber(row.creditedMinor);
  return {
    id: row.id, kind: row.kind as DisputeStepKind, on: row.on, followUpOn: row.followUpOn, ground: row.ground,
    credited: minor !== null && row.creditedCurrency ? { amountMinor: minor, currency: row.creditedCurrency } : null,
  };
}

/** The dispute steps of these slips of the user (in the order recorded), read into progress for `today`. */
export async function readDisputeProgressFor(userId: string, slipIds: readonly string[], today = todayIso()): Promise<Map<string, DisputeProgress>> {
  if (slipIds.length === 0) return new Map();
  const rows = await db.disputeStep.findMany({ where: { userId, slipId: { in: [...slipIds] } }, select: { ...STEP_SELECT, slipId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const bySlip = new Map<string, DisputeStep[]>();
  for (const row of rows) bySlip.set(row.slipId, [...(bySlip.get(row.slipId) ?? []), toDisputeStep(row)]);
  return new Map(slipIds.map((id) => [id, readDisputeProgress(bySlip.get(id) ?? [], today)]));
}

export type LetterEdit = { audience: string; lang: string; ground: string; text: string; updatedAt: Date };

export type DisputeContext = { slipId: string; input: DisputeCase; findings: GroundFinding[]; nextStep: NextStep; timeline: Timeline; records: DisputePackInput["records"]; photoKey: string | null;
  /** The dispute the traveller tracks (steps they recorded), and their own wording of the letters. */
  progress: DisputeProgress; edits: LetterEdit[];
};

/**
 * The case and its grounds for today; null when the slip is not this user's. Like every read
 * after a write, it first waits (bounded) for the traveller's queued tracking change, so the
 * letters follow the statement just imported; the scheduler's job, which reads every slip,
 * passes `waitForTracking: false`.
 */
export async function getDisputeContextForUser(userId: string, slipId: string, today = todayIso(), { waitForTracking = true } = {}): Promise<DisputeContext | null> {
  if (waitForTracking) await awaitTrackingSettled(userId);
  const slip = await db.slip.findFirst({ where: { id: slipId, userId }, select: SLIP_SELECT });
  if (!slip) return null;
  const { tracking, photos, ...row } = slip;
  const chargeIds = tracking?.charges ? (JSON.parse(tracking.charges) as ChargeIds[]) : [];
  const ids = chargeIds.flatMap((c) => [c.holdId, c.postingId, ...c.creditIds].filter((id): id is string => Boolean(id)));
  const records = ids.length === 0 ? [] : (await db.issuerRecord.findMany({ where: { userId, id: { in: ids } }, select: TRACKING_RECORD_SELECT })).map(toMatchRecord);
  const charges = resolveCharges(chargeIds, records);
  const matchSlip = toMatchSlip(row);
  const status = deriveSlipStatus({ slip: matchSlip, charges, paidInstead: toPaidInstead(row), today });
  const [progress, edits] = await Promise.all([
    readDisputeProgressFor(userId, [slipId], today).then((m) => m.get(slipId)!),
    db.disputeLetterEdit.findMany({ where: { userId, slipId }, select: { audience: true, lang: true, ground: true, text: true, updatedAt: true } }),
  ]);
  const input: DisputeCase = {
    slip: {
      merchantName: row.merchantName, city: row.city, country: row.country, localDateTime: row.localDateTime, timeZone: row.timeZone,
      amountMinor: toSafeNumber(row.amountMinor), currency: row.currency, cardLast4: readLast4(row.cardLast4), entryMode: row.entryMode,
      mid: row.mid, tid: row.tid, batch: row.batch, trace: row.trace, rrn: row.rrn, approvalCode: row.approvalCode, aid: row.aid,
      applicationLabel: row.applicationLabel, responseCode: row.responseCode, offlineWording: row.offlineWording, dccRate: row.dccRate,
      dccHomeAmountMinor: optionalSafeNumber(row.dccHomeAmountMinor), dccHomeCurrency: row.dccHomeCurrency,
      paidInsteadMethod: toPaidInstead(row)?.method ?? null, paidInsteadCardLast4: readLast4(row.paidInsteadCardLast4),
      paidInsteadAmountMinor: optionalSafeNumber(row.paidInsteadAmountMinor), paidInsteadCurrency: row.paidInsteadCurrency,
    },
    charges, status: status.status, today,
  };
  return {
    slipId, input, findings: findDisputeGrounds(input), nextStep: status.nextStep, timeline: buildTimeline(matchSlip, charges, today),
    records: records.map((r) => ({ ...r, alertText: null })), photoKey: photos[0]?.storageKey ?? null, progress, edits,
  };
}

export const letterLanguage = (locale: string): LetterLanguage => (locale === "zh-CN" ? "zh-CN" : "en");

/** next-intl's formatter over the app's messages (createTranslator: usable in route handlers and pages alike). */
export function disputeTranslator(lang: LetterLanguage): Translate {
  const t = createTranslator({ locale: lang, messages: lang === "zh-CN" ? zhCN : en, namespace: "disputes" });
  return (key, params) => (t as unknown as (k: string, p?: object) => string)(key, params);
}

function translators(): Record<LetterLanguage, Translate> {
  return { en: disputeTranslator("en"), "zh-CN": disputeTranslator("zh-CN") };
}

/** A letter as shown and sent: the generated one, or the traveller's wording of it (`edited`, with the generated text kept to compare). */
export type ShownLetter = DisputeLetter & { edited: boolean; generatedText: string };
export type DisputeLetters = { finding: GroundFinding; issuer: { traveller: ShownLetter; english: ShownLetter }; merchant: { traveller: ShownLetter; english: ShownLetter }; note: MerchantNote | null };

/** The traveller's wording replaces the generated text while it was written for the same ground. */
function withEdit(letter: DisputeLetter, edits: readonly LetterEdit[]): ShownLetter {
  const edit = edits.find((e) => e.audience === letter.audience && e.lang === letter.lang && e.ground === letter.ground);
  return { ...letter, text: edit?.text ?? letter.text, edited: Boolean(edit), generatedText: letter.text };
}

/** The letters of the recommended ground in the traveller's language and English, and the merchant note in the destination's language. */
export async function buildLettersFor(context: DisputeContext, locale: string): Promise<DisputeLetters | null> {
  const finding = context.findings[0];
  if (!finding) return null;
  const travellerLang = letterLanguage(locale);
  const all = translators();
  const both = (audience: "issuer" | "merchant") => {
    const { traveller, english } = buildDisputeLetters({ input: context.input, finding, audience, travellerLang, translators: all });
    return { traveller: withEdit(traveller, context.edits), english: withEdit(english, context.edits) };
  };
  const issuer = both("issuer");
  const merchant = both("merchant");
  const noteLang = chooseNoteLanguage(context.input.slip.country);
  let note: MerchantNote | null = null;
  if (noteLang) {
    const t = createTranslator({ locale: NOTE_LOCALES[noteLang], messages: merchantNotes });
    note = buildMerchantNote({ input: context.input, finding, lang: noteLang, t: (key, params) => (t as unknown as (k: string, p?: object) => string)(key, params) });
  }
  return { finding, issuer, merchant, note };
}

/**
 * A letter as the pack draws it: the generated subject and paragraphs, or the traveller's
 * wording read the same way (its first block the subject, blank lines between paragraphs).
 */
export function toPackLetter(letter: ShownLetter): PackLetter {
  if (!letter.edited) return letter;
  const [subject = "", ...paragraphs] = letter.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== "");
  return { lang: letter.lang, subject, paragraphs: paragraphs.map((text) => ({ text })) };
}

/** The evidence pack's input: the issuer letters, the slip, its records, timeline and first photo. */
export async function getDisputePackInputForUser(userId: string, slipId: string, locale: string, today = todayIso()): Promise<DisputePackInput | null> {
  const context = await getDisputeContextForUser(userId, slipId, today);
  if (!context) return null;
  const letters = await buildLettersFor(context, locale);
  if (!letters) return null;
  const photoBytes = context.photoKey ? await getPhotoStorage().get(context.photoKey) : null;
  return {
    lang: letterLanguage(locale), today, slip: context.input.slip,
    letters: [letters.issuer.traveller, ...(letterLanguage(locale) === "en" ? [] : [letters.issuer.english])].map(toPackLetter),
    records: context.records, timeline: context.timeline, photo: photoBytes ? { bytes: new Uint8Array(photoBytes) } : null,
  };
}

/** The reminders (dispute deadline, a week before, hold drop, check again) as an RFC 5545 calendar; null when the slip is not this user's. */
export async function getDisputeRemindersIcsForUser(userId: string, slipId: string, locale: string, now = new Date()): Promise<string | null> {
  const today = todayIso();
  const context = await getDisputeContextForUser(userId, slipId, today);
  if (!context) return null;
  const lang = letterLanguage(locale);
  const t = disputeTranslator(lang);
  const reminders = planReminders({ slipId, nextStep: context.nextStep, findings: context.findings, today, dispute: context.progress });
  const events = renderReminders({ reminders, slip: context.input.slip, lang, t });
  return buildIcsCalendar({ events, calendarName: t("reminder.calendarName"), now: now.toISOString() });
}
