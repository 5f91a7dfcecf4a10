/**
 * The codes a terminal or slip prints, and what each one tells us (PRODUCT.md §2): EMV
 * authorisation response codes a terminal sets itself (Y1 offline approved, Y3 unable to go
 * online/approved, Z1 offline declined, Z3 unable to go online/declined, XC approved then
 * declined by the card), terminal comms codes (LC lost carrier, TO time out, NA host not
 * available, RC chip read error) and ISO 8583 field 39 codes from the issuer or switch.
 * See docs/diagnosis.md for the table.
 */
import type { SignalId } from "./signals";

/** Distinctive enough to count wherever they stand as a word ("ARC Y3", "Z3 DECLINED"). */
export const EMV_CODES: Readonly<Record<string, SignalId>> = {
  y1: "offlineApproved",
  y3: "unableOnlineApproved",
  z1: "offlineDeclined",
  z3: "unableOnlineDeclined",
  xc: "chipApprovalReversed",
};

/**
 * Count only in a code-like context or as a bare code: "to" and "na" are everyday words,
 * "12" a time, "51" an amount. 04/41/43 (pick up, lost, stolen), 13 (invalid amount) and 1A
 * (Visa/Mastercard soft decline asking for chip and PIN) are not in the brief's list but are
 * printed often enough that reading them is cheaper than a wrong diagnosis.
 */
export const CONTEXT_CODES: Readonly<Record<string, SignalId>> = {
  lc: "lostCarrier",
  to: "hostTimeout",
  na: "hostUnavailable",
  rc: "cardReadError",
  "1a": "contactlessLimit",
  "00": "approved",
  "01": "referToIssuer",
  "04": "cardBlocked",
  "05": "doNotHonour",
  "13": "amountError",
  "14": "invalidCard",
  "41": "cardBlocked",
  "43": "cardBlocked",
  "51": "insufficientFunds",
  "54": "expiredCard",
  "55": "wrongPin",
  "57": "notPermitted",
  "61": "overAmountLimit",
  "62": "restrictedCard",
  "65": "overCountLimit",
  "75": "pinTriesExceeded",
  "91": "issuerInoperative",
  "94": "duplicateTransmission",
  "96": "systemMalfunction",
};

/** Words printed just before a response code on screens and slips. "rc" is both a label and a code. */
export const CODE_LABELS: ReadonlySet<string> = new Set([
  "rc", "resp", "response", "code", "arc", "err", "error", "errcode", "reason", "status", "result", "iso", "de39",
  "f39", "cd", "rsp",
  // the same words on terminals in the destination languages (es/pt "código", "causa"; de
  // "Fehlercode", "FEP"; fr "erreur"; it "codice", "errore"; tr "kod", "hata kodu"; id "kode")
  "codigo", "cod", "causa", "erro", "fehlercode", "fehler", "fep", "erreur", "codice", "errore", "kod", "kodu",
  "hata", "kode",
]);

/**
 * Outcome words that introduce a numeric code ("DECLINED 05", "REFUSED (51)") but not a
 * two-letter one: "failed to connect" must not read as code TO.
 */
export const OUTCOME_LABELS: ReadonlySet<string> = new Set([
  "declined", "decline", "failed", "refused", "denied", "rejected",
  "denegada", "denegado", "negada", "recusada", "refusee", "refuse", "abgelehnt", "rifiutata", "negata", "reddedildi", "ditolak",
]);

/**
 * Spanish acquirers (Redsys, the switch behind most Spanish bank terminals) print three-digit
 * response codes, "DENEGADA · CAUSA 190", "código 0116". They count only after a code or outcome
 * label, never bare (a bare 116 is a price). Source: the Redsys response-code table
 * (vocabulary/sources.ts `redsys`).
 */
export const SPANISH_ACQUIRER_CODES: Readonly<Record<string, SignalId>> = {
  "101": "expiredCard",
  "102": "doNotHonour",
  "104": "notPermitted",
  "106": "pinTriesExceeded",
  "116": "insufficientFunds",
  "118": "invalidCard",
  "125": "restrictedCard",
  "180": "notAccepted",
  "190": "declined",
  "202": "cardBlocked",
  "909": "systemMalfunction",
  "912": "issuerInoperative",
  "9093": "invalidCard",
  "9912": "issuerInoperative",
};

/** The same, in Chinese; matched at the end of the text before the code (响应码 51, 交易失败(05)). */
export const CJK_CODE_LABELS: readonly string[] = [
  "响应码", "返回码", "应答码", "错误码", "错误代码", "代码", "原因码", "拒绝码", "交易失败", "失败", "拒绝", "错误", "码",
];
