/**
 * The true values of each fixture slip, drawn from a seeded generator so the set is the same on
 * every machine. What a slip prints is decided here first and written to the label file; the
 * layouts only print these values in their own way. Card numbers are test numbers (Luhn-valid
 * ones only where a merchant copy prints the whole number, to exercise the cut to last 4).
 */

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function digits(rng: Rng, count: number): string {
  let out = "";
  for (let i = 0; i < count; i += 1) out += String(Math.floor(rng() * 10));
  return out;
}

export function alnum(rng: Rng, count: number): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  let out = "";
  for (let i = 0; i < count; i += 1) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

export function hex(rng: Rng, count: number): string {
  let out = "";
  for (let i = 0; i < count; i += 1) out += "0123456789ABCDEF"[Math.floor(rng() * 16)];
  return out;
}

export type Brand = "visa" | "mastercard" | "unionpay" | "jcb" | "amex" | "maestro" | "cb" | "girocard" | "troy";

/** AIDs as registered (RID + PIX) and the application labels cards carry. */
export const BRAND_APPS: Record<Brand, { aids: string[]; labels: string[]; iin: string }> = {
  visa: { aids: ["A0000000031010", "A0000000032010"], labels: ["VISA CREDIT", "VISA DEBIT", "VISA"], iin: "4" },
  mastercard: { aids: ["A0000000041010"], labels: ["MASTERCARD", "DEBIT MASTERCARD", "MASTERCARD CREDIT"], iin: "5" },
  unionpay: { aids: ["A000000333010101", "A000000333010102"], labels: ["UNIONPAY DEBIT", "UNIONPAY CREDIT", "UICC DEBIT"], iin: "62" },
  jcb: { aids: ["A0000000651010"], labels: ["JCB CREDIT", "JCB"], iin: "35" },
  amex: { aids: ["A000000025010801", "A00000002501"], labels: ["AMERICAN EXPRESS", "AMEX"], iin: "37" },
  maestro: { aids: ["A0000000043060"], labels: ["MAESTRO"], iin: "67" },
  cb: { aids: ["A0000000421010"], labels: ["CB"], iin: "4" },
  girocard: { aids: ["A0000003591010028001"], labels: ["GIROCARD"], iin: "67" },
  troy: { aids: ["A0000006723010"], labels: ["TROY"], iin: "9792" },
};

export type EntryMode = "chip" | "contactless" | "swipe" | "keyed" | "fallback";

export type Outcome =
  | { kind: "online"; responseCode: "00"; approvalCode: string }
  | { kind: "offline"; responseCode: "Y1" | "Y3"; approvalCode: string | null }
  | { kind: "declined"; responseCode: "05" | "51" | "Z1" | "Z3" | "91" };

export type Merchant = { name: string; street?: string; cityLine?: string; city?: string; phone?: string };

export type SlipTruth = {
  merchant: Merchant;
  /** Local wall clock. */
  date: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** Integer minor units of the amount charged (TOTAL, tip included). */
  totalMinor: number;
  /** Base amount before the tip, when a tip line is printed. */
  baseMinor: number;
  tipMinor: number;
  currency: string;
  exponent: number;
  brand: Brand;
  aid: string;
  applicationLabel: string;
  pan: string;
  /** How the card number is printed: masked with a character, or whole (merchant copy). */
  panStyle: "stars" | "x" | "dots" | "hash" | "first6" | "full";
  entryMode: EntryMode;
  mid: string;
  tid: string;
  batch: string;
  trace: string;
  rrn: string;
  tvr: string;
  tsi: string;
  outcome: Outcome;
  dcc: null | { homeCurrency: string; homeExponent: number; rate: string; homeMinor: number };
};

/** Luhn check digit so a "full" PAN is a real-shaped card number. */
export function completeLuhn(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i += 1) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

export function makePan(rng: Rng, brand: Brand): string {
  const iin = BRAND_APPS[brand].iin;
  const length = brand === "amex" ? 15 : brand === "girocard" ? 19 : 16;
  return completeLuhn(iin + digits(rng, length - iin.length - 1));
}

export function makeOutcome(rng: Rng, weights: { online: number; offline: number; declined: number }): Outcome {
  const total = weights.online + weights.offline + weights.declined;
  const roll = rng() * total;
  if (roll < weights.online) return { kind: "online", responseCode: "00", approvalCode: digits(rng, 6) };
  if (roll < weights.online + weights.offline) {
    const code = pick(rng, ["Y1", "Y3", "Y3"] as const);
    return { kind: "offline", responseCode: code, approvalCode: rng() < 0.5 ? code : null };
  }
  return { kind: "declined", responseCode: pick(rng, ["05", "51", "Z3", "Z1", "91"] as const) };
}

export function makeDate(rng: Rng): SlipTruth["date"] {
  const year = pick(rng, [2024, 2025]);
  const month = 1 + Math.floor(rng() * 12);
  // Days 1–28 in every month; values above 12 and below keep DD/MM versus MM/DD honest both ways.
  const day = 1 + Math.floor(rng() * 28);
  return { year, month, day, hour: Math.floor(rng() * 24), minute: Math.floor(rng() * 60), second: Math.floor(rng() * 60) };
}

export function makeAmountMinor(rng: Rng, exponent: number, low: number, high: number): number {
  const major = low + rng() * (high - low);
  if (exponent === 0) return Math.round(major / 10) * 10 || 10;
  const scale = 10 ** exponent;
  return Math.round(major * scale);
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "1,250.00" style (sep and decimal chosen by the layout). */
export function formatMinor(minor: number, exponent: number, options: { thousands?: string; decimal?: string } = {}): string {
  const { thousands = ",", decimal = "." } = options;
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const scale = 10 ** exponent;
  const major = Math.floor(abs / scale);
  const fraction = exponent > 0 ? String(abs % scale).padStart(exponent, "0") : "";
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? "-" : "") + grouped + (exponent > 0 ? decimal + fraction : "");
}

/** The amount as the slip form takes it: plain decimal, "." as the point, no grouping. */
export function toFormAmount(minor: number, exponent: number): string {
  return formatMinor(minor, exponent, { thousands: "", decimal: "." });
}
