/**
 * The dispute of a slip on a throwaway database: a slip charged twice gets grounds, a PDF pack
 * that names both charges and no full card number (pdftotext, when poppler-utils is installed),
 * and a reminder calendar; another user's slip reads as missing.
 */
import "../helpers/test-environment";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { buildDisputePack } from "@/server/disputes/build-dispute-pack";
import { buildLettersFor, getDisputeContextForUser, getDisputePackInputForUser, getDisputeRemindersIcsForUser } from "@/server/disputes/dispute-queries";
import { createSlip } from "@/server/slips/slip-writes";
import { recomputeTracking, todayIso } from "@/server/tracking/recompute";
import { createTestUser, jpegUpload, slipFields } from "../helpers/slip-fixtures";

const FULL_CARD = "4111111111114242";
const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;

function daysAgo(days: number): string {
  return todayIso(new Date(Date.now() - days * 86_400_000));
}

async function duplicateSlip(prefix: string) {
  const user = await createTestUser(prefix);
  // The card is typed in full by mistake in the notes; the pack must still show only the last 4.
  const { id } = await createSlip(user.id, {
    raw: slipFields({ localDateTime: `${daysAgo(6)}T18:05`, notes: `card ${FULL_CARD}` }), uploads: [await jpegUpload()], locale: "en",
  });
  for (const [date, posted] of [[daysAgo(5), daysAgo(4)], [daysAgo(5), daysAgo(2)]] as const) {
    await db.issuerRecord.create({
      data: {
        userId: user.id, source: "statement", kind: "purchase", state: "posted", transactionDate: date, postingDate: posted, billedAmountMinor: 1280n,
        billedCurrency: "JPY", merchant: "LAWSON SHIBUYA TOKYO JP", cardLast4: "4242", fingerprint: randomBytes(8).toString("hex"),
      },
    });
  }
  await recomputeTracking(user.id, todayIso());
  return { user, slipId: id };
}

const longDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dispute-pack-"));
  const file = path.join(dir, "pack.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("the dispute of a slip charged twice", () => {
  it("has grounds, letters in both languages and a PDF naming both charges with only the last 4", async () => {
    const { user, slipId } = await duplicateSlip("dispute");
    const context = await getDisputeContextForUser(user.id, slipId);
    expect(context?.input.status).toBe("duplicate");
    expect(context?.findings[0]?.ground).toBe("duplicateProcessing");
    expect(context?.input.charges).toHaveLength(2);

    const letters = await buildLettersFor(context!, "zh-CN");
    expect(letters?.issuer.traveller.lang).toBe("zh-CN");
    expect(letters?.issuer.english.lang).toBe("en");
    expect(letters?.note?.lang).toBe("ja");

    for (const locale of ["en", "zh-CN"] as const) {
      const input = await getDisputePackInputForUser(user.id, slipId, locale);
      expect(input?.records).toHaveLength(2);
      expect(input?.photo?.bytes.byteLength).toBeGreaterThan(0);
      expect(JSON.stringify(input)).not.toContain(FULL_CARD);
      const pdf = await buildDisputePack(input!);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
      if (!hasPdftotext) {
        console.warn("pdftotext missing (apt-get install -y poppler-utils): the PDF's text is not checked");
        continue;
      }
      const text = pdfText(pdf);
      const compact = text.replace(/\s+/g, "");
      expect(text).toContain("LAWSON SHIBUYA TOKYO JP");
      // Both charges: two statement rows, each with its own posting date.
      const rows = text.split("\n").filter((line) => line.includes("LAWSON SHIBUYA TOKYO JP") && line.includes("1,280"));
      expect(rows.length, text).toBe(2);
      if (locale === "en") for (const posted of [daysAgo(4), daysAgo(2)]) expect(text, `posting ${posted}`).toContain(longDate(posted));
      expect(text).toContain("4242");
      expect(compact).not.toContain(FULL_CARD);
      expect(compact).not.toMatch(/\d{13,19}/);
    }
  });

  it("writes a reminder calendar with the dispute deadline", async () => {
    const { user, slipId } = await duplicateSlip("dispute-ics");
    const ics = await getDisputeRemindersIcsForUser(user.id, slipId, "en");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("BEGIN:VEVENT");
    const deadline = (await getDisputeContextForUser(user.id, slipId))!.findings[0]!.deadline.deadline!;
    expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll("-", "")}`);
  });

  it("reads another user's slip as missing", async () => {
    const { slipId } = await duplicateSlip("dispute-owner");
    const stranger = await createTestUser("dispute-stranger");
    expect(await getDisputeContextForUser(stranger.id, slipId)).toBeNull();
    expect(await getDisputePackInputForUser(stranger.id, slipId, "en")).toBeNull();
    expect(await getDisputeRemindersIcsForUser(stranger.id, slipId, "en")).toBeNull();
  });
});
