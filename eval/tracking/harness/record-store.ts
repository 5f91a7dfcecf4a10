/**
 * One traveller's stored issuer records, in memory, kept exactly as
 * server/records/store-records.ts keeps them in the database: a record is stored only
 * when its fingerprint is new for the traveller (re-imports and overlapping exports add
 * nothing), each new row goes through the app's own toRecordData (the columns it writes), and
 * after each store pending holds are linked to the postings that settle them with the same
 * windows and the same linkPendingToPosted. Rows keep insertion order, as the database returns
 * them to recompute (no ORDER BY there). Ids are sequential, so runs are reproducible.
 */
import { linkPendingToPosted, type IssuerRecord } from "@/domain/issuer-records";
import type { ColumnMapping } from "@/domain/statements";
import { toDomainRecord, toRecordData, type RecordRow } from "@/server/records/record-rows";

const USER_ID = "eval-traveller";
/** store-records.ts: linkPendingToPosted looks up to 10 days after a hold (and 1 day before). */
const LINK_WINDOW_DAYS = 11;

export type StoreResult = { newCount: number; existingCount: number; linkedCount: number };

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** The row the database would hold for `record` (RECORD_ROW_SELECT's columns). */
function toRow(id: string, record: IssuerRecord, importId: string | null, createdAt: Date): RecordRow {
  const data = toRecordData(USER_ID, record, importId);
  return {
    id,
    source: data.source,
    kind: data.kind,
    state: data.state,
    transactionDate: data.transactionDate,
    transactionTime: data.transactionTime ?? null,
    postingDate: data.postingDate ?? null,
    billedAmountMinor: BigInt(data.billedAmountMinor),
    billedCurrency: data.billedCurrency,
    originalAmountMinor: data.originalAmountMinor === null || data.originalAmountMinor === undefined ? null : BigInt(data.originalAmountMinor),
    originalCurrency: data.originalCurrency ?? null,
    fxRate: data.fxRate ?? null,
    merchant: data.merchant,
    city: data.city ?? null,
    country: data.country ?? null,
    cardLast4: data.cardLast4 ?? null,
    authCode: data.authCode ?? null,
    rrn: data.rrn ?? null,
    arn: data.arn ?? null,
    issuerTransactionId: data.issuerTransactionId ?? null,
    fitId: data.fitId ?? null,
    fileRow: data.fileRow ?? null,
    fingerprint: data.fingerprint,
    linkedPendingId: null,
    createdAt,
  };
}

export class RecordStore {
  readonly rows: RecordRow[] = [];
  private readonly byFingerprint = new Map<string, RecordRow>();
  /** ColumnMappingPreset: the mapping the traveller chose for a header row (by mappingKey). */
  readonly presets = new Map<string, ColumnMapping>();
  private nextId = 1;
  private clock = Date.UTC(2020, 0, 1);

  idOfFingerprint(fingerprint: string): string | undefined {
    return this.byFingerprint.get(fingerprint)?.id;
  }

  /** storeRecords: new fingerprints are inserted, known ones counted, then holds are linked. */
  store(records: readonly IssuerRecord[], importId: string | null): StoreResult {
    const fresh: IssuerRecord[] = [];
    let existingCount = 0;
    const createdAt = new Date((this.clock += 1000));
    for (const record of records) {
      if (this.byFingerprint.has(record.fingerprint)) {
        existingCount += 1;
        continue;
      }
      const row = toRow(`r${String(this.nextId++).padStart(4, "0")}`, record, importId, createdAt);
      this.rows.push(row);
      this.byFingerprint.set(row.fingerprint, row);
      fresh.push(record);
    }
    const linkedCount = fresh.length > 0 ? this.link(fresh) : 0;
    return { newCount: fresh.length, existingCount, linkedCount };
  }

  /** linkStoredRecords: unlinked holds around the new records' dates, unlinked postings after them. */
  private link(fresh: readonly IssuerRecord[]): number {
    const dates = fresh.flatMap((r) => [r.transactionDate, r.postingDate ?? r.transactionDate]).sort();
    const from = shiftDate(dates[0] ?? "1970-01-01", -LINK_WINDOW_DAYS);
    const to = shiftDate(dates.at(-1) ?? "1970-01-01", LINK_WINDOW_DAYS);
    const postedAs = new Set(this.rows.map((row) => row.linkedPendingId).filter((id): id is string => id !== null));
    const pendingRows = this.rows.filter((row) =>
      row.state === "pending" && (row.kind === "authorisation" || row.kind === "purchase") && !postedAs.has(row.id) &&
      row.transactionDate >= from && row.transactionDate <= to);
    if (pendingRows.length === 0) return 0;
    const pendingDates = pendingRows.map((r) => r.transactionDate).sort();
    const postedFrom = shiftDate(pendingDates[0] ?? from, -1);
    const postedTo = shiftDate(pendingDates.at(-1) ?? to, LINK_WINDOW_DAYS);
    const postedRows = this.rows.filter((row) =>
      row.state === "posted" && row.kind === "purchase" && row.linkedPendingId === null &&
      row.transactionDate >= postedFrom && row.transactionDate <= postedTo);
    if (postedRows.length === 0) return 0;
    const byFingerprint = new Map([...pendingRows, ...postedRows].map((row) => [row.fingerprint, row]));
    let linked = 0;
    for (const link of linkPendingToPosted([...pendingRows, ...postedRows].map(toDomainRecord))) {
      const pending = byFingerprint.get(link.pending);
      const posted = byFingerprint.get(link.posted);
      if (!pending || !posted || posted.linkedPendingId !== null) continue;
      posted.linkedPendingId = pending.id;
      linked += 1;
    }
    return linked;
  }
}
