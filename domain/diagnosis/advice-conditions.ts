/**
 * The condition each piece of advice depends on, in one place (the cause files only list keys).
 * A line is shown when every one of its conditions holds or is still unknown (not answered, or
 * answered "I don't know"): "If a slip printed OFFLINE APPROVED…" disappears after "no slip",
 * "your card was never read, so nothing was sent" disappears once the bank says it charged.
 * Texts state their condition in words ("If …"); lines without an entry hold in every case.
 * A unit test walks every answer path and checks that no shown line contradicts an answer.
 * See docs/diagnosis.md.
 */
import type { Answers } from "./diagnosis-input";
import { UNKNOWN_ANSWER, type QuestionId } from "./questions";

export type AdviceCondition = { question: QuestionId; showIf: readonly string[] };

const SLIP_PRINTED = ["approved", "offlineApproved", "offlineDeclined", "declined"] as const;
const NOTHING_APPROVED = ["none", "declined", "offlineDeclined"] as const;
const NO_CHARGE_SEEN = ["nothing", "declinedAlert"] as const;

export const ADVICE_CONDITIONS: Readonly<Record<string, readonly AdviceCondition[]>> = {
  "causes.hostDown.doNow.1": [{ question: "slipPrinted", showIf: SLIP_PRINTED }],
  "causes.hostDown.doNow.4": [{ question: "slipPrinted", showIf: ["none"] }],
  "causes.shopNetworkDown.doNow.2": [{ question: "slipPrinted", showIf: ["offlineApproved"] }],
  "causes.shopNetworkDown.doNow.3": [{ question: "slipPrinted", showIf: NOTHING_APPROVED }],
  "causes.signalInterference.doNow.3": [{ question: "slipPrinted", showIf: SLIP_PRINTED }],
  "causes.terminalFault.doNow.2": [{ question: "terminalMisbehaved", showIf: ["yes"] }],
  "causes.cardReaderFault.doNow.1": [{ question: "entryMode", showIf: ["chip", "swipe"] }],
  "causes.cardReaderFault.doNow.3": [
    { question: "slipPrinted", showIf: NOTHING_APPROVED },
    { question: "notification", showIf: NO_CHARGE_SEEN },
  ],
  "causes.magstripeDamaged.doNow.1": [{ question: "entryMode", showIf: ["swipe"] }],
  "causes.chipDamaged.doNow.1": [{ question: "entryMode", showIf: ["chip"] }],
  "causes.chipDamaged.doNow.2": [{ question: "slipPrinted", showIf: ["approved"] }],
  "causes.chipDamaged.askBank.2": [{ question: "notification", showIf: ["hold", "charged"] }],
  "causes.operatorError.doNow.2": [{ question: "staffAction", showIf: ["wrongAmount"] }],
  "causes.operatorError.doNow.3": [{ question: "staffAction", showIf: ["cancelled"] }],
  "causes.issuerDecline.doNow.3": [
    { question: "slipPrinted", showIf: NOTHING_APPROVED },
    { question: "notification", showIf: NO_CHARGE_SEEN },
  ],
  "causes.cardRestricted.doNow.3": [
    { question: "slipPrinted", showIf: NOTHING_APPROVED },
    { question: "notification", showIf: NO_CHARGE_SEEN },
  ],
  "causes.wrongPin.doNow.3": [{ question: "pinEntered", showIf: ["notAsked"] }],
  "causes.contactlessLimit.doNow.1": [{ question: "entryMode", showIf: ["tap"] }],
  "causes.contactlessLimit.doNow.2": [{ question: "entryMode", showIf: ["tap"] }],
  "causes.dccProblem.doNow.2": [{ question: "homeCurrencyOffered", showIf: ["yesHome"] }],
};

export function holdsOrUnknown(condition: AdviceCondition, answers: Answers): boolean {
  const value = answers[condition.question];
  return value === undefined || value === UNKNOWN_ANSWER || condition.showIf.includes(value);
}

/** The keys whose conditions all hold or are unknown, in their original order. */
export function selectAdvice(keys: readonly string[], answers: Answers): string[] {
  return keys.filter((key) => (ADVICE_CONDITIONS[key] ?? []).every((condition) => holdsOrUnknown(condition, answers)));
}
