/**
 * The ECB's daily euro reference rates as source (d) of the rate chain (docs/matching.md
 * "Reference rates"). With ECB_RATES=on the server fetches the ECB's last-90-days file
 * (ECB_RATES_URL to point elsewhere) at most once every six hours, when tracking is recomputed,
 * with a 5 s timeout and a 5 MB cap; the rates are kept in ReferenceRate, so a day once fetched
 * stays known offline and after restarts. Recompute passes the cached rates around the
 * traveller's slip dates to matching, which crosses them through the euro. A failed fetch is
 * logged and changes nothing: matching then has the other sources. Off (the default), nothing is
 * fetched; rates already cached are still used.
 */
import "server-only";
import { parseEcbReferenceRates } from "@/domain/fx";
import type { RateQuote } from "@/domain/matching";
import { db } from "@/server/db";
import { env } from "@/env";
import { logger } from "@/server/logger";

const SOURCE = "ECB";
const REFRESH_MS = 6 * 60 * 60 * 1000;
const TIMEOUT_MS = 5000;
const MAX_CHARS = 5_000_000;
/** Matching looks up to 10 days after a slip, and reference rates up to a week before a day. */
const MARGIN_DAYS = 14;

export type FetchText = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
export type RefreshOptions = { enabled?: boolean; url?: string; fetch?: FetchText; now?: number; force?: boolean };
export type RefreshResult = { fetched: boolean; stored: number; error?: string };

let lastAttempt = Number.NEGATIVE_INFINITY;

/** Fetches and caches the ECB file when switched on and due; never throws. */
export async function refreshReferenceRates(options: RefreshOptions = {}): Promise<RefreshResult> {
  const enabled = options.enabled ?? env.ECB_RATES;
  if (!enabled) return { fetched: false, stored: 0 };
  const now = options.now ?? Date.now();
  if (!options.force && now - lastAttempt < REFRESH_MS) return { fetched: false, stored: 0 };
  lastAttempt = now;
  const url = options.url ?? env.ecbRatesUrl;
  try {
    const response = await (options.fetch ?? (fetch as FetchText))(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_CHARS) throw new Error("file too large");
    const { quotes, issues } = parseEcbReferenceRates(text);
    if (quotes.length === 0) throw new Error(issues[0]?.message ?? "no rates in the file");
    const stored = await storeQuotes(quotes);
    logger.info({ quotes: quotes.length, stored }, "ECB reference rates refreshed");
    return { fetched: true, stored };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ err: message }, "ECB reference rates not refreshed");
    return { fetched: false, stored: 0, error: message };
  }
}

/** New (day, currency) quotes only: a published rate never changes. */
async function storeQuotes(quotes: readonly RateQuote[]): Promise<number> {
  const days = [...new Set(quotes.map((q) => q.asOf))];
  const known = new Set(
    (await db.referenceRate.findMany({ where: { source: SOURCE, asOf: { in: days } }, select: { base: true, quote: true, asOf: true } }))
      .map((r) => `${r.base} ${r.quote} ${r.asOf}`),
  );
  const fresh = quotes.filter((q) => !known.has(`${q.base} ${q.quote} ${q.asOf}`)).map((q) => ({ source: SOURCE, base: q.base, quote: q.quote, asOf: q.asOf, rate: q.rate }));
  if (fresh.length > 0) await db.referenceRate.createMany({ data: fresh });
  return fresh.length;
}

function shift(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** The cached rates from a little before the first to a little after the last of `dates`. */
export async function loadReferenceRates(dates: readonly string[]): Promise<RateQuote[]> {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const rows = await db.referenceRate.findMany({
    where: { asOf: { gte: shift(sorted[0]!, -MARGIN_DAYS), lte: shift(sorted.at(-1)!, MARGIN_DAYS) } },
    select: { base: true, quote: true, rate: true, asOf: true, source: true },
    orderBy: [{ asOf: "asc" }, { quote: "asc" }],
  });
  return rows.map((r) => ({ base: r.base, quote: r.quote, rate: r.rate, asOf: r.asOf, source: r.source }));
}
