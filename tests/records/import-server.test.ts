/**
 * Statement imports and pasted alerts below the browser, on a throwaway database: upload →
 * preview → commit through the real server functions and route handlers; re-import and
 * overlapping periods add nothing; a remembered column mapping; holds linked to postings.
 */
import "../helpers/test-environment";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import fc from "fast-check";
import { db } from "@/server/db";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { createImportPreview, rereadImport } from "@/server/imports/import-preview";
import { commitImport } from "@/server/imports/import-commit";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { getImportForUser } from "@/server/imports/import-queries";
import { listIssuerRecords } from "@/server/records/record-queries";
import { AppError } from "@/server/errors";
import { POST as uploadRoute } from "@/app/api/imports/route";
import { signedIn } from "../helpers/next-stand-ins";
import { createTestUser } from "../helpers/slip-fixtures";
import { chaseCsv, fixtureBytes } from "../helpers/record-fixtures";

afterEach(() => {
  signedIn.user = null;
});

const NOW = new Date("2026-11-26T12:00:00Z");

async function importFile(userId: string, fileName: string, bytes: Uint8Array, options = {}) {
  const { id } = await createImportPreview(userId, { fileName, bytes, options }, NOW);
  return { id, ...(await commitImport(userId, id, NOW)) };
}

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]> | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors;
}

describe("statement import", () => {
  it("previews a known layout without saving anything, then saves all of it on commit", async () => {
    const user = await createTestUser();
    const { id } = await createImportPreview(user.id, { fileName: "Chase.CSV", bytes: fixtureBytes("chase-credit-card.csv") }, NOW);
    const view = await getImportForUser(user.id, id);
    expect(view).toMatchObject({ format: "csv", layout: "chase-credit-card", status: "preview", needsMapping: false });
    expect(view?.recordCount).toBeGreaterThan(3);
    expect(view?.data.firstRecords[0]).toMatchObject({ source: "statement", billedCurrency: "USD" });
    expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(0);

    const result = await commitImport(user.id, id, NOW);
    expect(result).toEqual({ newCount: view?.recordCount, existingCount: 0, updatedCount: 0, linkedCount: 0, alreadyCommitted: false });
    expect(await db.issuerRecord.count({ where: { userId: user.id, importId: id } })).toBe(view?.recordCount);
    const stored = await db.statementImport.findUniqueOrThrow({ where: { id }, select: { status: true, fileBytes: true, recordsJson: true } });
    expect(stored).toEqual({ status: "committed", fileBytes: null, recordsJson: null });
  });

  it("adds nothing when the same file is imported again, and committing twice changes nothing", async () => {
    const user = await createTestUser();
    const first = await importFile(user.id, "monzo.csv", fixtureBytes("monzo.csv"));
    expect(first.newCount).toBeGreaterThan(0);
    const again = await importFile(user.id, "monzo-again.csv", fixtureBytes("monzo.csv"));
    expect(again).toMatchObject({ newCount: 0, existingCount: first.newCount });
    expect(await commitImport(user.id, first.id, NOW)).toEqual({ newCount: first.newCount, existingCount: 0, updatedCount: 0, linkedCount: 0, alreadyCommitted: true });
    expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(first.newCount);
  });

  it("adds only the new rows of an overlapping period, keeping two identical purchases", async () => {
    const user = await createTestUser();
    const first = await importFile(user.id, "a.csv", chaseCsv(["CAFE A", "CAFE B", "CAFE B"]));
    expect(first.newCount).toBe(3);
    const second = await importFile(user.id, "b.csv", chaseCsv(["CAFE A", "CAFE B", "CAFE B", "CAFE D"]));
    expect(second).toMatchObject({ newCount: 1, existingCount: 3 });
  });

  it("re-importing any file is idempotent (property)", async () => {
    const user = await createTestUser();
    const merchant = fc.stringMatching(/^[A-Z][A-Z0-9 ]{0,14}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(merchant, { minLength: 1, maxLength: 12 }), async (merchants) => {
        const before = await db.issuerRecord.count({ where: { userId: user.id } });
        const once = await importFile(user.id, "p.csv", chaseCsv(merchants));
        const twice = await importFile(user.id, "p.csv", chaseCsv(merchants));
        expect(twice.newCount).toBe(0);
        expect(twice.existingCount).toBe(once.newCount + once.existingCount);
        expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(before + once.newCount);
      }),
      { numRuns: 15 },
    );
  });

  it("asks for columns for an unknown CSV, then remembers them for the next file with the same header", async () => {
    const user = await createTestUser();
    const { id } = await createImportPreview(user.id, { fileName: "banco.csv", bytes: fixtureBytes("unknown-bank.csv") }, NOW);
    const asked = await getImportForUser(user.id, id);
    expect(asked).toMatchObject({ needsMapping: true, recordCount: 0 });
    expect(asked?.data.headers).toEqual(["Fecha", "Concepto", "Cargo", "Abono", "Divisa"]);
    await expect(commitImport(user.id, id, NOW)).rejects.toBeInstanceOf(AppError);

    const mapping = { date: 0, description: 1, debit: 2, credit: 3, currency: 4, dateFormat: "DD/MM/YYYY" as const, decimalSeparator: "," as const };
    await rereadImport(user.id, id, { mapping });
    const mapped = await getImportForUser(user.id, id);
    expect(mapped).toMatchObject({ needsMapping: false, recordCount: 3 });
    expect(mapped?.data.firstRecords.map((r) => r.billedAmountMinor)).toEqual([1250, 123456, -123456]);

    const { id: next } = await createImportPreview(user.id, { fileName: "banco-dic.csv", bytes: fixtureBytes("unknown-bank.csv") }, NOW);
    const remembered = await getImportForUser(user.id, next);
    expect(remembered).toMatchObject({ needsMapping: false, recordCount: 3, data: { presetApplied: true } });
    // Another traveller's mapping is never used.
    const other = await createTestUser("other");
    const { id: theirs } = await createImportPreview(other.id, { fileName: "banco.csv", bytes: fixtureBytes("unknown-bank.csv") }, NOW);
    expect(await getImportForUser(other.id, theirs)).toMatchObject({ needsMapping: true });
  });

  it("refuses a mapping that does not fit the file, and keeps the preview as it was", async () => {
    const user = await createTestUser();
    const { id } = await createImportPreview(user.id, { fileName: "banco.csv", bytes: fixtureBytes("unknown-bank.csv") }, NOW);
    expect(await refusal(rereadImport(user.id, id, { mapping: { date: 0, description: 40, amount: 41, currencyCode: "EUR" } }))).toEqual({ _form: ["records.csv.mappingInvalid"] });
    expect(await getImportForUser(user.id, id)).toMatchObject({ needsMapping: true });
  });

  it("reads a QIF once its currency is chosen, and an OFX as it is", async () => {
    const user = await createTestUser();
    const { id } = await createImportPreview(user.id, { fileName: "bank.qif", bytes: fixtureBytes("bank.qif") }, NOW);
    expect((await getImportForUser(user.id, id))?.data.issues).toContainEqual({ line: 0, message: "statement.currencyNeeded" });
    await rereadImport(user.id, id, { currency: "USD" });
    expect((await getImportForUser(user.id, id))?.recordCount).toBeGreaterThan(0);
    const ofx = await importFile(user.id, "bank.ofx", fixtureBytes("bank-sgml.ofx"));
    expect(ofx.newCount).toBeGreaterThan(0);
    expect(await db.issuerRecord.count({ where: { userId: user.id, importId: ofx.id, fitId: { not: null } } })).toBe(ofx.newCount);
  });

  it("refuses an empty file, an XML bomb and a file over 10 MB without storing them", async () => {
    const user = await createTestUser();
    expect(await refusal(createImportPreview(user.id, { fileName: "x.csv", bytes: new Uint8Array() }))).toEqual({ file: ["records.statement.empty"] });
    const bomb = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol2;</Document>');
    expect(await refusal(createImportPreview(user.id, { fileName: "camt.xml", bytes: bomb }))).toEqual({ file: ["records.xml.declarationRefused"] });
    expect(await refusal(createImportPreview(user.id, { fileName: "big.csv", bytes: new Uint8Array(10 * 1024 * 1024 + 1) }))).toEqual({ file: ["records.statement.tooLarge"] });
    expect(await refusal(createImportPreview(user.id, { fileName: "c.csv", bytes: chaseCsv(["A"]), options: { layoutId: "no-such-bank" } }))).toEqual({ layoutId: ["imports.errors.layout"] });
    expect(await db.statementImport.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never stores a full card number from any cell (property)", async () => {
    const user = await createTestUser();
    const pan = fc.constantFrom("4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009", "6011000990139424");
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 12 }), pan, fc.string({ maxLength: 12 }), async (before, number, after) => {
        const cell = `${before}${number}${after}`.replace(/[",\n\r]/g, " ");
        const { id } = await createImportPreview(user.id, { fileName: "c.csv", bytes: chaseCsv([`SHOP ${cell}`]) }, NOW);
        await commitImport(user.id, id, NOW);
        const rows = await db.issuerRecord.findMany({ where: { userId: user.id, importId: id } });
        for (const row of rows) for (const value of Object.values(row)) if (typeof value === "string") expect(containsCardNumber(value)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it("previews 50 records but saves all of them", async () => {
    const user = await createTestUser();
    const merchants = Array.from({ length: 120 }, (_, i) => `SHOP ${i}`);
    const done = await importFile(user.id, "many.csv", chaseCsv(merchants));
    expect((await getImportForUser(user.id, done.id))?.data.firstRecords).toHaveLength(50);
    expect(done.newCount).toBe(120);
    const page = await listIssuerRecords(user.id, { pageSize: 100 });
    expect(page).toMatchObject({ page: 1, pageSize: 100, hasMore: true });
    expect((await listIssuerRecords(user.id, { pageSize: 100, page: 2 })).records).toHaveLength(20);
  });
});

describe("pending holds and their postings", () => {
  it("links an alert's hold to the statement row that posts it — both kept, counted once", async () => {
    const user = await createTestUser();
    const pasted = await pasteAlerts(user.id, "Chase Freedom: You made a $34.80 transaction with 7-ELEVEN BANGKOK on Nov 3, 2026 at 2:25 AM ET.", NOW);
    expect(pasted.records).toHaveLength(1);
    const result = await importFile(user.id, "chase.csv", fixtureBytes("chase-credit-card.csv"));
    expect(result.linkedCount).toBe(1);
    const hold = await db.issuerRecord.findFirstOrThrow({ where: { userId: user.id, source: "sms" }, select: { id: true, postedAs: { select: { merchant: true, state: true } } } });
    expect(hold.postedAs).toEqual({ merchant: "7-ELEVEN BANGKOK TH", state: "posted" });
    // Importing the statement again neither adds records nor links twice.
    expect(await importFile(user.id, "chase.csv", fixtureBytes("chase-credit-card.csv"))).toMatchObject({ newCount: 0, linkedCount: 0 });
    expect(await db.issuerRecord.count({ where: { userId: user.id, linkedPendingId: { not: null } } })).toBe(1);
  });
});

describe("a hold pasted after its posting", () => {
  it("links to a posting with a tip on top (within the 20 % band) among many others, and not to one outside it", async () => {
    const user = await createTestUser();
    const header = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo";
    // 300 other postings that week (none within 20 % of 34.80), the tipped one, and one just outside the band.
    const others = Array.from({ length: 300 }, (_, i) => `11/0${3 + (i % 5)}/2026,11/0${4 + (i % 5)}/2026,SHOP ${i},Shopping,Sale,-${(60 + i).toFixed(2)},`);
    const rows = [...others, "11/03/2026,11/05/2026,7-ELEVEN BANGKOK TH,Groceries,Sale,-40.00,", "11/03/2026,11/05/2026,7-ELEVEN BANGKOK TH,Groceries,Sale,-42.00,"];
    await importFile(user.id, "posted-first.csv", new TextEncoder().encode([header, ...rows].join("\n") + "\n"));
    await pasteAlerts(user.id, "Chase Freedom: You made a $34.80 transaction with 7-ELEVEN BANGKOK on Nov 3, 2026 at 2:25 AM ET.", NOW);
    const hold = await db.issuerRecord.findFirstOrThrow({ where: { userId: user.id, source: "sms" }, select: { postedAs: { select: { billedAmountMinor: true } } } });
    expect(hold.postedAs?.billedAmountMinor).toBe(4000n);
  });
});

describe("overlapping exports", () => {
  const header = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo";
  const csv = (...rows: string[]) => new TextEncoder().encode([header, ...rows].join("\n") + "\n");

  it("marks a never-booked row that a later export of the account drops as released, and clears it when it comes back", async () => {
    const user = await createTestUser();
    await importFile(user.id, "oct-20.csv", csv(
      "10/19/2026,,HOTEL INDIGO BANGKOK,Travel,Sale,-231.17,", // unbooked, booked later
      "10/17/2026,,HOTEL INDIGO BANGKOK,Travel,Sale,-137.60,", // unbooked, dropped later
      "10/15/2026,10/16/2026,7-ELEVEN SUKHUMVIT 11,Groceries,Sale,-3.30,",
    ));
    const later = csv(
      "11/04/2026,11/04/2026,REWE MARKT,Groceries,Sale,-38.77,",
      "10/19/2026,10/21/2026,HOTEL INDIGO BANGKOK,Travel,Sale,-231.17,",
      "10/15/2026,10/16/2026,7-ELEVEN SUKHUMVIT 11,Groceries,Sale,-3.30,",
    );
    await importFile(user.id, "nov-05.csv", later);
    const rows = await db.issuerRecord.findMany({ where: { userId: user.id }, select: { billedAmountMinor: true, droppedOn: true }, orderBy: { billedAmountMinor: "asc" } });
    expect(rows.map((r) => [Number(r.billedAmountMinor), r.droppedOn])).toEqual([[330, null], [3877, null], [13760, "2026-11-04"], [23117, null]]);

    // Another account's export (nothing in common) judges nothing; the row listed again is back.
    const other = await createTestUser();
    await importFile(other.id, "other.csv", later);
    expect(await db.issuerRecord.count({ where: { userId: other.id, droppedOn: { not: null } } })).toBe(0);
    await importFile(user.id, "again.csv", csv("10/17/2026,,HOTEL INDIGO BANGKOK,Travel,Sale,-137.60,", "10/15/2026,10/16/2026,7-ELEVEN SUKHUMVIT 11,Groceries,Sale,-3.30,"));
    expect(await db.issuerRecord.count({ where: { userId: user.id, droppedOn: { not: null } } })).toBe(0);
  });
});

describe("pasted alerts", () => {
  it("saves understood alerts, lists the others with reasons, and adds nothing when pasted again", async () => {
    const user = await createTestUser();
    const text = [
      "您尾号1234的招行信用卡11月03日19:02在财付通-美团外卖消费人民币58.00元。【招商银行】",
      "【招商银行】验证码：482913，您尾号1234的信用卡正在进行网上支付，金额人民币199.00元，请勿泄露。",
      "【招商银行】您尾号1234的信用卡11月03日14:30在SEVEN-ELEVEN BANGKOK消费泰铢2,000.00失败，原因：超过单笔限额。",
      "Hello, this is not a bank message at all.",
    ].join("\n\n");
    const first = await pasteAlerts(user.id, text, NOW);
    expect(first.records.map((r) => r.isNew)).toEqual([true]);
    expect(first.skipped.map((s) => s.kind)).toEqual(["otp"]);
    expect(first.notUnderstood.map((n) => n.reason)).toEqual(["alerts.declined", "alerts.noAmount"]);
    const again = await pasteAlerts(user.id, text, NOW);
    expect(again).toMatchObject({ newCount: 0, existingCount: 1 });
    expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an empty paste", async () => {
    const user = await createTestUser();
    expect(await refusal(pasteAlerts(user.id, "   "))).toEqual({ text: ["alerts.errors.empty"] });
  });
});

describe("POST /api/imports", () => {
  function upload(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }, query = "locale=zh-CN") {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    if (file) data.append("file", new File([Buffer.from(file.bytes)], file.name));
    return uploadRoute(new Request(`http://localhost/api/imports?${query}`, { method: "POST", body: data }));
  }

  it("answers the preview with translated reasons, and accepts a mapping as JSON", async () => {
    signedIn.user = await createTestUser();
    const mapping = JSON.stringify({ date: 0, description: 1, debit: 2, credit: 3, currency: 4, decimalSeparator: "," });
    const response = await upload({ mapping }, { name: "banco.csv", bytes: fixtureBytes("unknown-bank.csv") });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { import: { id: string; recordCount: number; records: { billedAmount: string }[] } };
    expect(response.headers.get("location")).toBe(`/api/imports/${body.import.id}`);
    expect(body.import.recordCount).toBe(3);
    expect(body.import.records[0]?.billedAmount).toBe("12.50");
  });

  it("sends a plain form post on to the preview page, back with the reason, or to sign-in", async () => {
    const signedOut = await upload({}, { name: "monzo.csv", bytes: fixtureBytes("monzo.csv") }, "respond=page&locale=zh-CN");
    expect(signedOut.headers.get("location")).toBe("/zh-CN/sign-in?next=%2Fzh-CN%2Frecords%2Fimport");
    signedIn.user = await createTestUser();
    const ok = await upload({}, { name: "monzo.csv", bytes: fixtureBytes("monzo.csv") }, "respond=page&locale=zh-CN");
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toMatch(/^\/zh-CN\/records\/import\/[^/]+$/);
    const none = await upload({}, undefined, "respond=page&locale=en");
    expect(none.status).toBe(303);
    expect(none.headers.get("location")).toBe("/en/records/import?error=imports.errors.noFile");
  });

  it("answers 401 when signed out and 413 for a body over the limit (issue 14)", async () => {
    expect((await upload({}, { name: "monzo.csv", bytes: fixtureBytes("monzo.csv") })).status).toBe(401);
    signedIn.user = await createTestUser();
    const huge = await upload({}, { name: "huge.csv", bytes: new Uint8Array(11 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: "payloadTooLarge", fieldErrors: { file: ["文件超过 10 MB，请导出较短的时间段后重试。"] } } });
  });
});
