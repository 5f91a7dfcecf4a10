/**
 * Reading a slip photo into the slip form (@slips @ocr): real OCR on two photos of the
 * development fixtures (bench/ocr-fixtures/dev; never the hold-out part). OCR is CPU-heavy, so
 * this spec stays at two photos. With JavaScript: the empty fields are filled and marked, what
 * the traveller typed stays; without it: the form comes back prefilled from the server action.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import zh from "../messages/zh-CN.json" with { type: "json" };
import { test, expect } from "./fixtures";

const fixture = (name: string) => readFile(path.join(import.meta.dirname, "..", "bench", "ocr-fixtures", "dev", "images", name));
// A read takes a few seconds alone and much longer while other suites share the 2 cores.
const READ_TIMEOUT = 90_000;

test.describe("reading a slip photo @slips @ocr", () => {
  test.setTimeout(180_000);
  // Two real OCR reads are enough for the whole suite: the phone project only.
  test.skip(({ isMobile }) => !isMobile, "OCR journey runs on the phone project only");

  test("a photographed slip fills the empty fields, marked for checking; what was typed stays; the saved slip has them", async ({ page, user }) => {
    void user;
    await page.goto("/en/slips/new");
    // Typed before reading: the reading must not overwrite it.
    await page.getByLabel("City").fill("San Francisco");
    await page.getByTestId("photo-camera").setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: await fixture("us-verifone-1-photo.jpg") });
    await page.getByTestId("read-slip").click();
    await expect(page.getByTestId("read-slip-status")).toContainText("Empty fields filled from the photo", { timeout: READ_TIMEOUT });

    await expect(page.getByLabel("Merchant name (as printed)")).toHaveValue("MISSION TAQUERIA");
    await expect(page.getByLabel("Amount", { exact: true })).toHaveValue("134.11");
    await expect(page.getByLabel("Currency", { exact: true })).toHaveValue("USD");
    await expect(page.getByLabel("Date and time on the slip")).toHaveValue("2025-06-11T05:45");
    for (const name of ["merchantName", "amount", "localDateTime"]) {
      await expect(page.getByTestId(`note-${name}`)).toContainText(/^Read from the photo — check \(\d+ % sure\)$/);
    }
    await expect(page.getByLabel("City")).toHaveValue("San Francisco");
    await expect(page.getByTestId("note-city")).toHaveCount(0);
    // The marked form still fits the phone's width (390 px in the phone project).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The traveller corrects one field: its mark goes, the others stay until reviewed.
    await page.getByLabel("Merchant name (as printed)").fill("Mission Taqueria");
    await expect(page.getByTestId("note-merchantName")).toHaveCount(0);
    await expect(page.getByTestId("note-amount")).toBeVisible();
    await page.getByLabel("Country or region").selectOption("US");
    await page.getByLabel("Time zone").selectOption("America/Los_Angeles");
    await page.getByTestId("slip-form-submit").click();

    await expect(page).toHaveURL(/\/en\/slips\/[^/]+\?saved=1$/);
    await expect(page.getByTestId("slip-merchant")).toHaveText("Mission Taqueria");
    await expect(page.getByTestId("slip-amount")).toContainText("134.11");
    await expect(page.getByTestId("slip-when")).toContainText("America/Los_Angeles");
    await expect(page.getByTestId("slip-when")).toContainText("2025");
    await expect(page.getByTestId("slip-where")).toContainText("San Francisco");
    await expect(page.getByTestId("slip-card")).toContainText("6323");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("在中文界面上传照片后，表单带着识别结果回来，保存后小票里有这些内容", async ({ page, user }) => {
      void user;
      await page.goto("/zh-CN/slips/new");
      await page.getByLabel("卡号后 4 位", { exact: true }).fill("2704");
      await page.getByTestId("photo-files").setInputFiles({ name: "slip.jpg", mimeType: "image/jpeg", buffer: await fixture("uk-countertop-1-photo.jpg") });
      await page.getByTestId("read-slip").click();
      await expect(page.getByTestId("form-message")).toContainText("已从照片填写", { timeout: READ_TIMEOUT });

      await expect(page.getByLabel("商户名称（按小票所印）")).toHaveValue("PRET A MANGER 0231");
      await expect(page.getByLabel("金额", { exact: true })).toHaveValue("154.83");
      await expect(page.getByLabel("小票上的日期和时间")).toHaveValue("2024-07-13T19:18");
      await expect(page.getByTestId("note-amount")).toContainText("从照片识别——请核对");
      await expect(page.getByLabel("卡号后 4 位", { exact: true })).toHaveValue("2704");
      await expect(page.getByTestId("note-cardLast4")).toHaveCount(0);
      // The photo that was read is kept for the save: no need to choose it again.
      await expect(page.getByTestId("photos-kept")).toHaveText(zh.photos.kept);

      await page.getByLabel("国家或地区").selectOption("GB");
      await page.getByLabel("刷卡方式").selectOption("chip");
      await page.getByTestId("slip-form-submit").click();
      await expect(page).toHaveURL(/\/zh-CN\/slips\/[^/]+\?saved=1$/);
      await expect(page.getByTestId("slip-merchant")).toHaveText("PRET A MANGER 0231");
      await expect(page.getByTestId("slip-amount")).toContainText("154.83");
      await expect(page.getByTestId("slip-card")).toHaveText("尾号 2704 的卡");
      await expect(page.getByTestId("slip-photos").getByRole("img")).toHaveCount(1);
    });
  });
});
