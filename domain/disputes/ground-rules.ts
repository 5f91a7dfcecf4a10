/**
 * The grounds a traveller can cite, per card network: the code, the time limit (calendar days from
 * the processing, i.e. posting, date of the charge disputed), what to attach, and the route — a
 * card-network chargeback the issuer raises, or a request the issuer handles itself (a hold to
 * release). Where no public source gives a network's limit for a ground, the shortest sourced
 * limit for that ground is used and marked `isEstimate`: a traveller who acts by it loses nothing.
 * Sources: dispute-sources.ts; the table in docs/disputes.md is this file in words.
 */
import type { CardNetwork } from "./card-network";
import type { DisputeSourceId } from "./dispute-sources";

export const GROUND_IDS = [
  "duplicateProcessing", "paidByOtherMeans", "chargedAlthoughDeclined", "chargedAlthoughCancelled",
  "dccWithoutConsent", "incorrectAmount", "creditNotProcessed", "holdNotReleased",
] as const;
export type GroundId = (typeof GROUND_IDS)[number];

/** Visa and Mastercard have their own codes; UnionPay its issuer route; the rest generic wording. */
export type NetworkFamily = "visa" | "mastercard" | "unionpay" | "other";

export type NetworkRule = {
  /** The code to cite, or null where no public code applies. */
  code: string | null;
  /** Calendar days from the processing date; null when there is no network limit (a hold). */
  days: number | null;
  source: DisputeSourceId;
  isEstimate?: boolean;
};

export type GroundRule = {
  id: GroundId;
  /** chargeback: the issuer raises it with the network. issuerRequest: the issuer fixes it itself. */
  route: "chargeback" | "issuerRequest";
  networks: Record<NetworkFamily, NetworkRule>;
  /** Visa 13.6: the issuer must wait this many days after the date on the credit (or void) receipt. */
  waitDaysAfterReceipt?: number;
  /** Message keys under "disputes", in the order a letter lists them. */
  evidence: string[];
};

const same = (code: string | null, days: number, source: DisputeSourceId, isEstimate = false): NetworkRule => ({ code, days, source, ...(isEstimate ? { isEstimate } : {}) });

export const GROUND_RULES: Readonly<Record<GroundId, GroundRule>> = {
  duplicateProcessing: {
    id: "duplicateProcessing", route: "chargeback",
    networks: { visa: same("12.6.1", 120, "visa126"), mastercard: same("4834", 90, "mc4834"), unionpay: same(null, 120, "unionpay"), other: same(null, 120, "visa126", true) },
    evidence: ["evidence.slip", "evidence.bothCharges", "evidence.timeline", "evidence.merchantContact"],
  },
  paidByOtherMeans: {
    id: "paidByOtherMeans", route: "chargeback",
    networks: { visa: same("12.6.2", 120, "visa126"), mastercard: same("4834", 90, "mc4834"), unionpay: same(null, 120, "unionpay"), other: same(null, 120, "visa126", true) },
    evidence: ["evidence.slip", "evidence.otherPayment", "evidence.charge", "evidence.timeline", "evidence.merchantContact"],
  },
  chargedAlthoughDeclined: {
    id: "chargedAlthoughDeclined", route: "chargeback",
    networks: { visa: same("11.2", 75, "visa112"), mastercard: same("4808", 90, "mc4808"), unionpay: same(null, 75, "visa112", true), other: same(null, 75, "visa112", true) },
    evidence: ["evidence.slipDeclined", "evidence.charge", "evidence.timeline", "evidence.merchantContact"],
  },
  chargedAlthoughCancelled: {
    id: "chargedAlthoughCancelled", route: "chargeback", waitDaysAfterReceipt: 15,
    networks: { visa: same("13.6", 120, "visa136"), mastercard: same("4853", 120, "mc4853"), unionpay: same(null, 120, "visa136", true), other: same(null, 120, "visa136", true) },
    evidence: ["evidence.voidReceipt", "evidence.charge", "evidence.timeline", "evidence.merchantContact"],
  },
  dccWithoutConsent: {
    id: "dccWithoutConsent", route: "chargeback",
    networks: { visa: same("12.3", 120, "visa123"), mastercard: same("4834", 90, "mc4834"), unionpay: same(null, 120, "unionpay"), other: same(null, 90, "mc4834", true) },
    evidence: ["evidence.slipDcc", "evidence.charge", "evidence.timeline", "evidence.merchantContact"],
  },
  incorrectAmount: {
    id: "incorrectAmount", route: "chargeback",
    networks: { visa: same("12.5", 120, "visa125"), mastercard: same("4834", 90, "mc4834"), unionpay: same(null, 120, "unionpay"), other: same(null, 90, "mc4834", true) },
    evidence: ["evidence.slip", "evidence.charge", "evidence.timeline", "evidence.merchantContact"],
  },
  creditNotProcessed: {
    id: "creditNotProcessed", route: "chargeback", waitDaysAfterReceipt: 15,
    networks: { visa: same("13.6", 120, "visa136"), mastercard: same("4853", 120, "mc4853"), unionpay: same(null, 120, "visa136", true), other: same(null, 120, "visa136", true) },
    evidence: ["evidence.refundPromise", "evidence.charge", "evidence.refundSoFar", "evidence.timeline", "evidence.merchantContact"],
  },
  holdNotReleased: {
    id: "holdNotReleased", route: "issuerRequest",
    networks: {
      visa: { code: null, days: null, source: "holdExpiry" }, mastercard: { code: null, days: null, source: "holdExpiry" },
      unionpay: { code: null, days: null, source: "holdExpiry" }, other: { code: null, days: null, source: "holdExpiry" },
    },
    evidence: ["evidence.slip", "evidence.hold", "evidence.otherPayment", "evidence.timeline"],
  },
};

export function toNetworkFamily(network: CardNetwork): NetworkFamily {
  return network === "visa" || network === "mastercard" || network === "unionpay" ? network : "other";
}
