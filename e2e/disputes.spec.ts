/**
 * Disputing a double charge in a real browser (@disputes): a slip logged, a statement imported
 * that charges it twice; on the slip page the traveller sees "Dispute this charge" with the
 * ground, its code, the deadline and what to send, reads the letters and the note to the
 * merchant, and downloads the evidence pack (PDF) and the reminders (.ics) — in both languages.
 * Then the whole journey on the phone: edit a line of the letter, download the pack, mark the
 * dispute sent, record the bank's answer (a refused amount first), see it on My payments, undo —
 * in both languages, and the same steps without JavaScript.
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

const JOURNEY = [
  {
    locale: "en", editedLine: "I was charged twice by Lawson Shinjuku and ask you to refund the second charge.", saved: "Your wording is saved",
    sent: "Mark the dispute as sent", disputed: "Disputed", answer: "Record the answer", partly: "It credited part of it", amountLabel: "Amount credited (JPY)",
    tooLarge: "That is all of the disputed amount", closed: "Dispute: partly credited", closedSummary: "your bank credited", undo: "Undo the last step", undone: "The last step was undone.",
  },
  {
    locale: "zh-CN", editedLine: "Lawson Shinjuku 重复扣款，请退回第二笔扣款。", saved: "您的措辞已保存",
    sent: "标记争议为已寄出", disputed: "争议中", answer: "记录答复", partly: "退回了一部分", amountLabel: "退回的金额（JPY）",
    tooLarge: "这已是争议的全部金额", closed: "争议：部分退款", closedSummary: "银行退回了其中的", undo: "撤销上一步", undone: "已撤销上一步。",
  },
] as const;

test.describe("a dispute from letter to answer, on the phone @disputes", () => {
  for (const lang of JOURNEY) {
    test(`edit the letter, download the pack, mark it sent, record the answer, undo (${lang.locale})`, async ({ page, user }, info) => {
      test.skip(info.project.name !== "phone", "the journey is the phone's");
      void user;
      const slipId = await logDuplicateSlip(page.request);

      // The letter: change its first paragraph after the subject, save, and see the wording kept.
      await page.goto(`/${lang.locale}/slips/${slipId}/dispute`);
      const letter = page.getByTestId("issuer-letter");
      const original = await letter.inputValue();
      expect(original).toContain("1881");
      const [subject, , ...rest] = original.split("\n\n");
      await letter.fill([subject, lang.editedLine, ...rest].join("\n\n"));
      await page.getByTestId("issuer-letter-save").click();
      await expect(page.getByTestId("letter-saved")).toContainText(lang.saved);
      await expect(page.getByTestId("issuer-letter")).toHaveValue(new RegExp(lang.editedLine.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await expect(page.getByTestId("issuer-letter-edited")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The API says whose wording it is.
      const api = (await (await page.request.get(`/api/slips/${slipId}/dispute?lang=${lang.locale}`)).json()) as { letters: { issuer: { text: string; edited: boolean } } };
      expect(api.letters.issuer).toMatchObject({ edited: true });
      expect(api.letters.issuer.text).toContain(lang.editedLine);

      // The pack, from the slip page.
      await page.goto(`/${lang.locale}/slips/${slipId}`);
      const section = page.getByTestId("dispute-section");
      const [download] = await Promise.all([page.waitForEvent("download"), section.getByTestId("dispute-pack-link").click()]);
      expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe("%PDF-");

      // "I sent it" today → disputed, with its follow-up 30 days later.
      await section.getByRole("button", { name: lang.sent }).click();
      await expect(page.getByTestId("dispute-saved")).toBeVisible();
      await expect(page.getByTestId("tracking-dispute-badge")).toHaveText(lang.disputed);
      await expect(page.getByTestId("dispute-progress")).toHaveAttribute("data-state", "open");
      await expect(page.getByTestId("dispute-steps").getByRole("listitem")).toHaveCount(1);

      // The bank's answer: part credited — the whole amount is refused with the reason, then 500.
      const answer = page.getByTestId("dispute-answer-form");
      await answer.getByLabel(lang.partly).check();
      await answer.getByLabel(lang.amountLabel).fill("1280");
      await answer.getByRole("button", { name: lang.answer }).click();
      await expect(answer.getByTestId("error-amount")).toContainText(lang.tooLarge);
      await expect(answer.getByLabel(lang.amountLabel)).toHaveValue("1280");
      await answer.getByLabel(lang.amountLabel).fill("500");
      await answer.getByRole("button", { name: lang.answer }).click();
      await expect(page.getByTestId("dispute-progress")).toHaveAttribute("data-state", "partlyCredited");
      await expect(page.getByTestId("dispute-progress-summary")).toContainText(lang.closedSummary);
      await expect(page.getByTestId("dispute-steps").getByRole("listitem")).toHaveCount(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await section.screenshot({ path: info.outputPath(`dispute-journey-${lang.locale}.png`) });

      // My payments shows how it closed; the slip no longer needs action.
      await page.goto(`/${lang.locale}/payments`);
      const item = page.getByTestId("payment-item").filter({ hasText: "Lawson Shinjuku" });
      await expect(item.getByTestId("payment-dispute")).toHaveText(lang.closed);
      await expect(page.getByTestId("payments-needs-action").getByText("Lawson Shinjuku")).toHaveCount(0);

      // Undo the answer: open again.
      await page.goto(`/${lang.locale}/slips/${slipId}`);
      await page.getByRole("button", { name: lang.undo }).click();
      await expect(page.getByTestId("dispute-saved")).toHaveText(lang.undone);
      await expect(page.getByTestId("dispute-progress")).toHaveAttribute("data-state", "open");
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("mark it sent with a follow-up date, a refused date kept, then refused by the bank (en)", async ({ page, user }, info) => {
      test.skip(info.project.name !== "phone", "the journey is the phone's");
      void user;
      const slipId = await logDuplicateSlip(page.request);
      await page.goto(`/en/slips/${slipId}`);
      const sent = page.getByTestId("dispute-sent-form");
      // A follow-up before the day sent is refused; the form comes back with what was typed.
      await sent.getByLabel("Follow up on (optional)").fill(daysAgo(5));
      await sent.getByRole("button", { name: "Mark the dispute as sent" }).click();
      await expect(page.getByTestId("dispute-sent-form").getByTestId("error-followUpOn")).toContainText("must come after");
      await expect(page.getByTestId("dispute-sent-form").getByLabel("Follow up on (optional)")).toHaveValue(daysAgo(5));
      const followUp = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await page.getByTestId("dispute-sent-form").getByLabel("Follow up on (optional)").fill(followUp);
      await page.getByTestId("dispute-sent-form").getByRole("button", { name: "Mark the dispute as sent" }).click();
      await expect(page.getByTestId("dispute-progress")).toHaveAttribute("data-state", "open");
      await expect(page.getByTestId("tracking-next-step")).toContainText("Follow up with your bank on");
      const answer = page.getByTestId("dispute-answer-form");
      await answer.getByLabel("It refused").check();
      await answer.getByRole("button", { name: "Record the answer" }).click();
      await expect(page.getByTestId("dispute-progress")).toHaveAttribute("data-state", "refused");
      await expect(page.getByTestId("tracking-dispute-badge")).toHaveText("Dispute: refused");
    });
  });
});
