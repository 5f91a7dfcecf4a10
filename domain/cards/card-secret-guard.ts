/**
 * A card's secrets written out: the security code (CVV2/CVC2/CID, "安全码 123") or the PIN
 * ("PIN 1234", "密码 123456"). SlipTrack never needs either, and a note that holds one beside the
 * last 4 and the expiry is exactly what a thief wants; so a free-text field that holds one is
 * refused with that reason (slips.errors.cardSecret), like a full card number.
 *
 * What counts: a label for the secret, then at most a few separators or a linking word
 * ("is", "was", "是", "为", "は"), then the digits — 3–4 for a security code, 4–12 for a PIN
 * (ISO 9564) — not followed by another digit. The label must stand as a word, so "pinned",
 * "spin 1234" and "PIN pad" are not caught, and digits must follow at once, so "PIN entered
 * twice, table 12" and "no PIN up to 50" are not either. Text is NFKC-normalised first
 * (full-width digits and letters count). A label glued to its digits counts too ("CVV987"),
 * so a reference like "CSC2026" is refused as well — accepted: the message says why, and the
 * traveller can reword it. See docs/card-data.md.
 */

export type CardSecretKind = "securityCode" | "pin";

const LINK = String.raw`[\s:：=#\-–.]{0,3}(?:(?:is|was|ist|est|es|是|为|為|は|이|는)[\s:：=]{0,3})?`;

const SECURITY_CODE_LABELS = [
  String.raw`cvv2?`, String.raw`cvc2?`, String.raw`cvn2?`, String.raw`cav2`, String.raw`cid`, String.raw`csc`,
  String.raw`security\s+code`, String.raw`card\s+verification(?:\s+(?:code|value|number))?`,
  String.raw`code\s+de\s+s[ée]curit[ée]`, String.raw`cryptogramme(?:\s+visuel)?`, String.raw`pr[üu]fnummer`,
  String.raw`c[óo]digo\s+de\s+seguran[çc]a`, String.raw`c[óo]digo\s+de\s+seguridad`,
  "安全码", "安全碼", "卡背(?:面)?(?:后|後)?三位(?:数|數|码|碼)?", "背面(?:的)?三位(?:数字|數字|码|碼)?", "cvv码",
  "セキュリティ(?:ー)?コード", "보안\\s*코드", "cvc\\s*번호",
];

const PIN_LABELS = [
  String.raw`pin(?:\s*(?:code|number|no\.?|#))?`, String.raw`geheimzahl`, String.raw`code\s+(?:pin|confidentiel)`,
  "密码", "密碼", "交易密码", "取款密码", "支付密码", "暗証番号", "비밀번호", "핀\\s*번호",
];

/** ASCII word labels must not be glued to letters on either side; CJK labels stand as they are. */
function labelled(labels: string[], digits: string): RegExp {
  const alternatives = labels.map((label) => (/^[\\a-z([]/i.test(label) ? String.raw`(?<![\p{L}\p{N}])(?:${label})(?![\p{L}])` : `(?:${label})`));
  return new RegExp(`(?:${alternatives.join("|")})${LINK}(?<![\\p{N}])\\p{N}{${digits}}(?!\\p{N})`, "iu");
}

const SECURITY_CODE = labelled(SECURITY_CODE_LABELS, "3,4");
const PIN = labelled(PIN_LABELS, "4,12");

/** The kind of secret `text` writes out, or null. */
export function findCardSecret(text: string): CardSecretKind | null {
  const normal = text.normalize("NFKC");
  if (SECURITY_CODE.test(normal)) return "securityCode";
  if (PIN.test(normal)) return "pin";
  return null;
}
