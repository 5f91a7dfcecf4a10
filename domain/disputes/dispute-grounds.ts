/**
 * The card-network grounds a traveller can cite when a slip was charged twice (duplicate
 * processing) or charged although the payment failed and was paid another way (paid by other
 * means), with the deadline counted from the processing (posting) date and the evidence to send.
 * Visa: 12.6.1 / 12.6.2 (Processing Errors), 120 days. Mastercard: 4834 Point-of-Interaction Error
 * — public summaries of the Chargeback Guide quote 90 days for this code (some 120); we show 90,
 * the earlier, because a late traveller loses the right while an early one loses nothing.
 * UnionPay, Amex, JCB, Discover and unknown cards get the generic "duplicate processing" / "paid
 * by other means" wording and ~120 days. The issuer's own deadline is usually earlier (it needs
 * time to file); the messages say so. Returns null for any status other than "duplicate".
 * `today` is passed in; nothing reads the clock. See docs/statuses.md (disputes).
 */
import { countDaysBetween, addDays } from "@/domain/matching/calendar-days";
import type { CardNetwork } from "./card-network";
import { GROUND_RULES, toNetworkFamily } from "./ground-rules";

export type DuplicateKind = "duplicateProcessing" | "paidByOtherMeans";

export type DisputeGrounds = {
  /** Message key under "tracking", e.g. "dispute.grounds.visa.duplicateProcessing". */
  grounds: string;
  network: CardNetwork;
  /** "12.6.1", "12.6.2", "4834", or null for networks without a published code we cite. */
  reasonCode: string | null;
  deadline: string;
  daysLeft: number;
  isExpired: boolean;
  /** Message keys of what to attach, in the order a letter would list them. */
  evidence: string[];
};

export type DisputeGroundsInput = {
  status: string;
  kind?: DuplicateKind;
  network?: CardNetwork;
  /** The processing (posting) date of the charge disputed — for a double charge, the second one. */
  postingDate: string;
  today: string;
};

/** The same limits and codes the letters use (ground-rules.ts), kept under the tracking keys. */
function readRule(family: "visa" | "mastercard" | "other", network: CardNetwork, kind: DuplicateKind): { days: number; code: string | null } {
  const rule = GROUND_RULES[kind].networks[family === "other" ? toNetworkFamily(network) : family];
  return { days: rule.days ?? 120, code: family === "other" ? null : rule.code };
}

const EVIDENCE: Readonly<Record<DuplicateKind, string[]>> = {
  duplicateProcessing: ["dispute.evidence.slip", "dispute.evidence.bothCharges", "dispute.evidence.timeline", "dispute.evidence.merchantContact"],
  paidByOtherMeans: ["dispute.evidence.slip", "dispute.evidence.otherPayment", "dispute.evidence.charge", "dispute.evidence.timeline", "dispute.evidence.merchantContact"],
};

export function disputeGrounds({ status, kind = "duplicateProcessing", network = "unknown", postingDate, today }: DisputeGroundsInput): DisputeGrounds | null {
  if (status !== "duplicate") return null;
  const family = network === "visa" || network === "mastercard" ? network : "other";
  const rule = readRule(family, network, kind);
  const deadline = addDays(postingDate, rule.days);
  const daysLeft = countDaysBetween(today, deadline);
  return {
    grounds: `dispute.grounds.${family}.${kind}`, network, reasonCode: rule.code, deadline, daysLeft,
    isExpired: daysLeft < 0, evidence: EVIDENCE[kind],
  };
}
