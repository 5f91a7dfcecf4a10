/**
 * "What changed" after a write (server/tracking/status-changes.ts): a statement import through
 * the real path (preview → commit → recompute) moves a slip from awaiting to posted, and the
 * list after the commit names that slip, in the reader's language; a later import lists only
 * what it changed; another user's changes never appear.
 */
import "../helpers/test-environment";
import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);

import { db } from "@/server/db";
import { createImportPreview } from "@/server/imports/import-preview";
import { commitImport } from "@/server/imports/import-commit";
import { createSlip } from "@/server/slips/slip-writes";
import { CHANGE_WINDOW_MS, listStatusChangesAfter } from "@/server/tracking/status-changes";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";

/** Three days ago: recent enough that "nothing yet" is still "waiting for the bank". */
const day = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const [year, month, date] = day.split("-");

/** A Chase credit-card export (a known layout): one sale of 12.50 per description, on the slip's day. */
function chaseCsv(descriptions: string[]): Uint8Array {
  const rows = descriptions.map((d) => `${month}/${date}/${year},${month}/${date}/${year},${d},Food & Drink,Sale,-12.50,`);
  return new TextEncoder().encode(["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", ...rows].join("\n") + "\n");
}

async function logStarbucks(userId: string) {
  const fields = slipFields({ merchantName: "STARBUCKS NEW YORK", city: "New York", country: "US", localDateTime: `${day}T09:15`, timeZone: "America/New_York", amount: "12.50", currency: "USD" });
  return (await createSlip(userId, { raw: fields, uploads: [], locale: "en" })).id;
}

async function importChase(userId: string, merchants: string[]) {
  const { id } = await createImportPreview(userId, { fileName: "chase.csv", bytes: chaseCsv(merchants) });
  await commitImport(userId, id);
  return (await db.statementImport.findUniqueOrThrow({ where: { id }, select: { committedAt: true } })).committedAt!;
}

describe("status changes after a write", () => {
  it("names the slip an import moved, in English and Chinese", async () => {
    const user = await createTestUser("changes");
    const slipId = await logStarbucks(user.id);
    expect((await db.slipTracking.findUniqueOrThrow({ where: { slipId } })).status).toBe("awaiting");
    const committedAt = await importChase(user.id, ["STARBUCKS STORE 1234 NEW YORK NY"]);
    expect((await db.slipTracking.findUniqueOrThrow({ where: { slipId } })).status).toBe("posted");

    const en = await listStatusChangesAfter(user.id, committedAt, "en");
    expect(en).toEqual({ isUpdating: false, changes: [{ slipId, to: "posted", slip: "STARBUCKS NEW YORK $12.50", status: "Probably charged once — please confirm", was: "was: Waiting for the bank" }] });
    const zh = await listStatusChangesAfter(user.id, committedAt, "zh-CN");
    expect(zh.changes[0]).toMatchObject({ slipId, status: "可能已扣款一次——请确认", was: "原为：等待银行记录" });

    // The next month's file repeats that line and has it twice: one new record, a second charge.
    // That import lists the move to "charged twice" only.
    const second = await importChase(user.id, ["STARBUCKS STORE 1234 NEW YORK NY", "STARBUCKS STORE 1234 NEW YORK NY"]);
    const after = await listStatusChangesAfter(user.id, second, "en");
    expect(after.changes.map((c) => [c.slipId, c.to, c.was])).toEqual([[slipId, "duplicate", "was: Charged once"]]);
    // The first import's page, opened later, still says what that import did.
    expect((await listStatusChangesAfter(user.id, committedAt, "en")).changes.map((c) => [c.to, c.was])).toEqual([["duplicate", "was: Waiting for the bank"]]);
  });

  it("lists nothing of another user's and nothing outside the window", async () => {
    const owner = await createTestUser("owner");
    await logStarbucks(owner.id);
    const committedAt = await importChase(owner.id, ["STARBUCKS STORE 1234 NEW YORK NY"]);
    const stranger = await createTestUser("stranger");
    expect((await listStatusChangesAfter(stranger.id, committedAt, "en")).changes).toEqual([]);
    expect((await listStatusChangesAfter(owner.id, new Date(committedAt.getTime() - CHANGE_WINDOW_MS - 60_000), "en")).changes).toEqual([]);
  });
});
