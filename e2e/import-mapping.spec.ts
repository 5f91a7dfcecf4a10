/**
 * The mapping step for a CSV without a header row and with its direction in a column of its own
 * (@records): the header row is "none", the live preview shows the first rows with the signs they
 * will be saved with as the columns are chosen, and the saved records keep those signs. Also
 * without JavaScript: the preview button answers with the rows rendered by the server.
 */
import { test, expect } from "./fixtures";

/** Date; description; unsigned amount; S (Soll: money out) / H (Haben: money in). No header row. */
const HEADERLESS = ["03.11.2026;REWE MARKT BERLIN;12,50;S", "04.11.2026;GEHALT NOVEMBER;2.000,00;H", "05.11.2026;DB BAHN TICKET;49,90;S"].join("\n") + "\n";
const file = { name: "konto.csv", mimeType: "text/csv", buffer: Buffer.from(HEADERLESS) };
const SIGNED = ["€12.50", "+€2,000.00", "€49.90"];

async function uploadAndChoose(page: import("@playwright/test").Page) {
  await page.goto("/en/records/import");
  await page.getByTestId("statement-file").setInputFiles(file);
  await page.getByTestId("upload-submit").click();
  await expect(page.getByTestId("mapping-step")).toBeVisible();
  // The first row is a transaction, not column names: nothing is lost to a header.
  await expect(page.getByTestId("mapping-header-row")).toHaveValue("none");
  await page.getByTestId("mapping-role-0").selectOption("date");
  await page.getByTestId("mapping-role-1").selectOption("description");
  await page.getByTestId("mapping-role-2").selectOption("amount");
  await page.getByTestId("mapping-role-3").selectOption("direction");
  await page.getByLabel("Decimal separator").selectOption(",");
  await page.getByTestId("mapping-currency").selectOption("EUR");
}

test.describe("mapping step @records", () => {
  test("a headerless CSV with a direction column: live preview, then saved with the right signs", async ({ page, user }) => {
    void user;
    await uploadAndChoose(page);
    const preview = page.getByTestId("mapping-preview");
    await expect(preview.getByTestId("record-amount")).toHaveText(SIGNED);
    // Without the direction column the unsigned amounts would all read as money in: the preview follows.
    await page.getByTestId("mapping-role-3").selectOption("");
    await expect(preview.getByTestId("record-amount")).toHaveText(["+€12.50", "+€2,000.00", "+€49.90"]);
    await page.getByTestId("mapping-role-3").selectOption("direction");
    await expect(preview.getByTestId("record-amount")).toHaveText(SIGNED);

    await page.getByTestId("mapping-submit").click();
    await expect(page.getByTestId("import-counts")).toHaveText("3 records found · no rows skipped");
    await expect(page.getByTestId("preview-records").getByTestId("record-amount")).toHaveText(SIGNED);
    await page.getByTestId("commit-submit").click();
    await expect(page.getByTestId("import-result")).toContainText("3 new records saved");
    await page.getByTestId("see-records").click();
    const saved = page.getByTestId("record-list");
    await expect(saved.getByTestId("record-item")).toHaveCount(3);
    await expect(saved.getByTestId("record-item").filter({ hasText: "GEHALT" }).getByTestId("record-amount")).toHaveText("+€2,000.00");
    await expect(saved.getByTestId("record-item").filter({ hasText: "REWE" }).getByTestId("record-amount")).toHaveText("€12.50");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the preview button shows the rows as they will be saved", async ({ page, user }) => {
      void user;
      await uploadAndChoose(page);
      await page.getByTestId("mapping-preview-button").click();
      await expect(page.getByTestId("mapping-preview").getByTestId("record-amount")).toHaveText(SIGNED);
      // The choices come back as they were posted.
      await expect(page.getByTestId("mapping-role-3")).toHaveValue("direction");
      await page.getByTestId("mapping-submit").click();
      await expect(page.getByTestId("preview-records").getByTestId("record-amount")).toHaveText(SIGNED);
    });
  });
});
