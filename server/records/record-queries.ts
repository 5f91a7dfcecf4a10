/**
 * Reads of a traveller's issuer records: newest first (the issuer's date, then time), filtered
 * by card and currency, a page at a time. Every query is scoped by the user id.
 */
import "server-only";
import { db } from "@/server/db";
import { RECORD_ROW_SELECT, toStoredRecordView, type StoredRecordView } from "@/server/records/record-rows";

export const RECORDS_PAGE_SIZE = 50;
export const MAX_RECORDS_PAGE_SIZE = 200;

export type RecordFilter = { card?: string; currency?: string; page?: number; pageSize?: number };

export type RecordPage = { records: StoredRecordView[]; page: number; pageSize: number; hasMore: boolean };

export async function listIssuerRecords(userId: string, filter: RecordFilter = {}): Promise<RecordPage> {
  const pageSize = Math.min(Math.max(filter.pageSize ?? RECORDS_PAGE_SIZE, 1), MAX_RECORDS_PAGE_SIZE);
  const page = Math.max(filter.page ?? 1, 1);
  const rows = await db.issuerRecord.findMany({
    where: {
      userId,
      ...(filter.card ? { cardLast4: filter.card } : {}),
      ...(filter.currency ? { billedCurrency: filter.currency } : {}),
    },
    orderBy: [{ transactionDate: "desc" }, { transactionTime: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    // One more than the page: tells whether there is a next page without counting everything.
    take: pageSize + 1,
    select: { ...RECORD_ROW_SELECT, postedAs: { select: { id: true } } },
  });
  const records = rows.slice(0, pageSize).map(({ postedAs, ...row }) => toStoredRecordView(row, postedAs?.id ?? null));
  return { records, page, pageSize, hasMore: rows.length > pageSize };
}

/** The cards and currencies the traveller's records use, for the filter menus. */
export async function listRecordFilterOptions(userId: string): Promise<{ cards: string[]; currencies: string[] }> {
  // groupBy is a SQL GROUP BY (Prisma's `distinct` would load every row).
  const [cards, currencies] = await Promise.all([
    db.issuerRecord.groupBy({ by: ["cardLast4"], where: { userId, cardLast4: { not: null } }, orderBy: { cardLast4: "asc" } }),
    db.issuerRecord.groupBy({ by: ["billedCurrency"], where: { userId }, orderBy: { billedCurrency: "asc" } }),
  ]);
  return { cards: cards.flatMap((c) => (c.cardLast4 ? [c.cardLast4] : [])), currencies: currencies.map((c) => c.billedCurrency) };
}

export async function countIssuerRecords(userId: string): Promise<number> {
  return db.issuerRecord.count({ where: { userId } });
}
