/**
 * Runs one trip the way the app would for a fresh traveller: every slip through the slip form's
 * own schema (makeSlipInputSchema, with the country's single time zone filled in as
 * read-slip-input.ts does) into the row the database keeps; every issuer file through the
 * import path (app-import.ts) into one RecordStore; then exactly what
 * server/tracking/recompute.ts deriveAll does — the database rows mapped by the app's own
 * tracking-inputs.ts, matchSlips with no decisions, resolveCharges and deriveSlipStatus on the
 * trip's `today`. It returns what happened, unscored.
 */
import { matchSlips, recordsById, resolveCharges, type ChargeIds, type MatchRecord, type ProposedMatch } from "@/domain/matching";
import { defaultTimeZoneForCountry, makeSlipInputSchema, type SlipInput } from "@/domain/slips";
import { deriveSlipStatus, type SlipStatusResult } from "@/domain/status";
import { toMatchRecord, toMatchSlip, toPaidInstead, type TrackingSlipRow } from "@/server/tracking/tracking-inputs";
import { importStatement, pasteAlerts, type FileImport } from "./app-import";
import { makeLocator, type FileLocator } from "./locate-records";
import { RecordStore } from "./record-store";
import type { LoadedTrip, TripSlip } from "./trip-types";

export type SlipRun = { id: string; ok: true; status: SlipStatusResult; charges: ChargeIds[] } | { id: string; ok: false; errors: string[] };

export type TripRun = {
  loaded: LoadedTrip;
  store: RecordStore;
  imports: FileImport[];
  locators: Map<string, FileLocator>;
  slips: SlipRun[];
  matches: ProposedMatch[];
};

const big = (value: number | undefined) => (value === undefined ? null : BigInt(value));
const orNull = <T>(value: T | undefined) => (value === undefined ? null : value);

/** read-slip-input.ts withCountryTimeZone: a blank zone is the country's zone when it has only one. */
function withCountryTimeZone(raw: Record<string, string>): Record<string, string> {
  if ((raw.timeZone ?? "").trim() !== "" || !raw.country) return raw;
  const { zones } = defaultTimeZoneForCountry(raw.country);
  return zones.length === 1 && zones[0] ? { ...raw, timeZone: zones[0] } : raw;
}

/** slip-writes.ts toSlipData, narrowed to TRACKING_SLIP_SELECT: the columns recompute reads. */
function toSlipRow(id: string, input: SlipInput): TrackingSlipRow {
  return {
    id, merchantName: input.merchantName, city: orNull(input.city), country: input.country, localDateTime: input.localDateTime,
    amountMinor: BigInt(input.amountMinor), currency: input.currency, cardLast4: input.cardLast4, approvalCode: orNull(input.approvalCode),
    rrn: orNull(input.rrn), dccHomeAmountMinor: big(input.dccHomeAmountMinor), dccHomeCurrency: orNull(input.dccHomeCurrency),
    offlineWording: orNull(input.offlineWording), responseCode: orNull(input.responseCode), aid: orNull(input.aid),
    applicationLabel: orNull(input.applicationLabel), paidInsteadMethod: orNull(input.paidInsteadMethod),
    paidInsteadAmountMinor: big(input.paidInsteadAmountMinor), paidInsteadCurrency: orNull(input.paidInsteadCurrency),
  };
}

export function readSlip(slip: TripSlip, today: string): { ok: true; input: SlipInput } | { ok: false; errors: string[] } {
  // The traveller logs the slip on or before `today`; the future-date rule compares with that day's end.
  const parsed = makeSlipInputSchema({ now: new Date(`${today}T23:59:59Z`), locale: "en" }).safeParse(withCountryTimeZone(slip.form));
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  return { ok: true, input: parsed.data };
}

export function runTrip(loaded: LoadedTrip): TripRun {
  const { trip } = loaded;
  const store = new RecordStore();
  const imports: FileImport[] = [];
  const locators = new Map<string, FileLocator>();
  trip.files.forEach((file, index) => {
    const bytes = loaded.bytes.get(file.name) ?? new Uint8Array();
    const outcome = file.kind === "alerts"
      ? pasteAlerts(store, file.name, Buffer.from(bytes).toString("utf8"), new Date(file.pastedAt ?? `${trip.today}T12:00:00Z`))
      : importStatement(store, file.name, bytes, loaded.mappings.get(file.name), `import-${index + 1}`);
    imports.push(outcome);
    locators.set(file.name, makeLocator(file, bytes, outcome.format, outcome.delimiter));
  });

  const read = trip.slips.map((slip) => ({ slip, result: readSlip(slip, trip.today) }));
  const rows = read.flatMap(({ slip, result }) => (result.ok ? [toSlipRow(slip.id, result.input)] : []));
  const records = store.rows.map(toMatchRecord);
  // recompute.ts deriveAll, line for line.
  const slips = rows.map(toMatchSlip);
  // No cached reference rates: a fresh server with ECB_RATES off (the harness never fetches).
  const result = matchSlips({ slips, records, decisions: [], rates: [], today: trip.today });
  const chargesBySlip = new Map(result.charges.map((entry) => [entry.slipId, entry.charges]));
  const byId = recordsById(records as MatchRecord[]);
  const statuses = new Map(rows.map((row, index) => {
    const chargeIds: ChargeIds[] = chargesBySlip.get(row.id) ?? [];
    const status = deriveSlipStatus({
      slip: slips[index]!, charges: resolveCharges(chargeIds, byId), paidInstead: toPaidInstead(row), today: trip.today,
    });
    return [row.id, { status, chargeIds }] as const;
  }));
  const slipRuns: SlipRun[] = read.map(({ slip, result: r }) => {
    if (!r.ok) return { id: slip.id, ok: false, errors: r.errors };
    const derived = statuses.get(slip.id)!;
    return { id: slip.id, ok: true, status: derived.status, charges: derived.chargeIds };
  });
  return { loaded, store, imports, locators, slips: slipRuns, matches: result.matches };
}
