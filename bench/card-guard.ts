/**
 * How often the card-number guards are wrong (docs/card-data.md, issue 10):
 *   npx tsx bench/card-guard.ts
 * 1. False positives on identifiers: 100 000 random 15-digit identifiers (first digit 1–9, the
 *    rest uniform — MIDs, FITIDs, references), and 100 000 UnionPay-style merchant IDs ("898" + 12
 *    digits): the share each guard would refuse or cut. The general guard (free text) refuses any
 *    Luhn-valid 13–19-digit run, so about one in ten; the identifier test (issued-card-number.ts)
 *    also asks for a real IIN range and length.
 * 2. Misses on card numbers: 100 000 generated PANs in real ranges (credit-card-type's patterns
 *    and lengths, every brand, Luhn check digit), each printed with separators as people and
 *    banks write them (none, the brand's own gaps with spaces / dashes / dots / no-break or
 *    ideographic spaces, full-width digits, inside a sentence): the share the general guard does
 *    not find, the share whose redaction still leaves a card number, and the share the identifier
 *    test misses on the bare digits.
 * Deterministic (seeded); prints the figures and exits non-zero if any PAN is missed.
 */
import creditCardType from "credit-card-type";
import { containsCardNumber, isLuhnValid, redactCardNumbers } from "@/domain/cards/card-number-guard";
import { isIssuedCardNumber } from "@/domain/cards/issued-card-number";

const COUNT = 100_000;

/** mulberry32: a small seeded generator, so every run measures the same numbers. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = createRandom(2026);
const digit = () => String(Math.floor(random() * 10));
const digits = (n: number) => Array.from({ length: n }, digit).join("");
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function withCheckDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) if (isLuhnValid(body + check)) return body + check;
  throw new Error("unreachable");
}

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} % (${n} / ${d})`;

// 1. Identifiers.
function measureIdentifiers(label: string, make: () => string): void {
  let general = 0;
  let issued = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const id = make();
    if (containsCardNumber(id)) general += 1;
    if (isIssuedCardNumber(id)) issued += 1;
  }
  console.log(`${label}: general guard ${percent(general, COUNT)}; identifier test (IIN range + Luhn) ${percent(issued, COUNT)}`);
}
console.log("False positives on identifiers");
measureIdentifiers("  random 15-digit identifiers", () => String(1 + Math.floor(random() * 9)) + digits(14));
measureIdentifiers("  UnionPay-style MIDs 898…   ", () => `898${digits(12)}`);

// 2. Card numbers in real ranges.
type Range = { brand: string; low: number; high: number; lengths: readonly number[]; gaps: readonly number[] };
const ranges: Range[] = [];
for (const name of Object.values(creditCardType.types)) {
  const info = creditCardType.getTypeInfo(name);
  for (const pattern of info.patterns) {
    const [low, high] = Array.isArray(pattern) ? pattern : [pattern, pattern];
    ranges.push({ brand: info.type, low: low!, high: high!, lengths: info.lengths.filter((l) => l >= 13), gaps: info.gaps });
  }
}

const BRANDS = [...new Set(ranges.filter((r) => r.lengths.length > 0).map((r) => r.brand))];

function generatePan(): { brand: string; pan: string; gaps: readonly number[] } {
  // A brand first (one in fifteen each), then one of its ranges: Troy's 40 patterns would crowd out Visa's one.
  const brand = pick(BRANDS);
  const range = pick(ranges.filter((r) => r.brand === brand && r.lengths.length > 0));
  const prefix = String(range.low + Math.floor(random() * (range.high - range.low + 1)));
  const length = pick(range.lengths);
  return { brand: range.brand, pan: withCheckDigit(prefix + digits(length - prefix.length - 1)), gaps: range.gaps };
}

function group(pan: string, gaps: readonly number[], separator: string): string {
  let out = "";
  let last = 0;
  for (const gap of gaps) {
    if (gap >= pan.length) break;
    out += pan.slice(last, gap) + separator;
    last = gap;
  }
  return out + pan.slice(last);
}

const toFullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const LAYOUTS: readonly { name: string; print: (pan: string, gaps: readonly number[]) => string }[] = [
  { name: "bare", print: (pan) => pan },
  { name: "spaces", print: (pan, gaps) => group(pan, gaps, " ") },
  { name: "dashes", print: (pan, gaps) => group(pan, gaps, "-") },
  { name: "dots", print: (pan, gaps) => group(pan, gaps, ".") },
  { name: "double spaces", print: (pan, gaps) => group(pan, gaps, "  ") },
  { name: "no-break spaces", print: (pan, gaps) => group(pan, gaps, "\u00a0") },
  { name: "ideographic spaces", print: (pan, gaps) => group(pan, gaps, "\u3000") },
  { name: "full-width digits", print: (pan, gaps) => toFullWidth(group(pan, gaps, " ")) },
  { name: "in a sentence", print: (pan, gaps) => `Paid 45.00 with card ${group(pan, gaps, " ")} at 14:25, thanks` },
];

console.log("\nMisses on card numbers in real IIN ranges (credit-card-type patterns and lengths)");
const missed = new Map<string, number>();
let notFound = 0;
let leftAfterRedaction = 0;
let issuedMissed = 0;
const byBrand = new Map<string, number>();
for (let i = 0; i < COUNT; i += 1) {
  const { brand, pan, gaps } = generatePan();
  byBrand.set(brand, (byBrand.get(brand) ?? 0) + 1);
  const layout = LAYOUTS[i % LAYOUTS.length]!;
  const text = layout.print(pan, gaps);
  if (!containsCardNumber(text)) {
    notFound += 1;
    missed.set(layout.name, (missed.get(layout.name) ?? 0) + 1);
  }
  if (containsCardNumber(redactCardNumbers(text))) leftAfterRedaction += 1;
  if (!isIssuedCardNumber(pan)) {
    issuedMissed += 1;
    if (process.env.SHOW) console.log(brand, pan);
  }
}
console.log(`  brands: ${[...byBrand].map(([b, n]) => `${b} ${n}`).join(", ")}`);
console.log(`  layouts: ${LAYOUTS.map((l) => l.name).join(", ")} (one ninth each)`);
console.log(`  general guard, not found: ${percent(notFound, COUNT)}${missed.size ? ` — ${[...missed].map(([l, n]) => `${l} ${n}`).join(", ")}` : ""}`);
console.log(`  general guard, a card number left after redaction: ${percent(leftAfterRedaction, COUNT)}`);
console.log(`  identifier test on the bare digits, not recognised: ${percent(issuedMissed, COUNT)}`);
if (notFound + leftAfterRedaction + issuedMissed > 0) process.exitCode = 1;
