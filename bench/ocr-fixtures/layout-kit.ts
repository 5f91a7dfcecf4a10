/**
 * What a layout is: how one kind of terminal prints a slip (its labels, order, date format,
 * mask character, language), and the kit it prints with. A layout prints from a `SlipTruth` and
 * records every field it printed, so the label file says exactly what is on the paper.
 */
import {
  BRAND_APPS, formatMinor, makeAmountMinor, makeDate, makeOutcome, makePan, pad2, pick, toFormAmount,
  type Brand, type EntryMode, type Merchant, type Outcome, type Rng, type SlipTruth, alnum, digits, hex,
} from "./slip-values";

export type PrintedLine = { left?: string; right?: string; center?: string; size?: number; bold?: boolean };

export type LabelField =
  | "merchantName" | "city" | "localDateTime" | "amount" | "currency" | "cardLast4" | "brand" | "entryMode"
  | "mid" | "tid" | "batch" | "trace" | "rrn" | "approvalCode" | "aid" | "applicationLabel" | "tvr" | "tsi"
  | "responseCode" | "offlineWording" | "dccRate" | "dccHomeAmount" | "dccHomeCurrency";

export type Labels = Partial<Record<LabelField, string>>;

export type Layout = {
  id: string;
  /** Where the layout comes from: a key into SOURCES.md. */
  source: string;
  language: string;
  country: string;
  /** Characters per line of the printer (58 mm ≈ 32, 80 mm ≈ 42). */
  cols: number;
  /** fontconfig family names, first that has the glyphs. */
  font: string;
  make: (rng: Rng) => SlipTruth;
  print: (truth: SlipTruth, p: Printer) => void;
};

export class Printer {
  readonly lines: PrintedLine[] = [];
  readonly labels: Labels = {};
  constructor(readonly cols: number) {}

  put(field: LabelField, value: string): void {
    this.labels[field] = value;
  }
  center(text: string, size = 1, bold = false): void {
    this.lines.push({ center: text, size, bold });
  }
  row(text: string, size = 1, bold = false): void {
    this.lines.push({ left: text, size, bold });
  }
  pair(left: string, right: string, size = 1, bold = false): void {
    this.lines.push({ left, right, size, bold });
  }
  rule(char = "-"): void {
    this.lines.push({ left: char.repeat(this.cols) });
  }
  blank(): void {
    this.lines.push({ left: "" });
  }
}

export type TruthOptions = {
  currency: string;
  exponent: number;
  amount: [number, number];
  brands: Brand[];
  entryModes: EntryMode[];
  merchants: Merchant[];
  panStyles: SlipTruth["panStyle"][];
  outcome?: { online: number; offline: number; declined: number };
  tipRate?: number;
  dcc?: { homes: Array<{ currency: string; exponent: number; rate: [number, number] }>; rate: number };
  mid?: (rng: Rng) => string;
  tid?: (rng: Rng) => string;
};

export function makeTruth(rng: Rng, o: TruthOptions): SlipTruth {
  const brand = pick(rng, o.brands);
  const app = BRAND_APPS[brand];
  const baseMinor = makeAmountMinor(rng, o.exponent, o.amount[0], o.amount[1]);
  const tipMinor = o.tipRate && rng() < o.tipRate ? Math.round(baseMinor * (0.1 + rng() * 0.1)) : 0;
  const outcome: Outcome = makeOutcome(rng, o.outcome ?? { online: 3, offline: 4, declined: 2 });
  let dcc: SlipTruth["dcc"] = null;
  const dccHome = o.dcc && rng() < o.dcc.rate ? pick(rng, o.dcc.homes) : null;
  if (dccHome) {
    const rate = dccHome.rate[0] + rng() * (dccHome.rate[1] - dccHome.rate[0]);
    const rateText = rate.toFixed(rate < 1 ? 6 : 4);
    const total = baseMinor + tipMinor;
    const homeMinor = Math.round((total / 10 ** o.exponent) * Number(rateText) * 10 ** dccHome.exponent);
    dcc = { homeCurrency: dccHome.currency, homeExponent: dccHome.exponent, rate: rateText, homeMinor };
  }
  return {
    merchant: pick(rng, o.merchants),
    date: makeDate(rng),
    totalMinor: baseMinor + tipMinor,
    baseMinor,
    tipMinor,
    currency: o.currency,
    exponent: o.exponent,
    brand,
    aid: pick(rng, app.aids),
    applicationLabel: pick(rng, app.labels),
    pan: makePan(rng, brand),
    panStyle: pick(rng, o.panStyles),
    entryMode: pick(rng, o.entryModes),
    mid: o.mid ? o.mid(rng) : digits(rng, 15),
    tid: o.tid ? o.tid(rng) : digits(rng, 8),
    batch: digits(rng, 6),
    trace: digits(rng, 6),
    rrn: digits(rng, 12),
    tvr: rng() < 0.5 ? "0000000000" : `0${hex(rng, 1)}000${pick(rng, ["0", "8"])}${hex(rng, 1)}000`,
    tsi: pick(rng, ["E800", "F800", "6800", "0000"]),
    outcome,
    dcc,
  };
}

/** The masked card number as printed; "full" prints every digit (a merchant copy). */
export function maskPan(truth: SlipTruth, grouped = true): string {
  const pan = truth.pan;
  const last4 = pan.slice(-4);
  const hidden = pan.length - 4;
  const group = (text: string) => (grouped ? text.replace(/(.{4})(?=.)/g, "$1 ") : text);
  switch (truth.panStyle) {
    case "stars": return group("*".repeat(hidden) + last4);
    case "x": return group("X".repeat(hidden) + last4);
    case "dots": return `•••• ${last4}`;
    case "hash": return "#".repeat(hidden) + last4;
    case "first6": return pan.slice(0, 6) + "*".repeat(hidden - 6) + last4;
    case "full": return group(pan);
  }
}

export function printCard(truth: SlipTruth, p: Printer, label: string, grouped = true): void {
  p.pair(label, maskPan(truth, grouped));
  p.put("cardLast4", truth.pan.slice(-4));
}

export function localDateTime(truth: SlipTruth): string {
  const d = truth.date;
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}T${pad2(d.hour)}:${pad2(d.minute)}`;
}

export function putDate(p: Printer, truth: SlipTruth): void {
  p.put("localDateTime", localDateTime(truth));
}

export function money(truth: SlipTruth, minor: number, options?: { thousands?: string; decimal?: string }): string {
  return formatMinor(minor, truth.exponent, options);
}

export function putAmount(p: Printer, truth: SlipTruth): void {
  p.put("amount", toFormAmount(truth.totalMinor, truth.exponent));
  p.put("currency", truth.currency);
}

export function putDcc(p: Printer, truth: SlipTruth): void {
  if (!truth.dcc) return;
  p.put("dccRate", truth.dcc.rate);
  p.put("dccHomeAmount", toFormAmount(truth.dcc.homeMinor, truth.dcc.homeExponent));
  p.put("dccHomeCurrency", truth.dcc.homeCurrency);
}

export function putEmv(p: Printer, truth: SlipTruth, fields: Array<"aid" | "applicationLabel" | "tvr" | "tsi">): void {
  for (const field of fields) p.put(field, truth[field]);
}

export const MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export function time24(truth: SlipTruth, seconds = true): string {
  const d = truth.date;
  return `${pad2(d.hour)}:${pad2(d.minute)}${seconds ? `:${pad2(d.second)}` : ""}`;
}

export function time12(truth: SlipTruth): string {
  const d = truth.date;
  const hour = d.hour % 12 === 0 ? 12 : d.hour % 12;
  return `${pad2(hour)}:${pad2(d.minute)} ${d.hour < 12 ? "AM" : "PM"}`;
}

export { alnum, digits, hex, pad2, pick };
