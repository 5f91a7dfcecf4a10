/**
 * Disputes: which grounds apply when a slip went wrong (charged twice, paid another way, declined
 * or cancelled yet charged, wrong amount or DCC, refund missing, a hold that stays), by when, with
 * what evidence; the letters to the issuer and the merchant in the traveller's language and in
 * English; a note to the merchant in the destination's language; and reminders as an RFC 5545
 * calendar. Pure: translators, `today` and `now` are passed in. See docs/disputes.md and
 * docs/statuses.md (the grounds shown on tracking).
 */
export { CARD_NETWORKS, detectCardNetwork } from "./card-network";
export type { CardNetwork, CardNetworkHints } from "./card-network";
export { disputeGrounds } from "./dispute-grounds";
export type { DisputeGrounds, DisputeGroundsInput, DuplicateKind } from "./dispute-grounds";
export { DISPUTE_MESSAGE_KEYS } from "./dispute-message-keys";
export type { DisputeCase, DisputeSlip, IssuerInfo, TravellerReport } from "./dispute-case";
export { DISPUTE_SOURCES } from "./dispute-sources";
export type { DisputeSource, DisputeSourceId } from "./dispute-sources";
export { GROUND_IDS, GROUND_RULES } from "./ground-rules";
export type { GroundId, GroundRule, NetworkFamily, NetworkRule } from "./ground-rules";
export type { GroundDeadline } from "./ground-deadline";
export { findDisputeGrounds } from "./find-grounds";
export type { DisputeRoute, GroundFinding, MissingStatement, Money } from "./find-grounds";
export { LETTER_LANGUAGES, renderLetterText } from "./letter-model";
export type { DisputeLetter, LetterAudience, LetterLanguage, LetterParagraph, LetterSentence, ParagraphId, Params, Translate } from "./letter-model";
export { buildDisputeLetter, buildDisputeLetters, formatGroundTitle, listAttachments } from "./build-letter";
export { buildMerchantNote, chooseNoteLanguage, MERCHANT_NOTE_LANGUAGES, NOTE_LOCALES } from "./merchant-note";
export type { MerchantNote, MerchantNoteLanguage } from "./merchant-note";
export { cleanText, formatCountry, formatLetterDate, formatLetterMoney, readLast4 } from "./letter-facts";
export { planReminders, REMINDER_KINDS, renderReminders } from "./plan-reminders";
export type { Reminder, ReminderKind } from "./plan-reminders";
export { buildIcsCalendar, escapeIcsText, foldIcsLine } from "./ics-calendar";
export type { CalendarEvent } from "./ics-calendar";
export { briefDisputeProgress, DISPUTE_OUTCOMES, DISPUTE_STEP_KINDS, FOLLOW_UP_DAYS, isWaitingOnIssuer, needsActionWithDispute, readDisputeProgress, refuseDisputeStep } from "./dispute-progress";
export type { DisputeBrief, DisputeOutcome, DisputeProgress, DisputeStep, DisputeStepKind, NewDisputeStep, StepRefusal } from "./dispute-progress";
