/**
 * Pages that say what changed (issue 18), on the phone in both languages: after a statement
 * import, the result names the slip whose status moved ("Starbucks … — Probably charged once — please confirm", "was:
 * Waiting for the bank") and links to it.
 */
import { test, expect } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;

for (const { locale, m } of [
  { locale: "en", m: en },
  { locale: "zh-CN", m: zh },
] as const) {
  test(`the import result names the slip it changed (${locale}) @changes`, async ({ page, user }) => {
    test.skip(test.info().project.name !== "phone", "the phone journey");
    void user;
    const day = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const [year, month, date] = day.split("-");
    const merchant = `STARBUCKS NEW YORK ${locale === "en" ? "EN" : "ZH"}`;
    const logged = await page.request.post("/api/slips", {
      headers: { origin: ORIGIN },
      data: { merchantName: merchant, country: "US", city: "New York", timeZone: "America/New_York", localDateTime: `${day}T09:15`, amount: "12.50", currency: "USD", cardLast4: "1881", entryMode: "chip" },
    });
    expect(logged.status(), await logged.text()).toBe(201);
    const { slip } = (await logged.json()) as { slip: { id: string } };
    // Another slip the statement does not touch: it must not be listed.
    await page.request.post("/api/slips", {
      headers: { origin: ORIGIN },
      data: { merchantName: "FAMILYMART SHIBUYA", country: "JP", timeZone: "Asia/Tokyo", localDateTime: `${day}T10:00`, amount: "1280", currency: "JPY", cardLast4: "1881", entryMode: "chip" },
    });

    const csv = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", `${month}/${date}/${year},${month}/${date}/${year},STARBUCKS STORE 1234 NEW YORK NY,Food & Drink,Sale,-12.50,`].join("\n") + "\n";
    await page.goto(`/${locale}/records/import`);
    await page.getByTestId("statement-file").setInputFiles({ name: "chase.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("upload-submit").click();
    await page.getByTestId("commit-submit").click();
    await expect(page.getByTestId("import-result")).toBeVisible();

    const changes = page.getByTestId("import-changes");
    await expect(changes.getByRole("heading")).toHaveText(m.payments.changes.importHeading);
    const item = changes.getByTestId("status-change");
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId("status-change-slip")).toHaveText(`${merchant} $12.50`.replace("$12.50", locale === "en" ? "$12.50" : "US$12.50"));
    await expect(item.getByTestId("status-change-status")).toHaveText(m.tracking.statusProbable.posted);
    await expect(item).toContainText(m.payments.changes.was.replace("{status}", m.tracking.status.awaiting));
    await item.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/slips/${slip.id}#tracking$`));
    await expect(page.getByTestId("slip-merchant")).toHaveText(merchant);
  });
}
