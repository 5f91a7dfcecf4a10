/**
 * Which card network a slip's card belongs to, from what the slip printed: the EMV AID (its first
 * five bytes, the RID, name the network), else the application label ("VISA CREDIT", "银联"),
 * else a brand the traveller picked. The network decides the dispute grounds' names and time
 * limits; "unknown" gets the generic wording. Co-badged cards (e.g. a domestic scheme plus Visa)
 * follow whichever application the terminal used, which is the one the AID names. See
 * docs/statuses.md (disputes).
 */
export const CARD_NETWORKS = ["visa", "mastercard", "unionpay", "amex", "jcb", "discover", "unknown"] as const;
export type CardNetwork = (typeof CARD_NETWORKS)[number];

const RIDS: Readonly<Record<string, CardNetwork>> = {
  A000000003: "visa",
  A000000004: "mastercard",
  A000000005: "mastercard", // Maestro (UK/international)
  A000000333: "unionpay",
  A000000025: "amex",
  A000000065: "jcb",
  A000000152: "discover", // Discover and Diners Club International
  A000000324: "discover",
};

const LABELS: readonly [RegExp, CardNetwork][] = [
  [/VISA|ELECTRON|V PAY/, "visa"],
  [/MASTER ?CARD|MAESTRO|\bMC\b/, "mastercard"],
  [/UNION ?PAY|银联|銀聯|CUP|PBOC|QUICKPASS|闪付/, "unionpay"],
  [/AMERICAN ?EXPRESS|AMEX/, "amex"],
  [/\bJCB\b/, "jcb"],
  [/DISCOVER|DINERS/, "discover"],
];

export type CardNetworkHints = { aid?: string | null; applicationLabel?: string | null; brand?: string | null };

export function detectCardNetwork({ aid, applicationLabel, brand }: CardNetworkHints): CardNetwork {
  const rid = aid?.replace(/\s+/g, "").toUpperCase().slice(0, 10);
  if (rid && RIDS[rid]) return RIDS[rid];
  for (const text of [applicationLabel, brand]) {
    const upper = text?.normalize("NFKC").toUpperCase();
    if (!upper) continue;
    const hit = LABELS.find(([pattern]) => pattern.test(upper));
    if (hit) return hit[1];
  }
  return "unknown";
}
