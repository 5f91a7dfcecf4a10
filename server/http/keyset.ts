/**
 * Keyset pagination for lists ordered newest first by a slip's local date-time: the cursor is
 * the last row's (localDateTime, id), so a page costs the same however deep it is and a slip
 * logged meanwhile neither repeats nor skips a row. Cursors travel in URLs (`?after=`), so
 * they are validated like any input; a malformed one reads as "from the start".
 */
import "server-only";
import { z } from "zod";

export const PAGE_SIZE = 50;

export type Cursor = { localDateTime: string; id: string };

const cursorSchema = z.object({
  localDateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.localDateTime}~${cursor.id}`;
}

export function readCursor(raw: unknown): Cursor | null {
  if (typeof raw !== "string" || raw.length > 100) return null;
  const [localDateTime, id] = raw.split("~");
  const parsed = cursorSchema.safeParse({ localDateTime, id });
  return parsed.success ? parsed.data : null;
}

/** The rows strictly after the cursor in (localDateTime desc, id desc) order. */
export function afterCursor(cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ localDateTime: { lt: cursor.localDateTime } }, { localDateTime: cursor.localDateTime, id: { lt: cursor.id } }] };
}

export const NEWEST_FIRST = [{ localDateTime: "desc" as const }, { id: "desc" as const }];

/** Rows were read with take: size + 1; the extra row only says whether a next page exists. */
export function pageOf<T extends Cursor>(rows: T[], size: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}
