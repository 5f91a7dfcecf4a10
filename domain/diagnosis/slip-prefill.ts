/**
 * What the guide learned that the slip form can start from ("Log this slip"): the country, the
 * screen text (card numbers already cut to the last 4 digits, and at most 500 characters), the
 * outcome the slip or screen showed, the offline wording as printed, the entry mode, an ISO 8583
 * response code and the main cause. The names are the slip form's field names and are
 * documented in docs/diagnosis.md; the slip form reads them back with `readSlipPrefill`, so never
 * rename one.
 */
import { z } from "zod";
import { redactCardNumbers } from "../cards/card-number-guard";
import { countrySchema, entryModeSchema, offlineWordingSchema, responseCodeSchema } from "../slips/slip-fields";
import { CAUSE_IDS, type CauseId } from "./cause-model";
import type { DiagnosisResult } from "./diagnose";
import type { Answers } from "./diagnosis-input";
import type { SignalId } from "./signals";
import { CONTEXT_CODES } from "./terminal-codes";

export const SLIP_PREFILL_PARAMS = ["country", "screenText", "outcome", "offlineWording", "entryMode", "responseCode", "cause"] as const;

export type SlipPrefill = Partial<Record<(typeof SLIP_PREFILL_PARAMS)[number], string>>;

const MAX_PREFILL_TEXT = 500;
const OFFLINE_SIGNALS: readonly SignalId[] = ["offlineApproved", "unableOnlineApproved", "offlineDeclined", "unableOnlineDeclined", "unableToGoOnline", "offline"];
const ENTRY_MODE: Readonly<Record<string, string>> = { chip: "chip", tap: "contactless", swipe: "swipe" };

/** The outcome as the slip form names it, from the slip answer first, then the screen. */
function decideOutcome(answers: Answers, signals: readonly SignalId[]): string | undefined {
  const slip = answers.slipPrinted;
  if (slip && slip !== "unknown") return slip;
  if (signals.includes("offlineApproved") || signals.includes("unableOnlineApproved")) return "offlineApproved";
  if (signals.includes("offlineDeclined") || signals.includes("unableOnlineDeclined")) return "offlineDeclined";
  if (signals.includes("approved")) return "approved";
  if (signals.some((id) => id === "declined" || id === "transactionFailed" || id === "doNotHonour")) return "declined";
  return undefined;
}

export function buildSlipPrefill(input: { screenText?: string; country?: string; answers: Answers }, result: DiagnosisResult): SlipPrefill {
  const answers = { ...result.story.answers, ...input.answers };
  const ids = result.signals.map((signal) => signal.id);
  const screenText = input.screenText ? redactCardNumbers(input.screenText).slice(0, MAX_PREFILL_TEXT).trim() : "";
  const offline = result.signals.find((signal) => OFFLINE_SIGNALS.includes(signal.id));
  const code = result.signals
    .map((signal) => /(?:^|\D)(\d{2})$/.exec(signal.matched)?.[1])
    .find((digits) => digits !== undefined && CONTEXT_CODES[digits] !== undefined);
  const prefill: SlipPrefill = {
    country: input.country,
    screenText: screenText || undefined,
    outcome: decideOutcome(answers, ids),
    offlineWording: offline ? offline.matched.toUpperCase().slice(0, 100) : undefined,
    entryMode: answers.entryMode ? ENTRY_MODE[answers.entryMode] : undefined,
    responseCode: code,
    cause: result.advice.causeId,
  };
  return Object.fromEntries(Object.entries(prefill).filter(([, value]) => value !== undefined && value !== "")) as SlipPrefill;
}

export const SLIP_PREFILL_OUTCOMES = ["approved", "offlineApproved", "offlineDeclined", "declined", "none"] as const;

/** What the slip form accepts from a "Log this slip" link, every value already checked. */
export type SlipPrefillValues = {
  country?: string;
  screenText?: string;
  outcome?: (typeof SLIP_PREFILL_OUTCOMES)[number];
  offlineWording?: string;
  entryMode?: string;
  responseCode?: string;
  cause?: CauseId;
};

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
/** Free text from a link: control characters dropped, card numbers cut to the last 4, bounded. */
const linkText = (max: number) =>
  z.string().transform((text) => redactCardNumbers(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")).trim().slice(0, max));

const PREFILL_FIELDS = {
  country: countrySchema,
  screenText: linkText(MAX_PREFILL_TEXT),
  outcome: z.enum(SLIP_PREFILL_OUTCOMES),
  // The offline wording goes into its own slip field: its rule refuses a card number outright.
  offlineWording: offlineWordingSchema,
  entryMode: entryModeSchema,
  responseCode: responseCodeSchema,
  cause: z.enum(CAUSE_IDS),
} as const;

/**
 * Reads the query of `/[locale]/slips/new?country=…&screenText=…` (Next.js searchParams): each
 * parameter is validated on its own with the slip form's own field rules, so one bad value is
 * dropped and the others still fill the form; repeated parameters keep the first value; unknown
 * ones are ignored. A card number in the screen text is cut to its last 4 digits.
 */
export function readSlipPrefill(searchParams: Readonly<Record<string, unknown>> | undefined): SlipPrefillValues {
  const values: Record<string, unknown> = {};
  for (const name of SLIP_PREFILL_PARAMS) {
    const raw = first(searchParams?.[name]);
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const parsed = PREFILL_FIELDS[name].safeParse(raw);
    if (parsed.success && parsed.data !== undefined && parsed.data !== "") values[name] = parsed.data;
  }
  return values as SlipPrefillValues;
}
