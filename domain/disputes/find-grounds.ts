/**
 * `findDisputeGrounds`: every ground the tracker's data supports for one slip, the recommended one
 * first, each with its route, code, deadline, evidence, the charge it is about and the reasons
 * (message keys under "disputes") that led to it. The situations (docs/disputes.md):
 * - status duplicate with two charges kept → duplicate processing;
 * - status duplicate with one charge and a payment made another way → paid by other means;
 * - a charge kept although the slip prints a decline (or the traveller says declined) → declined;
 * - a charge kept although staff cancelled it (traveller) → cancelled (credit/void not processed);
 * - a refund smaller than the charge, or a refund promised and none seen → credit not processed;
 * - a charge in the slip's currency above the slip's amount → incorrect amount;
 * - a charge of exactly the slip's DCC amount in the home currency → DCC without consent;
 * - a hold still open after its drop date → ask the issuer to release it (not a chargeback).
 * A ground that needs the traveller's word lists it in `missingStatements` and sorts last, after
 * the grounds the records prove. Nothing here reads the clock. See docs/disputes.md.
 */
import type { ChargeSummary } from "@/domain/status/classify-charge";
import { detectCardNetwork, type CardNetwork } from "./card-network";
import type { DisputeCase } from "./dispute-case";
import type { DisputeSourceId } from "./dispute-sources";
import { computeGroundDeadline, type GroundDeadline } from "./ground-deadline";
import { GROUND_RULES, GROUND_IDS, toNetworkFamily, type GroundId, type NetworkFamily } from "./ground-rules";
import {
  isChargedAtDcc, listKeptPostings, readAmountInSlipCurrency, readDeclineCode, readHoldDue, readRecordDate, summarizeCharges, sumSameCurrencyCredits,
} from "./slip-signals";

export type DisputeRoute = "networkChargeback" | "unionpayDisputeForm" | "chineseIssuerDispute" | "chineseIssuerErrorRequest" | "issuerRequest";
export type MissingStatement = "noDccConsent" | "refundPromised" | "voidReceipt";
export type Money = { amountMinor: number; currency: string };

export type GroundFinding = {
  ground: GroundId;
  route: DisputeRoute;
  network: CardNetwork;
  family: NetworkFamily;
  reasonCode: string | null;
  /** The charge the ground is about (for a double charge, the second one) and every record behind it. */
  chargeId: string;
  recordIds: string[];
  /** What to ask back: the second charge, the difference, the missing refund, the hold. Null when only the issuer can say (DCC). */
  disputed: Money | null;
  deadline: GroundDeadline;
  evidence: string[];
  /** Message keys under "disputes" saying why this ground applies. */
  reasons: string[];
  missingStatements: MissingStatement[];
  sources: DisputeSourceId[];
};

type Draft = { ground: GroundId; summary: ChargeSummary; disputed: Money | null; reasons: string[]; missing: MissingStatement[]; receiptDate?: string | null };

function money(amountMinor: number, currency: string): Money {
  return { amountMinor: Math.abs(amountMinor), currency };
}

function billed(summary: ChargeSummary): Money | null {
  return summary.lead ? money(summary.lead.billedAmountMinor, summary.lead.billedCurrency) : null;
}

function draftDuplicates(input: DisputeCase, kept: ChargeSummary[]): Draft[] {
  if (input.status !== "duplicate" || kept.length === 0) return [];
  if (kept.length >= 2) return [{ ground: "duplicateProcessing", summary: kept[1]!, disputed: billed(kept[1]!), reasons: ["reason.twoCharges"], missing: [] }];
  if (!input.slip.paidInsteadMethod) return [];
  return [{ ground: "paidByOtherMeans", summary: kept[0]!, disputed: billed(kept[0]!), reasons: ["reason.paidInstead"], missing: [] }];
}

function draftFailedButCharged(input: DisputeCase, kept: ChargeSummary[]): Draft[] {
  const drafts: Draft[] = [];
  const target = kept[0];
  if (!target) return drafts;
  const declineCode = readDeclineCode(input.slip);
  if (declineCode || input.report?.declined) {
    drafts.push({ ground: "chargedAlthoughDeclined", summary: target, disputed: billed(target), reasons: [declineCode ? "reason.declineOnSlip" : "reason.declinedSaid"], missing: [] });
  }
  if (input.report?.cancelled) {
    drafts.push({
      ground: "chargedAlthoughCancelled", summary: target, disputed: billed(target), reasons: ["reason.cancelledSaid"],
      missing: input.report.hasVoidReceipt ? [] : ["voidReceipt"], receiptDate: input.report.cancelledOn ?? null,
    });
  }
  return drafts;
}

function draftRefunds(input: DisputeCase, kept: ChargeSummary[]): Draft[] {
  const report = input.report;
  const partly = kept.find((s) => s.state === "partlyRefunded");
  if (partly?.lead) {
    const missing = Math.abs(partly.lead.billedAmountMinor) - sumSameCurrencyCredits(partly);
    return [{
      ground: "creditNotProcessed", summary: partly, disputed: missing > 0 ? money(missing, partly.lead.billedCurrency) : null, reasons: ["reason.partRefund"],
      missing: report?.refundPromised ? [] : ["refundPromised"], receiptDate: report?.refundPromisedOn ?? null,
    }];
  }
  if (report?.refundPromised && kept[0]) {
    const promised = report.refundPromisedAmountMinor ? money(report.refundPromisedAmountMinor, input.slip.currency) : billed(kept[0]);
    return [{ ground: "creditNotProcessed", summary: kept[0], disputed: promised, reasons: ["reason.refundPromised"], missing: [], receiptDate: report.refundPromisedOn ?? null }];
  }
  return [];
}

function draftAmounts(input: DisputeCase, kept: ChargeSummary[]): Draft[] {
  const drafts: Draft[] = [];
  for (const summary of kept) {
    const posting = summary.charge.posting;
    if (!posting) continue;
    if (isChargedAtDcc(posting, input.slip)) {
      if (input.report?.noDccConsent === false) continue;
      drafts.push({ ground: "dccWithoutConsent", summary, disputed: null, reasons: ["reason.chargedAtDcc"], missing: input.report?.noDccConsent ? [] : ["noDccConsent"] });
      continue;
    }
    const charged = readAmountInSlipCurrency(posting, input.slip);
    if (charged !== null && charged > input.slip.amountMinor) {
      drafts.push({ ground: "incorrectAmount", summary, disputed: money(charged - input.slip.amountMinor, input.slip.currency), reasons: ["reason.amountAboveSlip"], missing: [] });
    }
  }
  return drafts.slice(0, 1);
}

function draftHolds(input: DisputeCase, summaries: ChargeSummary[]): Draft[] {
  const overdue = summaries.find((s) => s.state === "holdActive" && input.today > readHoldDue(s, input.slip));
  return overdue ? [{ ground: "holdNotReleased", summary: overdue, disputed: billed(overdue), reasons: ["reason.holdOverdue"], missing: [] }] : [];
}

function chooseRoute(ground: GroundId, family: NetworkFamily, input: DisputeCase): DisputeRoute {
  const isRequest = GROUND_RULES[ground].route === "issuerRequest";
  if (input.issuer?.isChinese) return isRequest ? "chineseIssuerErrorRequest" : "chineseIssuerDispute";
  if (isRequest) return "issuerRequest";
  return family === "unionpay" ? "unionpayDisputeForm" : "networkChargeback";
}

function listRecordIds(summary: ChargeSummary): string[] {
  const { hold, posting, credits } = summary.charge;
  return [hold, posting, ...credits].filter((r) => r !== undefined).map((r) => r.id);
}

export function findDisputeGrounds(input: DisputeCase): GroundFinding[] {
  const network = input.network ?? detectCardNetwork({ aid: input.slip.aid, applicationLabel: input.slip.applicationLabel });
  const family = toNetworkFamily(network);
  const summaries = summarizeCharges(input);
  const kept = listKeptPostings(summaries);
  const drafts = [
    ...draftDuplicates(input, kept), ...draftFailedButCharged(input, kept), ...draftRefunds(input, kept), ...draftAmounts(input, kept), ...draftHolds(input, summaries),
  ];
  const findings = drafts.map((draft): GroundFinding => {
    const rule = GROUND_RULES[draft.ground];
    const networkRule = rule.networks[family];
    const lead = draft.summary.charge.posting ?? draft.summary.lead;
    const processingDate = lead ? readRecordDate(lead) : draft.summary.date;
    return {
      ground: draft.ground, route: chooseRoute(draft.ground, family, input), network, family, reasonCode: networkRule.code,
      chargeId: draft.summary.charge.id, recordIds: listRecordIds(draft.summary), disputed: draft.disputed,
      deadline: computeGroundDeadline({ rule, network: networkRule, processingDate, receiptDate: draft.receiptDate, issuer: input.issuer, today: input.today }),
      evidence: rule.evidence, reasons: draft.reasons, missingStatements: draft.missing,
      sources: [networkRule.source, ...(input.issuer?.isChinese ? (["chineseIssuer"] as const) : []), ...(input.issuer?.windowDays ? (["issuerWindow"] as const) : [])],
    };
  });
  // Proven by the records first, then by the network's priority (GROUND_IDS order).
  return findings.sort((a, b) => Number(a.missingStatements.length > 0) - Number(b.missingStatements.length > 0) || GROUND_IDS.indexOf(a.ground) - GROUND_IDS.indexOf(b.ground));
}
