/**
 * Benchmark of `matchSlips` (docs/matching.md, "complexity"): generates realistic synthetic issuer
 * records for one very busy traveller — trips in six countries, statement postings billed in CNY
 * (60 % with the local amount shown), SMS holds in the local currency at China time, reversals,
 * full and partial refunds, fees, descriptors upper-cased, cut at 22–25 characters and prefixed by
 * processors — and slips for 10 % of that count (most from real purchases, some twins, some DCC,
 * some never uploaded), then times matching for 1 000, 10 000 and 100 000 records, in two settings:
 * with a reference rate for every trip (the ECB table, source d of the rate chain), and with no
 * rate table and no posting showing its local amount — every comparison then needs the trip's
 * estimated rate (source e, estimate-trip-rates.ts).
 *   npx tsx bench/matching.ts [--estimate-only]
 * Prints the best of three runs per size — wall time, and the process's CPU time beside it (the
 * machine may be shared; CPU time includes the garbage collector's parallel threads, so it can
 * exceed wall time) — and the growth ratio between sizes (≈ 1 means linear), and exits non-zero
 * when 10 000 slips × 100 000 records take over 2 s (wall) in either setting. Deterministic data
 * (seeded).
 */
import { matchSlips, type MatchRecord, type MatchSlip, type RateQuote } from "@/domain/matching";

const BUDGET_MS = 2000;
const SIZES = [1_000, 10_000, 100_000];

type Country = { currency: string; country: string; city: string; toCny: number; exp: number; min: number; max: number; words: string[] };
const COUNTRIES: Country[] = [
  { currency: "THB", country: "TH", city: "Bangkok", toCny: 0.1964, exp: 2, min: 40, max: 4000, words: ["Siam", "Thai", "Baan", "Krua", "Som", "Tam", "Chatuchak", "Sukhumvit", "Silom", "Moo", "Kaeng", "Ari"] },
  { currency: "JPY", country: "JP", city: "Tokyo", toCny: 0.0473, exp: 0, min: 120, max: 40000, words: ["Shinjuku", "Ramen", "Sushi", "Kissa", "Hanako", "Ginza", "Tsukiji", "Yakitori", "Daikichi", "Matsu", "Kura", "Izakaya"] },
  { currency: "EUR", country: "FR", city: "Paris", toCny: 7.79, exp: 2, min: 2, max: 400, words: ["Maison", "Petit", "Boulangerie", "Comptoir", "Marais", "Bistrot", "Jardin", "Louvre", "Rivoli", "Saint", "Germain", "Lune"] },
  { currency: "USD", country: "US", city: "New York", toCny: 7.21, exp: 2, min: 2, max: 400, words: ["Brooklyn", "Deli", "Pizza", "Hudson", "Liberty", "Empire", "Bagel", "Harlem", "Soho", "Grand", "Central", "Union"] },
  { currency: "GBP", country: "GB", city: "London", toCny: 9.15, exp: 2, min: 2, max: 300, words: ["Camden", "Borough", "Crown", "Arms", "Covent", "Garden", "Soho", "Thames", "Regent", "Kings", "Tavern", "Market"] },
  { currency: "KRW", country: "KR", city: "Seoul", toCny: 0.0053, exp: 0, min: 1000, max: 300000, words: ["Myeongdong", "Hongdae", "Gangnam", "Bibim", "Kimchi", "Hanok", "Insadong", "Jongno", "Samgyeop", "Mapo", "Itaewon", "Seongsu"] },
];
const PREFIXES = ["", "", "", "", "SQ *", "SUMUP *", "PAYPAL *", "ZETTLE_*", "IZ *", "TST* "];
const CARDS = ["1234", "5678", "9012"];

/** mulberry32: a small seeded generator, so every run measures the same data. */
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

const pad = (n: number) => String(n).padStart(2, "0");
const toDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** `homeOnly`: no posting shows the local amount (Chase, Citi, Revolut…): only the trip's estimated rate can compare. */
function generate(recordCount: number, seed: number, homeOnly = false) {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const merchants = COUNTRIES.map((c) => Array.from({ length: 400 }, () => `${pick(c.words)} ${pick(c.words)} ${pick(["Cafe", "House", "Shop", "Kitchen", "Store", "Bar", ""])}`.trim()));
  const records: MatchRecord[] = [];
  const slips: MatchSlip[] = [];
  const rates: RateQuote[] = [];
  const slipTarget = Math.round(recordCount / 10);
  let day = 19_723; // 2024-01-01
  let n = 0;
  const add = (r: Omit<MatchRecord, "id" | "fingerprint" | "references" | "source"> & Partial<MatchRecord>) => {
    const id = `r${++n}`;
    records.push({ source: "statement", references: {}, fingerprint: id, id, ...r } as MatchRecord);
    return id;
  };
  while (records.length < recordCount) {
    const ci = Math.floor(random() * COUNTRIES.length);
    const c = COUNTRIES[ci]!;
    const tripDays = 5 + Math.floor(random() * 6);
    rates.push({ base: c.currency, quote: "CNY", rate: c.toCny.toFixed(4), asOf: toDate(day) });
    for (let d = 0; d < tripDays && records.length < recordCount; d += 1, day += 1) {
      for (let k = 0; k < 30 && records.length < recordCount; k += 1) {
        const name = pick(merchants[ci]!);
        const card = pick(CARDS);
        const local = Math.round(Math.exp(Math.log(c.min) + random() * Math.log(c.max / c.min)) * 10 ** c.exp);
        const billed = Math.max(1, Math.round((local / 10 ** c.exp) * c.toCny * (1 + (random() - 0.5) * 0.01) * 100));
        const hour = 8 + Math.floor(random() * 14);
        const minute = Math.floor(random() * 60);
        const descriptor = `${pick(PREFIXES)}${name} ${c.city}`.toUpperCase().slice(0, 22 + Math.floor(random() * 4));
        const roll = random();
        const date = toDate(day);
        const showsLocal = random() < 0.6 && !homeOnly;
        const posting = { kind: "purchase", state: "posted", transactionDate: date, postingDate: toDate(day + 2), billedAmountMinor: billed, billedCurrency: "CNY", merchant: descriptor, cardLast4: card, ...(showsLocal ? { originalAmountMinor: local, originalCurrency: c.currency } : {}) } as const;
        if (roll < 0.03) add({ kind: "fee", state: "posted", transactionDate: date, billedAmountMinor: Math.max(1, Math.round(billed * 0.015)), billedCurrency: "CNY", merchant: "FOREIGN TRANSACTION FEE" });
        else if (roll < 0.05) {
          add({ source: "sms", kind: "authorisation", state: "pending", transactionDate: date, transactionTime: `${pad((hour + 1) % 24)}:${pad(minute)}`, billedAmountMinor: local, billedCurrency: c.currency, merchant: name.toUpperCase(), cardLast4: card });
          add({ source: "sms", kind: "reversal", state: "posted", transactionDate: toDate(day + 1), billedAmountMinor: -local, billedCurrency: c.currency, merchant: name.toUpperCase(), cardLast4: card });
        } else {
          if (roll < 0.3) add({ source: "sms", kind: "authorisation", state: "pending", transactionDate: date, transactionTime: `${pad((hour + 1) % 24)}:${pad(minute)}`, billedAmountMinor: local, billedCurrency: c.currency, merchant: name.toUpperCase(), cardLast4: card });
          add(posting);
          if (roll > 0.98) add({ ...posting, kind: "refund", transactionDate: toDate(day + 3), postingDate: toDate(day + 4), billedAmountMinor: -Math.round(billed * (roll > 0.99 ? 1 : 0.4)), ...(showsLocal ? { originalAmountMinor: -Math.round(local * (roll > 0.99 ? 1 : 0.4)) } : {}) });
        }
        if (slips.length < slipTarget && random() < 0.125) {
          const isDcc = !showsLocal && random() < 0.3;
          const slip: MatchSlip = { id: `s${slips.length + 1}`, merchantName: name, city: c.city, country: c.country, localDateTime: `${date}T${pad(hour)}:${pad(minute)}`, amountMinor: local, currency: c.currency, cardLast4: card, ...(isDcc ? { dccHomeAmountMinor: billed, dccHomeCurrency: "CNY" } : {}) };
          slips.push(slip);
          if (random() < 0.05) slips.push({ ...slip, id: `s${slips.length + 1}`, localDateTime: `${date}T${pad(hour)}:${pad((minute + 2) % 60)}` });
          if (random() < 0.05) slips.push({ ...slip, id: `s${slips.length + 1}`, merchantName: `${pick(c.words)} Corner`, amountMinor: local + 7 });
        }
      }
    }
    day += 20 + Math.floor(random() * 40);
  }
  return { records, slips: slips.slice(0, slipTarget), rates };
}

type Data = ReturnType<typeof generate>;
type Run = { ms: number; cpuMs: number; matched: number; estimated: number };

function timeRun(data: Data): Run {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = matchSlips({ ...data, today: "2035-01-01" });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const estimated = result.matches.filter((m) => m.score?.currencyPath === "estimatedFx").length;
  return { ms, cpuMs: (used.user + used.system) / 1000, matched: data.slips.length - result.unmatchedSlips.length, estimated };
}

matchSlips({ ...generate(2_000, 7), today: "2035-01-01" }); // warm-up: let the JIT compile the engine
const settings = process.argv.includes("--estimate-only") ? [false] : [true, false];
let failed = false;
for (const withRates of settings) {
  const rows: (Run & { records: number; slips: number })[] = [];
  for (const size of SIZES) {
    const generated = generate(size, 42, !withRates);
    const data = withRates ? generated : { ...generated, rates: [] };
    const runs = [timeRun(data), timeRun(data), timeRun(data)];
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    rows.push({ records: data.records.length, slips: data.slips.length, ...best });
  }
  console.log(withRates ? "\nWith a reference rate for every trip (rate chain d)" : "\nNo rate table, home amounts only: the trip's estimated rate (rate chain e)");
  console.log("records   slips    wall ms     cpu ms   µs/record   matched slips   via estimated rate   growth (time ratio / size ratio)");
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const growth = previous ? ((row.ms / previous.ms) / (row.records / previous.records)).toFixed(2) : "—";
    console.log(
      `${String(row.records).padStart(7)} ${String(row.slips).padStart(7)} ${row.ms.toFixed(1).padStart(10)} ${row.cpuMs.toFixed(1).padStart(10)} ${((row.ms * 1000) / row.records).toFixed(2).padStart(11)} ${String(row.matched).padStart(15)} ${String(row.estimated).padStart(20)}   ${growth}`,
    );
  });
  const largest = rows.at(-1)!;
  if (largest.ms > BUDGET_MS) {
    console.error(`FAIL: ${largest.slips} slips × ${largest.records} records took ${largest.ms.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
    failed = true;
  } else console.log(`OK: ${largest.slips} slips × ${largest.records} records in ${largest.ms.toFixed(0)} ms (${largest.cpuMs.toFixed(0)} ms CPU; budget ${BUDGET_MS} ms)`);
}
if (failed) process.exit(1);
