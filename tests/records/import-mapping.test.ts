/**
 * The import engine wired into the server, on a throwaway database: refusals by content with
 * their own translated messages, the currency asked for instead of blaming amounts, a headerless
 * CSV with a direction column mapped (preview, save, remembered by the shape of its rows), a
 * record seen again updating its state, and the usage limits (429 with Retry-After, and a
 * translated message in forms).
 */
import "../helpers/test-environment";
import "../helpers/low-limits";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The socket's peer address, as server.mjs writes it (server/http/client-address.ts).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sliptrack-peer": "198.51.100.9" }) }));

import { deflateSync } from "node:zlib";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createImportPreview, rereadImport } from "@/server/imports/import-preview";
import { commitImport } from "@/server/imports/import-commit";
import { getImportForUser } from "@/server/imports/import-queries";
import { mappingFromForm } from "@/server/imports/mapping-form";
import { previewImportMapping } from "@/server/imports/mapping-preview";
import { saveImportMappingAction } from "@/server/imports/import-actions";
import { pasteAlertsAction } from "@/server/alerts/alert-actions";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { POST as uploadRoute } from "@/app/api/imports/route";
import { POST as previewRoute } from "@/app/api/imports/[id]/preview/route";
import { POST as feedRoute } from "@/app/api/issuer/events/[feedId]/route";
import { signedIn } from "../helpers/next-stand-ins";
import { createTestUser } from "../helpers/slip-fixtures";
import { chaseCsv, seedFeed } from "../helpers/record-fixtures";

afterEach(() => {
  signedIn.user = null;
});

const NOW = new Date("2026-11-26T12:00:00Z");
const encode = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]> | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors;
}

function pngBytes(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.alloc(2))), chunk("IEND", Buffer.alloc(0))]));
}

/** A headerless export: date, description, unsigned amount, S (Soll, out) / H (Haben, in). */
const HEADERLESS = ["03.11.2026;REWE MARKT BERLIN;12,50;S", "04.11.2026;GEHALT NOVEMBER;2.000,00;H", "05.11.2026;DB BAHN TICKET;49,90;S"].join("\n") + "\n";

function mappingForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const HEADERLESS_FIELDS = { headerRow: "none", "role-0": "date", "role-1": "description", "role-2": "amount", "role-3": "direction", currencyCode: "EUR", decimalSeparator: "," };

describe("refusals", () => {
  it("refuses a photo, a PDF, an archive and a binary file by content, each with its own message, and stores none", async () => {
    const user = await createTestUser();
    const cases: [string, Uint8Array, string][] = [
      ["statement.csv", pngBytes(), "records.statement.notStatementImage"],
      ["statement.csv", encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF"), "records.statement.notStatementPdf"],
      ["statement.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...new Array(40).fill(0)]), "records.statement.notStatementArchive"],
      ["statement.csv", new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), "records.statement.notStatementBinary"],
    ];
    for (const [name, bytes, key] of cases) expect(await refusal(createImportPreview(user.id, { fileName: name, bytes }, NOW))).toEqual({ file: [key] });
    expect(await db.statementImport.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers a header-only CSV and a file without transactions in the traveller's language", async () => {
    signedIn.user = await createTestUser();
    const form = new FormData();
    form.append("file", new File([Buffer.from("Date,Description,Amount\n")], "empty.csv"));
    const response = await uploadRoute(new Request("http://localhost/api/imports?locale=zh-CN", { method: "POST", body: form, headers: { "x-sliptrack-peer": "192.0.2.50" } }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fieldErrors: { file: string[] } } };
    expect(body.error.fieldErrors.file[0]).toMatch(/[\u4e00-\u9fff]/);
    const ofx = encode("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</STATUS><DTSERVER>20261101</SONRS></SIGNONMSGSRSV1></OFX>\n");
    expect(await refusal(createImportPreview(signedIn.user.id, { fileName: "x.ofx", bytes: ofx }, NOW))).toEqual({ file: ["records.statement.noTransactions"] });
  });

  it("asks for the currency of a file whose currency is a placeholder, instead of refusing it", async () => {
    const user = await createTestUser();
    const ofx = encode([
      "OFXHEADER:100", "DATA:OFXSGML", "", "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>XXX",
      "<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261103<TRNAMT>-12.50<FITID>A1<NAME>CAFE</STMTTRN></BANKTRANLIST>",
      "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>", "",
    ].join("\n"));
    const { id } = await createImportPreview(user.id, { fileName: "a.ofx", bytes: ofx }, NOW);
    const asked = await getImportForUser(user.id, id);
    expect(asked?.data.issues).toEqual([{ line: 0, message: "statement.currencyUnknown" }]);
    await rereadImport(user.id, id, { currency: "EUR" });
    expect((await getImportForUser(user.id, id))?.data.firstRecords.map((r) => [r.billedAmountMinor, r.billedCurrency])).toEqual([[1250, "EUR"]]);
  });
});

describe("mapping a headerless CSV with a direction column", () => {
  it("previews the rows with the right signs, saves them, and remembers the mapping by the rows' shape", async () => {
    const user = await createTestUser();
    const { id } = await createImportPreview(user.id, { fileName: "konto.csv", bytes: encode(HEADERLESS) }, NOW);
    const asked = await getImportForUser(user.id, id);
    expect(asked).toMatchObject({ needsMapping: true, data: { headerRow: "none" } });
    // The engine's proposal finds the direction column; nothing is saved on it.
    expect(asked?.data.proposal).toMatchObject({ headerRow: "none", date: 0, direction: 3 });

    const read = mappingFromForm(mappingForm(HEADERLESS_FIELDS));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const preview = await previewImportMapping(user.id, id, read.mapping, "en");
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.rows.map((row) => row.records.map((r) => r.amount))).toEqual([["€12.50"], ["+€2,000.00"], ["€49.90"]]);

    await rereadImport(user.id, id, { mapping: read.mapping });
    const mapped = await getImportForUser(user.id, id);
    expect(mapped?.data.firstRecords.map((r) => r.billedAmountMinor)).toEqual([1250, -200000, 4990]);

    // Next month's export: other rows, same shape → read at once with the remembered mapping.
    const next = encode(["02.12.2026;LIDL SAGT DANKE;8,15;S", "03.12.2026;RUECKZAHLUNG;20,00;H"].join("\n") + "\n");
    const { id: nextId } = await createImportPreview(user.id, { fileName: "konto-dez.csv", bytes: next }, NOW);
    expect(await getImportForUser(user.id, nextId)).toMatchObject({ needsMapping: false, recordCount: 2, data: { presetApplied: true } });
  });

  it("answers the form's preview button with the rows rendered, and the live preview as JSON", async () => {
    signedIn.user = await createTestUser();
    const { id } = await createImportPreview(signedIn.user.id, { fileName: "konto.csv", bytes: encode(HEADERLESS) }, NOW);
    const state = await saveImportMappingAction(null, mappingForm({ ...HEADERLESS_FIELDS, importId: id, intent: "preview", locale: "zh-CN" }));
    expect(state).toMatchObject({ ok: true, preview: { ok: true } });
    expect(await getImportForUser(signedIn.user.id, id)).toMatchObject({ needsMapping: true });

    const response = await previewRoute(
      new Request(`http://localhost/api/imports/${id}/preview?locale=en`, { method: "POST", body: mappingForm({ ...HEADERLESS_FIELDS, "role-3": "" }) }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { preview: { rows: { records: { amount: string }[] }[] } };
    // Without the direction column every unsigned amount reads as money in (outflowSign negative).
    expect(body.preview.rows[0]?.records[0]?.amount).toBe("+€12.50");
    const other = await createTestUser("other");
    signedIn.user = other;
    const theirs = await previewRoute(new Request(`http://localhost/api/imports/${id}/preview`, { method: "POST", body: mappingForm(HEADERLESS_FIELDS) }), { params: Promise.resolve({ id }) });
    expect(theirs.status).toBe(404);
  });
});

describe("identity across exports", () => {
  const header = "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance";
  const pending = `${header}\nCARD_PAYMENT,Current,2026-11-05 11:00:00,,Ichiran,-2190,0,JPY,PENDING,\n`;
  const booked = `${header}\nCARD_PAYMENT,Current,2026-11-05 11:00:00,2026-11-06 09:00:00,Ichiran,-2190,0,JPY,COMPLETED,1000\nCARD_PAYMENT,Current,2026-11-07 10:00:00,2026-11-07 12:00:00,Lawson,-540,0,JPY,COMPLETED,460\n`;

  it("turns a pending row into the booked one when a later export shows it, and says how many were updated", async () => {
    const user = await createTestUser();
    const first = await createImportPreview(user.id, { fileName: "revolut-1.csv", bytes: encode(pending) }, NOW);
    expect(await commitImport(user.id, first.id, NOW)).toMatchObject({ newCount: 1, updatedCount: 0 });
    const second = await createImportPreview(user.id, { fileName: "revolut-2.csv", bytes: encode(booked) }, NOW);
    expect(await commitImport(user.id, second.id, NOW)).toMatchObject({ newCount: 1, existingCount: 0, updatedCount: 1 });
    const stored = await db.issuerRecord.findMany({ where: { userId: user.id }, orderBy: { transactionDate: "asc" }, select: { merchant: true, state: true, postingDate: true } });
    expect(stored).toEqual([
      { merchant: "Ichiran", state: "posted", postingDate: "2026-11-06" },
      { merchant: "Lawson", state: "posted", postingDate: "2026-11-07" },
    ]);
    expect(await getImportForUser(user.id, second.id)).toMatchObject({ updatedCount: 1 });
    // The booked export once more changes nothing; the pending one never takes the booking back.
    const again = await createImportPreview(user.id, { fileName: "revolut-2.csv", bytes: encode(booked) }, NOW);
    expect(await commitImport(user.id, again.id, NOW)).toMatchObject({ newCount: 0, existingCount: 2, updatedCount: 0 });
    const old = await createImportPreview(user.id, { fileName: "revolut-1.csv", bytes: encode(pending) }, NOW);
    expect(await commitImport(user.id, old.id, NOW)).toMatchObject({ newCount: 0, updatedCount: 0 });
    expect(await db.issuerRecord.count({ where: { userId: user.id, state: "pending" } })).toBe(0);
  });

  it("links an alert's hold to the pending row once a later export books it", async () => {
    const user = await createTestUser();
    const pasted = await pasteAlerts(user.id, "Revolut: You spent ¥2,190 at Ichiran on Nov 5, 2026.", NOW);
    expect(pasted.records).toHaveLength(1);
    expect(await commitImport(user.id, (await createImportPreview(user.id, { fileName: "r1.csv", bytes: encode(pending) }, NOW)).id, NOW)).toMatchObject({ linkedCount: 0 });
    // The booked export holds only that row: nothing new is inserted, the kept row changes.
    const bookedOnly = booked.split("\n").slice(0, 2).join("\n") + "\n";
    expect(await commitImport(user.id, (await createImportPreview(user.id, { fileName: "r2.csv", bytes: encode(bookedOnly) }, NOW)).id, NOW)).toMatchObject({ newCount: 0, updatedCount: 1, linkedCount: 1 });
    const hold = await db.issuerRecord.findFirstOrThrow({ where: { userId: user.id, source: "sms" }, select: { postedAs: { select: { merchant: true, state: true } } } });
    expect(hold.postedAs).toEqual({ merchant: "Ichiran", state: "posted" });
  });

  it("links a fresh hold or a fresh posting while 150 other holds wait unlinked in the same days", async () => {
    const user = await createTestUser();
    // Alerts of other amounts around the same days, never booked (the bands of a few would be skipped).
    await db.issuerRecord.createMany({
      data: Array.from({ length: 150 }, (_, n) => ({
        userId: user.id, source: "sms", kind: "authorisation", state: "pending", transactionDate: `2026-11-0${1 + (n % 9)}`,
        billedAmountMinor: BigInt(5000 + n * 37), billedCurrency: "JPY", merchant: `WAITING ${n}`, fingerprint: `waiting-${n}`,
      })),
    });
    // A posting first, then its alert: the fresh hold finds the stored posting.
    await commitImport(user.id, (await createImportPreview(user.id, { fileName: "r2.csv", bytes: encode(booked) }, NOW)).id, NOW);
    await pasteAlerts(user.id, "Revolut: You spent ¥2,190 at Ichiran on Nov 5, 2026.", NOW);
    const hold = await db.issuerRecord.findFirstOrThrow({ where: { userId: user.id, source: "sms", merchant: { contains: "Ichiran" } }, select: { postedAs: { select: { merchant: true } } } });
    expect(hold.postedAs).toEqual({ merchant: "Ichiran" });
    // An alert first, then its posting: the fresh posting finds the waiting hold.
    await pasteAlerts(user.id, "Revolut: You spent ¥880 at Tsujita on Nov 6, 2026.", NOW);
    const later = `${header}\nCARD_PAYMENT,Current,2026-11-06 12:00:00,2026-11-07 09:00:00,Tsujita,-880,0,JPY,COMPLETED,100\n`;
    expect(await commitImport(user.id, (await createImportPreview(user.id, { fileName: "r3.csv", bytes: encode(later) }, NOW)).id, NOW)).toMatchObject({ newCount: 1, linkedCount: 1 });
    expect(await db.issuerRecord.count({ where: { userId: user.id, linkedPendingId: { not: null } } })).toBe(2);
  });

  it("keeps two identical purchases of one export as two, and another traveller's record out of it", async () => {
    const user = await createTestUser();
    const other = await createTestUser("other");
    await commitImport(other.id, (await createImportPreview(other.id, { fileName: "c.csv", bytes: chaseCsv(["CAFE"]) }, NOW)).id, NOW);
    const result = await commitImport(user.id, (await createImportPreview(user.id, { fileName: "c.csv", bytes: chaseCsv(["CAFE", "CAFE"]) }, NOW)).id, NOW);
    expect(result).toMatchObject({ newCount: 2, updatedCount: 0 });
  });
});

describe("usage limits", () => {
  function upload(address: string) {
    const form = new FormData();
    form.append("file", new File([Buffer.from(chaseCsv(["CAFE"]))], "c.csv"));
    return uploadRoute(new Request("http://localhost/api/imports?locale=zh-CN", { method: "POST", body: form, headers: { "x-sliptrack-peer": address } }));
  }

  it("answers uploads past the per-user limit with a translated 429 and Retry-After", async () => {
    signedIn.user = await createTestUser();
    for (let i = 0; i < 3; i += 1) expect((await upload("192.0.2.1")).status).toBe(201);
    const refused = await upload("192.0.2.2");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rateLimited", message: expect.stringMatching(/分钟后再试/) } });
    // Another traveller is not held up by this one.
    signedIn.user = await createTestUser("other");
    expect((await upload("192.0.2.3")).status).toBe(201);
  });

  it("counts uploads per address across travellers", async () => {
    for (let i = 0; i < 5; i += 1) {
      signedIn.user = await createTestUser(`a${i}`);
      expect((await upload("203.0.113.77")).status).toBe(201);
    }
    signedIn.user = await createTestUser("a5");
    expect((await upload("203.0.113.77")).status).toBe(429);
  });

  it("shows a translated message in the mapping and alert forms past their limits", async () => {
    signedIn.user = await createTestUser();
    const { id } = await createImportPreview(signedIn.user.id, { fileName: "konto.csv", bytes: encode(HEADERLESS) }, NOW);
    const form = () => mappingForm({ ...HEADERLESS_FIELDS, importId: id, intent: "preview", locale: "en" });
    for (let i = 0; i < 4; i += 1) expect(await saveImportMappingAction(null, form())).toMatchObject({ ok: true });
    expect(await saveImportMappingAction(null, form())).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many requests.*minute/) });

    const paste = () => mappingForm({ text: "Chase: You made a $4.80 transaction with CAFE on Nov 3, 2026.", locale: "zh-CN" });
    for (let i = 0; i < 2; i += 1) expect(await pasteAlertsAction(null, paste())).toMatchObject({ ok: true });
    const refused = await pasteAlertsAction(null, paste());
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/分钟后再试/) });
    // The pasted text comes back, so nothing typed is lost.
    expect(refused?.values?.text).toContain("CAFE");
  });

  it("limits issuer-feed deliveries per address before looking the feed up", async () => {
    const user = await createTestUser();
    const feed = await seedFeed(user.id);
    const deliver = () => feedRoute(
      new Request(`http://localhost/api/issuer/events/${feed.id}`, { method: "POST", body: "{}", headers: { "x-sliptrack-peer": "198.51.100.200" } }),
      { params: Promise.resolve({ feedId: feed.id }) },
    );
    // Unsigned: 401 until the address's limit, then 429.
    for (let i = 0; i < 3; i += 1) expect((await deliver()).status).toBe(401);
    const limited = await deliver();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
