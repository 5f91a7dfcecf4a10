/**
 * Logging offline slips in a real browser (@slips): a slip with a photo in Chinese, edited and
 * deleted; the same form with JavaScript off; another user's slip and photo; the data export
 * and account deletion. Photos are made here with sharp.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { strFromU8, unzipSync } from "fflate";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, randomEmail, signInViaApi, testDb } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };
import { createUser } from "../prisma/factories/user";

async function slipPhoto(): Promise<Buffer> {
  const label = Buffer.from('<svg width="600" height="800"><rect x="40" y="60" width="520" height="60" fill="#111"/><rect x="40" y="200" width="300" height="30" fill="#444"/></svg>');
  return sharp({ create: { width: 600, height: 800, channels: 3, background: "#fbfaf5" } }).composite([{ input: label }]).jpeg().toBuffer();
}

/** A photo the size a phone camera makes (about 4.4 MB): noise does not compress. */
async function phoneSizedPhoto(): Promise<Buffer> {
  const noise = Buffer.alloc(2500 * 2000 * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width: 2500, height: 2000, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

/** How many of these photo keys the server's photo store holds: files on disk, or PhotoBlob rows. */
async function countStoredPhotos(keys: string[]): Promise<number> {
  const inDatabase = process.env.PHOTO_STORE === "database" || (process.env.PHOTO_STORE !== "disk" && /^postgres/.test(process.env.DATABASE_URL ?? ""));
  if (inDatabase) return testDb().photoBlob.count({ where: { key: { in: keys } } });
  const photoDir = process.env.PHOTO_DIR ?? "";
  return keys.filter((key) => existsSync(path.join(photoDir, key.slice(0, 2), key))).length;
}

/** The app's own origin: the journeys below send their API calls with it (see test.use below). */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;

/** A slip logged through the JSON API (multipart, with one photo), as the user of `request`. */
async function logSlipViaApi(request: APIRequestContext, merchantName: string): Promise<{ id: string; photoId: string }> {
  const response = await request.post("/api/slips", {
    headers: { origin: ORIGIN },
    multipart: {
      merchantName, country: "TH", localDateTime: "2025-02-01T12:30", amount: "450", currency: "THB", cardLast4: "1881", entryMode: "chip",
      photos: { name: "slip.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { slip } = (await response.json()) as { slip: { id: string; photos: { id: string }[] } };
  return { id: slip.id, photoId: slip.photos[0]?.id ?? "" };
}

/** The slip form's required fields for a ¥1,280 chip payment in Japan, labels in the page's language. */
async function fillRequiredFields(page: Page, f: typeof en.slips.form, merchant: string) {
  await page.getByLabel(f.merchantName).fill(merchant);
  await page.getByLabel(f.country).selectOption("JP");
  await page.getByLabel(f.localDateTime).fill("2025-03-14T18:05");
  await page.getByLabel(f.amount, { exact: true }).fill("1280");
  await page.getByLabel(f.currency, { exact: true }).selectOption("JPY");
  await page.getByLabel(f.cardLast4, { exact: true }).fill("4242");
  await page.getByLabel(f.entryMode).selectOption("chip");
}

/** True once the <img> has really decoded a picture (a broken image has no natural width). */
function isLoaded(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
}

test.describe("offline slips @slips", () => {
  // Chromium uploads a 13 MB form post poorly when Playwright adds headers to its requests; the
  // browser sends its own Origin on form posts, so these journeys need none added.
  test.use({ extraHTTPHeaders: {} });
  test("log a slip with a photo in Chinese, edit it, delete it", async ({ page, user }) => {
    void user;
    await page.goto("/zh-CN/slips/new");
    await page.getByLabel("商户名称（按小票所印）").fill("全家便利店 信义店");
    await page.getByLabel("国家或地区").selectOption("TW");
    // The country's only zone is chosen for the traveller.
    await expect(page.getByLabel("时区")).toHaveValue("Asia/Taipei");
    await page.getByLabel("城市").fill("台北");
    await page.getByLabel("小票上的日期和时间").fill("2025-03-14T18:05");
    await page.getByLabel("金额", { exact: true }).fill("1,280");
    await page.getByLabel("币种", { exact: true }).selectOption("TWD");
    await page.getByLabel("卡号后 4 位", { exact: true }).fill("4242");
    await page.getByLabel("刷卡方式").selectOption("contactless");
    await page.getByText("小票上印的其他信息（选填）").click();
    await page.getByLabel("授权码").fill("Y3");
    await page.getByTestId("photo-files").setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() });
    // The photo is shown before anything is saved.
    await expect(page.getByTestId("photo-previews").getByRole("img")).toHaveCount(1);
    await expect.poll(() => isLoaded(page, "[data-testid=photo-previews] img")).toBe(true);
    await page.getByTestId("slip-form-submit").click();

    await expect(page).toHaveURL(/\/zh-CN\/slips\/[^/]+\?saved=1$/);
    await expect(page.getByTestId("slip-saved")).toHaveText("小票已保存。");
    await expect(page.getByTestId("slip-merchant")).toHaveText("全家便利店 信义店");
    await expect(page.getByTestId("slip-amount")).toContainText("1,280.00");
    await expect(page.getByTestId("slip-where")).toHaveText("中国台湾省 台北");
    await expect(page.getByTestId("slip-when")).toContainText("Asia/Taipei");
    await expect(page.getByTestId("slip-card")).toHaveText("尾号 4242 的卡");
    await expect(page.getByTestId("slip-approvalCode")).toHaveText("Y3");
    await expect(page.getByTestId("slip-photos").getByRole("img")).toHaveCount(1);
    await expect.poll(() => isLoaded(page, "[data-testid=slip-photos] img")).toBe(true);

    await page.getByTestId("edit-slip").click();
    await expect(page.getByLabel("商户名称（按小票所印）")).toHaveValue("全家便利店 信义店");
    await expect(page.getByTestId("existing-photos").getByRole("img")).toHaveCount(1);
    await page.getByLabel("金额", { exact: true }).fill("1,350");
    await page.getByTestId("slip-form-submit").click();
    await expect(page.getByTestId("slip-saved")).toBeVisible();
    await expect(page.getByTestId("slip-amount")).toContainText("1,350.00");
    await expect(page.getByTestId("slip-photos").getByRole("img")).toHaveCount(1);

    await page.getByTestId("delete-slip").click();
    await expect(page.getByRole("heading", { name: "删除这张小票？" })).toBeVisible();
    await page.getByTestId("delete-slip-confirm").click();
    await expect(page).toHaveURL(/\/zh-CN\/slips\?deleted=1$/);
    await expect(page.getByTestId("slip-deleted")).toHaveText("小票已删除。");
    await expect(page.getByTestId("slips-empty")).toBeVisible();
  });

  test("a refused save keeps what was typed and explains the problem", async ({ page, user }) => {
    void user;
    await page.goto("/en/slips/new");
    await page.getByLabel("Merchant name (as printed)").fill("7-Eleven Sukhumvit 11");
    await page.getByLabel("Country or region").selectOption("TH");
    await page.getByLabel("Date and time on the slip").fill("2025-02-01T12:30");
    await page.getByLabel("Amount", { exact: true }).fill("450");
    await page.getByLabel("Currency", { exact: true }).selectOption("THB");
    await page.getByLabel("Card: last 4 digits", { exact: true }).fill("4111 1111 1111 1111");
    await page.getByLabel("How the card was used").selectOption("chip");
    await page.getByTestId("slip-form-submit").click();
    await expect(page.getByTestId("error-cardLast4")).toContainText("This looks like a full card number.");
    await expect(page.getByTestId("form-message")).toHaveText("Please check the highlighted fields.");
    // The summary names the field in error and links to it; the field has the focus (issue 18).
    await expect(page.getByTestId("error-summary")).toContainText("Please check these fields:");
    await expect(page.getByTestId("error-link-cardLast4")).toContainText("Card: last 4 digits: This looks like a full card number.");
    await expect(page.getByTestId("error-link-cardLast4")).toHaveAttribute("href", "#field-cardLast4");
    await expect(page.getByLabel("Card: last 4 digits", { exact: true })).toBeFocused();
    await expect(page.getByLabel("Merchant name (as printed)")).toHaveValue("7-Eleven Sukhumvit 11");
    await expect(page.getByLabel("Country or region")).toHaveValue("TH");
    await expect(page.getByLabel("Currency", { exact: true })).toHaveValue("THB");
    await expect(page.getByLabel("How the card was used")).toHaveValue("chip");
  });

  test("in Chinese, an empty save lists every missing field with a link to it", async ({ page, user }) => {
    void user;
    await page.goto("/zh-CN/slips/new");
    await page.getByTestId("slip-form-submit").click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText(zh.slips.form.errorSummary);
    await expect(summary.getByTestId("error-link-merchantName")).toContainText(zh.slips.form.merchantName);
    await expect(summary.getByTestId("error-link-merchantName")).toHaveAttribute("href", "#field-merchantName");
    await expect(page.locator("#field-merchantName")).toBeFocused();
  });

  for (const [locale, m] of [["en", en], ["zh-CN", zh]] as const) {
    test(`a chosen photo survives a refused save and is saved with the corrected slip (${locale})`, async ({ page, user }) => {
      void user;
      const f = m.slips.form;
      await page.goto(`/${locale}/slips/new`);
      await fillRequiredFields(page, f, "FamilyMart Shinjuku");
      await page.getByLabel(f.notes).fill("CVV 987 on the back");
      await page.getByTestId("photo-files").setInputFiles({ name: "slip.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() });
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("error-notes")).toHaveText(m.slips.errors.cardSecret);
      // The photo is still chosen: previewed, said to be kept, not "choose it again".
      await expect(page.getByTestId("photos-kept")).toHaveText(m.photos.kept);
      await expect(page.getByTestId("photo-previews").locator("img")).toHaveCount(1);
      await expect(page.getByTestId("error-photos")).toHaveText("");
      await page.getByLabel(f.notes).fill("Paid at the counter");
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("slip-merchant")).toHaveText("FamilyMart Shinjuku");
      await expect.poll(() => isLoaded(page, "[data-testid=slip-photos] img")).toBe(true);
    });
  }

  for (const [locale, m] of [["en", en], ["zh-CN", zh]] as const) {
    test(`a terminal id written as printed (T-0042) is accepted and shown as printed (${locale})`, async ({ page, user }) => {
      test.skip(test.info().project.name !== "phone", "the phone journey");
      void user;
      const f = m.slips.form;
      await page.goto(`/${locale}/slips/new`);
      await fillRequiredFields(page, f, "FamilyMart Shinjuku");
      await page.getByTestId("printed-section").locator("summary").click();
      await page.getByLabel(f.tid).fill("T-0042");
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("slip-merchant")).toHaveText("FamilyMart Shinjuku");
      await expect(page.getByTestId("slip-tid")).toContainText(m.slips.detail.printedValue.replace("{printed}", "T-0042").replace("{normalised}", "T0042"));
      await page.getByTestId("edit-slip").click();
      await expect(page.getByLabel(f.tid)).toHaveValue("T-0042");
    });
  }

  test("three phone-sized photos (13 MB in one post) are saved with the slip", async ({ page, user }) => {
    void user;
    const photo = await phoneSizedPhoto();
    expect(photo.byteLength).toBeGreaterThan(4_000_000);
    await page.goto("/en/slips/new");
    await page.getByLabel("Merchant name (as printed)").fill("BIG PHOTOS MART");
    await page.getByLabel("Country or region").selectOption("JP");
    await page.getByLabel("Date and time on the slip").fill("2025-03-14T18:05");
    await page.getByLabel("Amount", { exact: true }).fill("1280");
    await page.getByLabel("Currency", { exact: true }).selectOption("JPY");
    await page.getByLabel("Card: last 4 digits", { exact: true }).fill("4242");
    await page.getByLabel("How the card was used").selectOption("chip");
    await page.getByTestId("photo-files").setInputFiles([1, 2, 3].map((n) => ({ name: `IMG_${n}.jpg`, mimeType: "image/jpeg", buffer: photo })));
    await page.getByTestId("slip-form-submit").click();
    await expect(page.getByTestId("slip-saved")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("slip-photos").getByRole("img")).toHaveCount(3);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("in Chinese, a photo chosen before a refused save is kept and saved with the slip", async ({ page, user }) => {
      void user;
      const f = zh.slips.form;
      await page.goto("/zh-CN/slips/new");
      await fillRequiredFields(page, f, "全家 新宿店");
      await page.getByLabel(f.notes).fill("CVV 987");
      await page.getByTestId("photo-files").setInputFiles({ name: "slip.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() });
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("error-notes")).toHaveText(zh.slips.errors.cardSecret);
      await expect(page.getByTestId("photos-kept")).toHaveText(zh.photos.kept);
      await page.getByLabel(f.notes).fill("柜台付款");
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("slip-merchant")).toHaveText("全家 新宿店");
      await expect.poll(() => isLoaded(page, "[data-testid=slip-photos] img")).toBe(true);
    });

    test("the slip form still saves a slip with its photo, and a refused save loses nothing typed or chosen", async ({ page, user }) => {
      void user;
      await page.goto("/en/slips/new");
      await page.getByLabel("Merchant name (as printed)").fill("LAWSON SHIBUYA");
      await page.getByLabel("Country or region").selectOption("JP");
      await page.getByLabel("Date and time on the slip").fill("2025-03-14T18:05");
      await page.getByLabel("Amount", { exact: true }).fill("1280");
      await page.getByLabel("Currency", { exact: true }).selectOption("JPY");
      await page.getByLabel("Card: last 4 digits", { exact: true }).fill("4242");
      await page.getByLabel("How the card was used").selectOption("fallback");
      await page.getByLabel("Notes").fill("Card 4111-1111-1111-1111 was declined, paid cash");
      await page.getByTestId("photo-camera").setInputFiles({ name: "slip.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() });
      await page.getByTestId("slip-form-submit").click();

      await expect(page.getByTestId("error-notes")).toContainText("This looks like a full card number.");
      // No JavaScript to refill the file input: the photo is kept on the server and shown again.
      await expect(page.getByTestId("photos-kept")).toHaveText(en.photos.kept);
      await expect(page.getByTestId("error-photos")).toHaveText("");
      await expect.poll(() => isLoaded(page, "[data-testid=draft-photos] img")).toBe(true);
      await expect(page.getByLabel("Merchant name (as printed)")).toHaveValue("LAWSON SHIBUYA");
      await expect(page.getByLabel("Country or region")).toHaveValue("JP");
      await expect(page.getByLabel("How the card was used")).toHaveValue("fallback");
      await expect(page.getByLabel("Notes")).toHaveValue("Card 4111-1111-1111-1111 was declined, paid cash");

      // Saved without choosing the photo again.
      await page.getByLabel("Notes").fill("Card was declined, paid cash");
      await page.getByTestId("slip-form-submit").click();
      await expect(page.getByTestId("slip-saved")).toHaveText("Slip saved.");
      await expect(page.getByTestId("slip-photos").getByRole("img")).toHaveCount(1);
      await expect(page.getByTestId("slip-merchant")).toHaveText("LAWSON SHIBUYA");
      // Left on "the country's time zone": Japan has one, so it was filled in.
      await expect(page.getByTestId("slip-when")).toContainText("(Asia/Tokyo)");
      await expect(page.getByTestId("slip-notes")).toHaveText("Card was declined, paid cash");
      await expect.poll(() => isLoaded(page, "[data-testid=slip-photos] img")).toBe(true);
    });
  });

  test("another user gets 'not found' for my slip and photo, through pages and the API", async ({ page, user, browser }) => {
    void user;
    const mine = await logSlipViaApi(page.request, "MY PRIVATE SHOP");
    const own = await page.request.get(`/api/slips/${mine.id}/photos/${mine.photoId}`);
    expect(own.status()).toBe(200);
    expect(own.headers()["x-content-type-options"]).toBe("nosniff");
    expect(own.headers()["content-disposition"]).toBe('inline; filename="slip-photo.jpg"');
    expect(own.headers()["cache-control"]).toContain("no-store");

    const other = await browser.newContext();
    const stranger = { email: randomEmail("stranger"), password: "stranger-password" };
    await createUser(testDb(), stranger);
    await signInViaApi(other.request, stranger);
    const strangerPage = await other.newPage();
    for (const suffix of ["", "/edit", "/delete"]) {
      const response = await strangerPage.goto(`/en/slips/${mine.id}${suffix}`);
      expect(response?.status()).toBe(404);
      await expect(strangerPage.getByRole("heading", { name: "This page does not exist." })).toBeVisible();
      await expect(strangerPage.getByText("MY PRIVATE SHOP")).toHaveCount(0);
    }
    const api = await other.request.get(`/api/slips/${mine.id}`, { headers: { "Accept-Language": "zh-CN" } });
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: { code: "notFound", message: "找不到这项内容。" } });
    expect((await other.request.get(`/api/slips/${mine.id}/photos/${mine.photoId}`)).status()).toBe(404);
    expect((await other.request.delete(`/api/slips/${mine.id}`, { headers: { origin: ORIGIN } })).status()).toBe(404);
    expect(await (await other.request.get("/api/slips")).text()).not.toContain("MY PRIVATE SHOP");
    await other.close();
    // Still there for its owner.
    expect((await page.request.get(`/api/slips/${mine.id}`)).status()).toBe(200);
  });

  test("export my data as a zip with the slip and its photo", async ({ page, user }) => {
    void user;
    const slip = await logSlipViaApi(page.request, "=CMD|' /C calc'!A0");
    await page.goto("/en/account");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("data-export").click()]);
    expect(download.suggestedFilename()).toMatch(/^sliptrack-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const slips = JSON.parse(strFromU8(files["slips.json"] ?? new Uint8Array())) as { id: string; merchantName: string }[];
    expect(slips).toMatchObject([{ id: slip.id, merchantName: "=CMD|' /C calc'!A0" }]);
    const photo = files[`photos/${slip.id}/photo-1.jpg`];
    expect(photo?.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    // In the spreadsheet the merchant name is text, not a formula.
    expect(strFromU8(files["slips.csv"] ?? new Uint8Array())).toContain(`"'=CMD|' /C calc'!A0"`);
  });

  test("delete my account: slips, photo files and sessions are gone", async ({ page, user, browser }) => {
    const slip = await logSlipViaApi(page.request, "TO BE FORGOTTEN");
    const keys = await testDb().slipPhoto.findMany({ where: { slipId: slip.id }, select: { storageKey: true, thumbKey: true } });
    const photoKeys = keys.flatMap((k) => [k.storageKey, k.thumbKey]);
    expect(photoKeys).toHaveLength(2);
    expect(await countStoredPhotos(photoKeys)).toBe(2);
    const copied = await page.context().storageState();

    await page.goto("/en/account");
    const confirm = page.getByLabel(/To confirm, type your email address/);
    await confirm.fill("not-me@example.test");
    await page.getByTestId("delete-account-submit").click();
    await expect(page.getByTestId("error-confirmEmail")).toHaveText("That is not this account's email address. Nothing was deleted.");
    await confirm.fill(user.email);
    await page.getByTestId("delete-account-submit").click();
    await expect(page.getByTestId("account-deleted")).toHaveText("Your account was deleted");

    await page.goto("/en/slips");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
    const other = await browser.newContext({ storageState: copied });
    expect((await other.request.get("/api/slips")).status()).toBe(401);
    await other.close();
    expect(await testDb().user.count({ where: { email: user.email } })).toBe(0);
    expect(await testDb().slip.count({ where: { id: slip.id } })).toBe(0);
    expect(await countStoredPhotos(photoKeys)).toBe(0);
  });
});
