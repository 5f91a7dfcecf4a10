/**
 * The date by which a ground must be raised: the network's limit counted from the processing date
 * (for a credit or void receipt, from the receipt's date when the traveller has it — Visa 13.6
 * counts "from either"), and the issuer's own limit when known (a date, or N days from the
 * statement date). The earlier of the two is the deadline shown; both are returned so the letter
 * and the reminders can say which one it is. `notBefore` is Visa 13.6's 15-day wait after a dated
 * credit receipt. Plain calendar dates only; `today` is passed in. See docs/disputes.md.
 */
import { addDays, countDaysBetween } from "@/domain/matching/calendar-days";
import type { IssuerInfo } from "./dispute-case";
import type { GroundRule, NetworkRule } from "./ground-rules";

export type GroundDeadline = {
  /** The date the network's limit counts from. */
  from: string;
  networkDeadline: string | null;
  issuerDeadline: string | null;
  /** The earlier of the two; null when neither applies (a hold to release). */
  deadline: string | null;
  basis: "network" | "issuer" | null;
  daysLeft: number | null;
  isExpired: boolean;
  /** Not before this date (Visa 13.6: 15 days after a dated credit receipt). */
  notBefore: string | null;
  isEstimate: boolean;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readIssuerDeadline(issuer: IssuerInfo | undefined): string | null {
  if (issuer?.deadline && DATE.test(issuer.deadline)) return issuer.deadline;
  if (issuer?.windowDays && issuer.windowDays > 0 && issuer.statementDate && DATE.test(issuer.statementDate)) {
    return addDays(issuer.statementDate, issuer.windowDays);
  }
  return null;
}

export function computeGroundDeadline(input: {
  rule: GroundRule; network: NetworkRule; processingDate: string; receiptDate?: string | null; issuer?: IssuerInfo; today: string;
}): GroundDeadline {
  const { rule, network, processingDate, today } = input;
  const receipt = input.receiptDate && DATE.test(input.receiptDate) ? input.receiptDate : null;
  const from = rule.waitDaysAfterReceipt && receipt ? receipt : processingDate;
  const networkDeadline = network.days === null ? null : addDays(from, network.days);
  const issuerDeadline = readIssuerDeadline(input.issuer);
  const candidates = [networkDeadline, issuerDeadline].filter((d): d is string => d !== null).sort();
  const deadline = candidates[0] ?? null;
  const basis = deadline === null ? null : deadline === issuerDeadline ? "issuer" : "network";
  const daysLeft = deadline === null ? null : countDaysBetween(today, deadline);
  const notBefore = rule.waitDaysAfterReceipt && receipt ? addDays(receipt, rule.waitDaysAfterReceipt) : null;
  return { from, networkDeadline, issuerDeadline, deadline, basis, daysLeft, isExpired: daysLeft !== null && daysLeft < 0, notBefore, isEstimate: network.isEstimate === true };
}
