/**
 * The shape of one cause of a failed card payment abroad (PRODUCT.md §2), kept apart from the
 * data so each cause group can live in its own small file. Weights are log-odds: +1 makes a
 * cause about e (2.7) times more likely relative to the others, negative weights speak against
 * it, a missing entry means "says nothing about this cause". Texts are message keys only.
 * See docs/diagnosis.md.
 */
import type { AnswerEvidenceId } from "./questions";
import type { SignalId } from "./signals";

export const CAUSE_IDS = [
  "hostDown", "shopNetworkDown", "terminalFault", "cardReaderFault", "magstripeDamaged", "chipDamaged",
  "signalInterference", "operatorError", "issuerDecline", "insufficientFunds", "wrongPin", "cardBlocked",
  "contactlessLimit", "brandNotAccepted", "dccProblem", "cardRestricted",
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export type CauseGroup = "network" | "device" | "card" | "other" | "issuer";

/**
 * What the traveller should expect on the statement. "mayBeChargedLater": an offline approval
 * (EMV Y1/Y3) was stored and may still be uploaded; "noChargeExpected": Z1/Z3 or a decline;
 * "holdReleased": XC, a hold that an automatic reversal should release; "unclear": nothing says.
 */
export type ChargeOutlook = "mayBeChargedLater" | "noChargeExpected" | "holdReleased" | "unclear";

export type Cause = {
  readonly id: CauseId;
  readonly group: CauseGroup;
  /** Log-odds before any evidence: how often travellers meet this cause. */
  readonly prior: number;
  readonly signals: Readonly<Partial<Record<SignalId, number>>>;
  readonly answers: Readonly<Partial<Record<AnswerEvidenceId, number>>>;
  /** The outlook when the evidence itself (slip, codes, SMS) says nothing more specific. */
  readonly chargeOutlook: ChargeOutlook;
  readonly titleKey: string;
  readonly summaryKey: string;
  readonly doNow: readonly string[];
  readonly keep: readonly string[];
  readonly askBank: readonly string[];
  readonly prevent: readonly string[];
};

/** Lines every cause shares, referenced from the cause lists so a key never needs repeating. */
export const SHARED = {
  keepSlip: "shared.keep.slip",
  keepSms: "shared.keep.sms",
  keepScreenPhoto: "shared.keep.screenPhoto",
  keepOtherPayment: "shared.keep.otherPayment",
  askRecord: "shared.askBank.record",
  preventBackup: "shared.prevent.backup",
  preventInspect: "shared.prevent.inspect",
} as const;
