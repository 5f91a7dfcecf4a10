/**
 * Says whether the traveller may still be charged, from the evidence first and the cause second:
 * an XC is a hold that a reversal releases; an offline approval (Y1/Y3) or a bank notice of a
 * charge or hold means money may still move; Z1/Z3 and declines mean none should. When the
 * evidence is silent, the leading cause's usual outlook applies. The order below is deliberate:
 * when signals disagree, warning "you may be charged" is the safer mistake. See docs/diagnosis.md.
 */
import { getCause, type CauseId, type ChargeOutlook } from "./causes";
import type { Answers } from "./diagnosis-input";
import type { SignalId } from "./signals";

const STORED_OFFLINE: readonly SignalId[] = ["offlineApproved", "unableOnlineApproved"];
const REFUSED: readonly SignalId[] = [
  "offlineDeclined", "unableOnlineDeclined", "declined", "doNotHonour", "referToIssuer", "notPermitted",
  "insufficientFunds", "overAmountLimit", "overCountLimit", "wrongPin", "pinTriesExceeded", "expiredCard",
  "restrictedCard", "invalidCard", "cardBlocked", "notAccepted",
];

export function decideChargeOutlook(signals: readonly SignalId[], answers: Answers, topCause: CauseId): ChargeOutlook {
  const has = (ids: readonly SignalId[]) => signals.some((signal) => ids.includes(signal));
  if (signals.includes("chipApprovalReversed")) return "holdReleased";
  if (has(STORED_OFFLINE) || answers.slipPrinted === "offlineApproved") return "mayBeChargedLater";
  if (signals.includes("approved") || answers.slipPrinted === "approved") return "mayBeChargedLater";
  if (answers.notification === "charged" || answers.notification === "hold") return "mayBeChargedLater";
  if (has(REFUSED) || answers.slipPrinted === "offlineDeclined" || answers.slipPrinted === "declined") return "noChargeExpected";
  if (answers.notification === "declinedAlert") return "noChargeExpected";
  return getCause(topCause).chargeOutlook;
}
