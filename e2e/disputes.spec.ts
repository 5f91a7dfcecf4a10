/**
 * Disputing a double charge in a real browser (@disputes): a slip logged, a statement imported
 * that charges it twice; on the slip page the traveller sees "Dispute this charge" with the
 * ground, its code, the deadline and what to send, reads the letters and the note to the
 * merchant, and downloads the evidence pack (PDF) and the reminders (.ics) — in both languages.
 */
import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function logDuplicateSlip(request: APIRequestContext): Promise<string> {
  const day = daysAgo(4);
  const response = await request.post("/api/slips", {
    data: {
      merchantName: "Lawson Shinjuku", localDateTime: `${day}T14:20`, amount: "1280", country: "JP", city: "Tokyo", timeZone: "Asia/Tokyo", currency: "JPY",
      cardLast4: "1881", entryMode: "chip", offlineWording: "UNABLE TO GO ONLINE", aid: "A0000000031010",
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const slipId = ((await response.json()) as { slip: { id: string } }).slip.id;
  const csv = [
    "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
    `CARD_PAYMENT,Current,${day} 14:25:10,${daysAgo(3)} 09:12:00,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,53720.00`,
    `CARD_PAYMENT,Current,${day} 14:31:44,${daysAgo(3)} 09:13:30,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,52440.00`,
    "",
  ].join("\n");
  const upload = await request.post("/api/imports", { multipart: { file: { name: "revolut.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(upload.status(), await upload.text()).toBe(201);
  const { import: preview } = (await upload.json()) as { import: { id: string } };
  const commit = await request.post(`/api/imports/${preview.id}/commit`);
  expect(commit.status(), await commit.text()).toBe(200);
  return slipId;
}

const LANGUAGES = [
  { locale: "en", heading: "Dispute this charge", ground: "duplicate processing", daysLeft: "days left", issuer: "Letter to your card issuer", pdfLink: "Download the evidence pack (PDF)" },
  { locale: "zh-CN", heading: "对这笔扣款提出争议", ground: "", daysLeft: "还剩", issuer: "给发卡银行的信", pdfLink: "下载证据包（PDF）" },
] as const;

test.describe("disputing a double charge @disputes", () => {
  for (const lang of LANGUAGES) {
    test(`the slip page's dispute section, the letters and the downloads (${lang.locale})`, async ({ page, user }) => {
      void user;
      const slipId = await logDuplicateSlip(page.request);
      await page.goto(`/${lang.locale}/slips/${slipId}`);
      const section = page.getByTestId("dispute-section");
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(lang.heading);
      if (lang.ground) await expect(section.getByTestId("dispute-ground")).toContainText(lang.ground);
      await expect(section.getByTestId("dispute-code")).toContainText("12.6.1");
      await expect(section.getByTestId("dispute-deadline")).toContainText(lang.daysLeft);
      await expect(section.getByTestId("dispute-evidence").getByRole("listitem")).not.toHaveCount(0);
      // Nothing wider than the phone's screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await section.screenshot({ path: test.info().outputPath(`dispute-section-${lang.locale}.png`) });

      const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: lang.pdfLink }).click()]);
      expect(download.suggestedFilename()).toBe("dispute-pack.pdf");
      const pdf = await readFile(await download.path());
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.byteLength).toBeGreaterThan(10_000);

      const ics = await page.request.get(await section.getByTestId("dispute-ics-link").getAttribute("href").then((href) => href!));
      expect(ics.status()).toBe(200);
      expect(ics.headers()["content-type"]).toContain("text/calendar");
      expect(await ics.text()).toContain("BEGIN:VEVENT");

      await section.getByTestId("dispute-letters-link").click();
      await expect(page).toHaveURL(new RegExp(`/${lang.locale}/slips/${slipId}/dispute$`));
      await expect(page.getByRole("heading", { name: lang.issuer, exact: true })).toBeVisible();
      await expect(page.getByTestId("issuer-letter")).toContainText("Lawson Shinjuku");
      await expect(page.getByTestId("merchant-note")).toHaveAttribute("lang", "ja");
      if (lang.locale === "zh-CN") await expect(page.getByTestId("issuer-letter-english")).toContainText("Lawson Shinjuku");
      await page.screenshot({ path: test.info().outputPath(`dispute-letters-${lang.locale}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
});
