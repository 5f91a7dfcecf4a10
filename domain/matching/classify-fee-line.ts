/**
 * Tells a foreign-transaction fee line ("FOREIGN TRANSACTION FEE", "INTERNATIONAL SERVICE
 * ASSESSMENT", "Auslandseinsatzentgelt", 境外交易手续费, 海外事務手数料 …) from a purchase whose
 * text merely mentions a fee ("KARTENZAHLUNG … Original 180,00 THB … inkl. Einsatzentgelt
 * 1,75 %"): a record showing an amount in another currency, or mentioning the fee only after the
 * purchase ("inkl.", "incl.") or after a card-payment word, is the purchase. The importers'
 * own "fee" kind is a hint, overruled by this. See docs/matching.md ("Fee lines").
 */
import type { MatchRecord } from "./match-types";

export const FEE_DESCRIPTOR = new RegExp(
  [
    String.raw`FOREIGN\s+(?:TRANSACTION|TRANS\.?|TXN|EXCHANGE|CURRENCY|CCY|PURCHASE|USAGE)\s+(?:FEE|CHARGE|CHG|CHRG)`,
    String.raw`\bFX\s+(?:FEE|CHARGE|CHG)`, String.raw`FOREIGN\s+FEE`, String.raw`FOREIGN\s+EXCH(?:ANGE)?\s+(?:FEE|CHG|CHARGE)`,
    String.raw`INT(?:ERNATIONA)?L\.?\s+(?:SERVICE\s+ASSESSMENT|TRANSACTION\s+FEE|TRANS\.?\s+FEE|PURCHASE\s+FEE|SVC\s+FEE)`,
    String.raw`SERVICE\s+ASSESSMENT`, String.raw`NON[-\s]?STERLING\s+(?:TRANSACTION\s+|TRANS\s+|PURCHASE\s+)?(?:FEE|CHARGE)`,
    String.raw`CROSS[-\s]?BORDER\s+(?:FEE|CHARGE|ASSESSMENT)`, String.raw`CURRENCY\s+CONVERSION\s+(?:FEE|CHARGE)`, String.raw`CONVERSION\s+FEE`,
    String.raw`OVERSEAS\s+(?:TRANSACTION\s+|TRANS\s+|USAGE\s+)?(?:FEE|CHARGE)`, String.raw`FOREIGN\s+CURRENCY\s+(?:TRANSACTION\s+)?(?:FEE|CHARGE)`,
    String.raw`AUSLANDS(?:EINSATZ)?ENTGELT`, String.raw`EINSATZENTGELT`, String.raw`FREMDW(?:Ä|AE)HRUNGS(?:ENTGELT|GEB(?:Ü|UE)HR|ZUSCHLAG)`,
    String.raw`W(?:Ä|AE)HRUNGSUMRECHNUNGS(?:ENTGELT|GEB(?:Ü|UE)HR)`, String.raw`ENTGELT\s+(?:F(?:Ü|UE)R\s+)?(?:AUSLAND|FREMDW)`,
    String.raw`AUSLANDSGEB(?:Ü|UE)HR`, String.raw`FRAIS\s+(?:DE\s+)?CHANGE`, String.raw`COMMISSION\s+(?:DE\s+)?CHANGE`,
    String.raw`FRAIS\s+(?:OP(?:E|É)RATION|PAIEMENT)S?\s+(?:(?:A|À)\s+L'?)?(?:E|É)TRANGER`, String.raw`COMISI(?:O|Ó)N\s+(?:POR\s+)?(?:CAMBIO|DIVISA)`,
    "货币转换费", "货币兑换费", "外汇兑换手续费", "兑换手续费", "境外交易手续费", "外币交易手续费", "境外手续费", "境外消费手续费", "跨境交易手续费",
    "海外事務手数料", "海外利用手数料", "海外事務処理手数料", "事務処理手数料", String.raw`해외\s?이용\s?수수료`, String.raw`해외\s?수수료`,
  ].join("|"),
  "iu",
);
/** The fee word comes after the purchase: "… inkl. Einsatzentgelt 1,75 %", "(incl. foreign fee)". */
const MENTIONED_INSIDE = /(?:inkl\.?|incl\.?|including|inclusive|enth(?:ä|ae)lt|davon|含)\s*[^\s]*\s*$/iu;
const PURCHASE_LEAD = /^\s*(?:KARTENZAHLUNG|KARTENUMSATZ|KARTEN-?ZAHLUNG|POS\b|CARD\s+PAYMENT|CARD\s+PURCHASE|DEBIT\s+CARD\s+PURCHASE|PURCHASE\b|VISA\b|MASTERCARD\b|消费|刷卡)/iu;
export const FEE_WORDS = new RegExp(`(?:${FEE_DESCRIPTOR.source})|[-–—/:]+|\\bFEE\\b|\\bON\\b|\\bFOR\\b`, "giu");

/** Cheap first look before the full descriptor pattern: almost every descriptor stops here. */
const FEE_HINT = /FEE|CHARGE|CHG|ASSESSMENT|ENTGELT|GEB(?:Ü|UE)HR|ZUSCHLAG|FRAIS|COMMISSION|COMISI|手续费|转换费|兑换费|手数料|수수료/iu;

/** "fee": a fee line; "purchase": the importer called it a fee, but it is a purchase mentioning one; null: neither. */
export function classifyFeeLine(record: MatchRecord): "fee" | "purchase" | null {
  if (record.billedAmountMinor <= 0 || (record.kind !== "fee" && record.kind !== "purchase")) return null;
  if (record.kind !== "fee" && !FEE_HINT.test(record.merchant)) return null;
  const text = record.merchant.normalize("NFKC");
  const hit = FEE_DESCRIPTOR.exec(text);
  if (record.kind !== "fee" && !hit) return null;
  const isMentionedOnly =
    !!record.originalCurrency || (hit !== null && (MENTIONED_INSIDE.test(text.slice(0, hit.index)) || (PURCHASE_LEAD.test(text) && hit.index > 0)));
  if (isMentionedOnly) return record.kind === "fee" || record.kind === "purchase" ? "purchase" : null;
  return record.kind === "fee" || record.kind === "purchase" ? "fee" : null;
}
