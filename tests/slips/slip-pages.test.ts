/**
 * Lists come a page at a time (keyset on the slip's local time and id): following nextCursor
 * visits every slip once, newest first, and a malformed cursor reads as the first page.
 */
import "../helpers/test-environment";
import { describe, expect, it } from "vitest";
import { createSlip } from "@/server/slips/slip-writes";
import { listSlipsForUser } from "@/server/slips/slip-queries";
import { getPaymentsForUser } from "@/server/tracking/tracking-queries";
import { readCursor } from "@/server/http/keyset";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";

async function logSlips(userId: string, count: number, day = "2025-03-14") {
  const ids: string[] = [];
  // Two slips share each minute, so the id decides between them.
  for (let i = 0; i < count; i++) {
    const minute = String(Math.floor(i / 2)).padStart(2, "0");
    ids.push((await createSlip(userId, { raw: slipFields({ localDateTime: `${day}T10:${minute}`, merchantName: `Shop ${i}` }), uploads: [], locale: "en" })).id);
  }
  return ids;
}

describe("listSlipsForUser pages", () => {
  it("visits every slip once, newest first, page by page", async () => {
    const user = await createTestUser("pages");
    const ids = await logSlips(user.id, 12);
    const seen: { id: string; localDateTime: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listSlipsForUser(user.id, { cursor: readCursor(cursor), size: 5 });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen.map((s) => s.id))).toEqual(new Set(ids));
    expect(seen.map((s) => s.localDateTime)).toEqual([...seen.map((s) => s.localDateTime)].sort().reverse());
  });

  it("reads a malformed cursor as the first page, and another user's slips never appear", async () => {
    const owner = await createTestUser("pages-owner");
    const other = await createTestUser("pages-other");
    await logSlips(owner.id, 3);
    expect(readCursor("2025-03-14T10:00~'; DROP TABLE")).toBeNull();
    expect((await listSlipsForUser(owner.id, { cursor: readCursor("nonsense") })).items).toHaveLength(3);
    expect((await listSlipsForUser(other.id)).items).toEqual([]);
  });

  it("pages the payments list the same way", async () => {
    const user = await createTestUser("pay-pages");
    // Yesterday: none of them needs action yet, so all are "others" and paged.
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await logSlips(user.id, 7, yesterday);
    const first = await getPaymentsForUser(user.id, today, { size: 4 });
    expect(first.needsAction).toEqual([]);
    expect(first.others).toHaveLength(4);
    const second = await getPaymentsForUser(user.id, today, { cursor: readCursor(first.nextCursor), size: 4 });
    expect(second.others).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.others, ...second.others].map((i) => i.slipId)).size).toBe(7);
  });
});
