/**
 * Decides a statement row's kind and state from its type and status text (or, when the file has
 * no type column, its description), in the words banks use in English, German, Chinese and
 * Japanese exports. Money out with no telling word is a purchase; money in with no telling word
 * is a refund only when the row says it was a card transaction, else "other" (a salary is not a
 * refund). A pending card payment is an authorisation hold. See docs/importers.md.
 */
import type { RecordKind, RecordState } from "@/domain/issuer-records";

export type RowClass = { kind: RecordKind; state: RecordState } | { declined: true };

const DECLINED = /declin|fail|abgelehnt|失败|拒绝/i;
const PENDING = /pending|pdng|vorgemerkt|未入账|処理中|未確定/i;
const REVERTED = /revert|storniert/i;
const FEE = /\bfees?\b|\bcharges?\b|entgelt|gebühr|手续费|年费|手数料|利息|interest/i;
const PAYMENT = /payment|autopay|thank you|还款|zahlungseingang|入金|top.?up/i;
const PAYMENT_TO_CARD = /autopay|thank you|还款|zahlungseingang|入金|top.?up/i;
const REFUND = /return|refund|退货|退款|erstattung|返品|返金/i;
const REVERSAL = /reversal|reversed|冲正|撤销|storno/i;
const CASH = /\batm\b|cash|取现|取款|bargeld|geldautomat|キャッシング/i;
const TRANSFER = /transfer|faster payment|überweisung|lastschrift|direct ?debit|standing order|转账|汇款|dauerauftrag|exchange|\bft\b|directdep|工资|结息/i;
const CARD = /card|karte|sale|\bpos\b|消费|刷卡|ショッピング/i;

function classifyOutflow(text: string): RecordKind {
  if (REVERSAL.test(text)) return "reversal";
  if (FEE.test(text)) return "fee";
  if (CASH.test(text)) return "other";
  if (TRANSFER.test(text)) return "other";
  return "purchase";
}

function classifyInflow(text: string, isCardStatement: boolean): RecordKind {
  if (REVERSAL.test(text)) return "reversal";
  if (REFUND.test(text)) return "refund";
  if (TRANSFER.test(text) || CASH.test(text)) return "other";
  // Monzo and Revolut print a refund as a "Card payment" coming in.
  if (CARD.test(text) && !PAYMENT_TO_CARD.test(text)) return "refund";
  if (PAYMENT.test(text)) return "payment";
  // On a card account money only comes back as a refund or a payment; on a bank account it can be anything.
  return isCardStatement ? "refund" : "other";
}

/** `text` is the type column and the description together; `isOutflow` follows the billed sign. */
export function classifyRow(text: string, statusText: string, isOutflow: boolean, isCardStatement = false): RowClass {
  if (DECLINED.test(statusText)) return { declined: true };
  if (REVERTED.test(statusText)) return { kind: "reversal", state: "posted" };
  const isPending = PENDING.test(statusText);
  const kind = isOutflow ? classifyOutflow(text) : classifyInflow(text, isCardStatement);
  if (isPending) return { kind: kind === "purchase" ? "authorisation" : kind, state: "pending" };
  return { kind, state: "posted" };
}
