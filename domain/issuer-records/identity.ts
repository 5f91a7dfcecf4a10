/**
 * Identity across exports: is a record read from a new file one the traveller already has —
 * the same row in a later or overlapping export, the pending row now booked (Revolut PENDING →
 * COMPLETED, Sparkasse "vorgemerkt" → "gebucht"), or the same purchase downloaded once as CSV and
 * once as OFX — and if so, what changes. The fingerprint (fingerprint.ts) stays the exact,
 * per-format key for idempotent re-imports; this rule is the looser, state- and format-independent
 * one the store applies to records whose fingerprint is new. Pure: the store finds candidates by
 * `identityKey` and asks `decideIdentity`. See docs/importers.md ("Identity across exports").
 */
import { normaliseMerchant } from "./fingerprint";
import type { IssuerRecord } from "./issuer-record";
import { scoreMerchantSimilarity } from "./link-pending";

export type IdentityDecision =
  | { action: "new"; reasons: string[] }
  | { action: "same"; existing: string; reasons: string[] }
  | { action: "update"; existing: string; changes: Partial<IssuerRecord>; reasons: string[] };

/** Words that say how a card was used, not where: left out when comparing merchants across formats. */
const GENERIC = new Set([
  "POS", "VISA", "MASTERCARD", "MC", "CARD", "DEBIT", "CREDIT", "PURCHASE", "PAYMENT", "MERCHANDISE", "SALE", "CONTACTLESS",
  "KARTENZAHLUNG", "LASTSCHRIFT", "DEBITK", "SEPA", "BEA", "APPLE", "PAY", "GOOGLE", "ONLINE", "消费", "支付", "快捷支付",
]);

/** The merchant's distinctive words, in order: "POS MERCHANDISE MCDONALD'S #112" → "MCDONALD S 112". */
export function merchantCore(merchant: string): string {
  return normaliseMerchant(merchant).split(" ").filter((t) => t !== "" && !GENERIC.has(t) && !/^\d{1,3}$/.test(t)).slice(0, 4).join(" ");
}

/** The key the store looks candidates up by: source, card, transaction date, amount and direction — no state, no format. */
export function identityKey(r: IssuerRecord): string {
  const direction = r.billedAmountMinor < 0 ? "in" : "out";
  return [r.source, r.cardLast4 ?? "", r.transactionDate, Math.abs(r.billedAmountMinor), r.billedCurrency, direction].join("|");
}

function ownReference(r: IssuerRecord): string | undefined {
  return r.references.fitId ?? r.references.issuerTransactionId;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function isSameMerchant(a: string, b: string): boolean {
  const [coreA, coreB] = [merchantCore(a), merchantCore(b)];
  if (coreA === "" || coreB === "") return coreA === coreB;
  if (coreA === coreB || coreA.startsWith(coreB) || coreB.startsWith(coreA)) return true;
  const firstA = coreA.split(" ")[0] ?? "";
  const firstB = coreB.split(" ")[0] ?? "";
  return (firstA.length >= 4 && coreB.includes(firstA)) || (firstB.length >= 4 && coreA.includes(firstB)) || scoreMerchantSimilarity(coreA, coreB) >= 0.6;
}

type Match = { candidate: IssuerRecord; reasons: string[] };

function matchCandidate(incoming: IssuerRecord, candidate: IssuerRecord): Match | null {
  if (candidate.source !== incoming.source) return null;
  const [refIn, refOld] = [ownReference(incoming), ownReference(candidate)];
  if (refIn && refOld && refIn === refOld) return { candidate, reasons: ["reference"] };
  // Two different bank ids in the same kind of file are two transactions, however alike.
  if (refIn && refOld && incoming.references.fitId !== undefined === (candidate.references.fitId !== undefined)) return null;
  if (candidate.billedCurrency !== incoming.billedCurrency || candidate.billedAmountMinor !== incoming.billedAmountMinor) return null;
  if (candidate.cardLast4 && incoming.cardLast4 && candidate.cardLast4 !== incoming.cardLast4) return null;
  const days = daysBetween(candidate.transactionDate, incoming.transactionDate);
  // A booked row may carry a date a day off its pending row's (value date vs authorisation date).
  if (days > (candidate.state !== incoming.state ? 1 : 0)) return null;
  if (!isSameMerchant(candidate.merchant, incoming.merchant)) return null;
  return { candidate, reasons: ["amount", days === 0 ? "date" : "date±1", "merchant", ...(candidate.cardLast4 && incoming.cardLast4 ? ["card"] : [])] };
}

/** What a newly read record adds to the one already kept: the booked state, a posting date, bank ids. */
function changesFrom(incoming: IssuerRecord, existing: IssuerRecord): Partial<IssuerRecord> {
  const changes: Partial<IssuerRecord> = {};
  if (existing.state === "pending" && incoming.state === "posted") Object.assign(changes, { state: "posted", kind: incoming.kind });
  if (!existing.postingDate && incoming.postingDate) changes.postingDate = incoming.postingDate;
  if (!existing.transactionTime && incoming.transactionTime) changes.transactionTime = incoming.transactionTime;
  if (existing.originalAmountMinor === undefined && incoming.originalAmountMinor !== undefined) {
    Object.assign(changes, { originalAmountMinor: incoming.originalAmountMinor, originalCurrency: incoming.originalCurrency });
  }
  const references = { ...incoming.references, ...existing.references };
  delete references.row;
  const added = Object.keys(references).filter((k) => !(k in existing.references));
  if (added.length > 0) changes.references = { ...existing.references, ...references };
  return changes;
}

/**
 * `candidates` are the traveller's records with the same `identityKey` (and, for a pending
 * incoming or kept row, the keys a day either side); `used` holds the fingerprints already
 * claimed by earlier records of this import, so two identical coffees in one file stay two.
 * A booked row never goes back to pending: a pending row seen after its booking changes nothing.
 */
export function decideIdentity(incoming: IssuerRecord, candidates: readonly IssuerRecord[], used: ReadonlySet<string> = new Set()): IdentityDecision {
  const exact = candidates.find((c) => c.fingerprint === incoming.fingerprint && !used.has(c.fingerprint));
  if (exact) return { action: "same", existing: exact.fingerprint, reasons: ["fingerprint"] };
  const matches = candidates.filter((c) => !used.has(c.fingerprint)).map((c) => matchCandidate(incoming, c)).filter((m): m is Match => m !== null);
  // Prefer a bank-id match, then the pending row this booking settles, then the closest date.
  matches.sort((a, b) => Number(b.reasons[0] === "reference") - Number(a.reasons[0] === "reference")
    || Number(b.candidate.state === "pending") - Number(a.candidate.state === "pending")
    || daysBetween(a.candidate.transactionDate, incoming.transactionDate) - daysBetween(b.candidate.transactionDate, incoming.transactionDate));
  const best = matches[0];
  if (!best) return { action: "new", reasons: candidates.length === 0 ? ["no candidate"] : ["no candidate matches"] };
  const changes = changesFrom(incoming, best.candidate);
  if (Object.keys(changes).length === 0) return { action: "same", existing: best.candidate.fingerprint, reasons: best.reasons };
  return { action: "update", existing: best.candidate.fingerprint, changes, reasons: best.candidate.state !== (changes.state ?? best.candidate.state) ? [...best.reasons, "booked"] : best.reasons };
}
