/**
 * Slip capture with no signal (issue 16): a signed-in traveller logs slips with photos offline;
 * they wait on the phone (IndexedDB), survive a reload, and reach the server exactly once when
 * the connection returns — also when the connection is cut in the middle of an upload and the
 * app sends again with the same Idempotency-Key. A refused entry stays with the server's reason
 * and can be corrected. Signing out with one waiting asks first and clears the phone's store.
 */
import sharp from "sharp";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };

async function slipPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: "#fbfaf5" } }).jpeg().toBuffer();
}

async function waitForOfflineReady(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.state ?? "none"), { timeout: 30_000 })
    .toBe("activated");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);
}

async function openOfflineSlipForm(page: Page, context: BrowserContext) {
  await page.goto("/en");
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto("/en/slips/new");
  await expect(page.getByTestId("offline-slip-capture")).toBeVisible();
}

async function logSlip(page: Page, merchant: string, { amount = "450", withPhoto = true } = {}) {
  await page.getByLabel(en.slips.form.merchantName).fill(merchant);
  await page.getByLabel(en.slips.form.country).selectOption("TH");
  await page.getByLabel(en.slips.form.localDateTime).fill("2025-02-01T12:30");
  await page.getByLabel(en.slips.form.amount, { exact: true }).fill(amount);
  await page.getByLabel(en.slips.form.currency, { exact: true }).selectOption("THB");
  // A whole card number typed by mistake: the phone keeps its last 4 digits only.
  await page.getByLabel(en.slips.form.cardLast4, { exact: true }).fill("4111 1111 1111 4242");
  await page.getByLabel(en.slips.form.entryMode).selectOption("chip");
  if (withPhoto) await page.getByTestId("photo-files").setInputFiles({ name: "slip.jpg", mimeType: "image/jpeg", buffer: await slipPhoto() });
  await page.getByTestId("slip-form-submit").click();
  await expect(page.getByTestId("form-message")).toHaveText(en.offlineSlips.queued);
}

async function serverSlips(page: Page): Promise<{ merchantName: string; photoCount: number }[]> {
  const response = await page.request.get("/api/slips");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { slips: { merchantName: string; photoCount: number }[] }).slips;
}

async function storedOnPhone(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("sliptrack-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("slips")) return resolve([]);
          const all = db.transaction("slips").objectStore("slips").getAll();
          all.onsuccess = () => resolve(all.result.map((e: { fields: Record<string, string> }) => JSON.stringify(e.fields)));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test.describe("offline slips @offline @slips", () => {
  test("two slips logged offline reach the server exactly once, also after an upload cut mid-way", async ({ page, context, user }) => {
    void user;
    await openOfflineSlipForm(page, context);
    await logSlip(page, "7-Eleven Sukhumvit 11");
    await logSlip(page, "Family Mart Silom");
    await expect(page.getByTestId("queued-count")).toHaveText("Waiting to upload (2)");
    await expect(page.getByTestId("waiting-uploads")).toHaveText("Waiting to upload (2)");
    // Phone first: the queue and the header's badges fit the screen's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const kept = await storedOnPhone(page);
    expect(kept.join(" ")).not.toMatch(/4111/);
    expect(kept.join(" ")).toContain('"cardLast4":"4242"');

    await page.reload();
    await expect(page.getByTestId("offline-slip-capture")).toBeVisible();
    await expect(page.getByTestId("queued-count")).toHaveText("Waiting to upload (2)");

    // The first upload reaches the server, but its answer never comes back.
    let cut = 0;
    await context.route("**/api/slips?**", async (route) => {
      if (route.request().method() !== "POST" || cut > 0) return route.fallback();
      cut++;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await context.setOffline(false);
    await expect.poll(() => cut, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await serverSlips(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    // The next visit (online: the server's own slip form now) sends again, with the same keys.
    await page.reload();
    await expect(page.getByTestId("slip-form")).toBeVisible();
    await expect(page.getByTestId("offline-slip-capture")).toHaveCount(0);
    await expect.poll(async () => (await storedOnPhone(page)).length, { timeout: 15_000 }).toBe(0);
    await expect(page.getByTestId("waiting-uploads")).toBeHidden();
    const slips = await serverSlips(page);
    expect(slips.map((s) => `${s.merchantName} ${s.photoCount}`).sort()).toEqual(["7-Eleven Sukhumvit 11 1", "Family Mart Silom 1"]);
  });

  test("a slip the server refuses stays on the phone with the reason, and can be corrected", async ({ page, context, user }) => {
    void user;
    await openOfflineSlipForm(page, context);
    await logSlip(page, "Lotus Rama 4", { amount: "-5", withPhoto: false });
    // Back online: the page sends it by itself (the online event), and the server refuses it.
    await context.setOffline(false);
    const refused = page.getByTestId("queued-slip").filter({ has: page.getByTestId("queued-refused") });
    await expect(refused).toBeVisible({ timeout: 15_000 });
    await expect(refused).toContainText("Lotus Rama 4");
    await expect(refused.getByTestId("queued-refused")).toContainText(en.offlineSlips.statusRefused.split(":")[0]!);
    await refused.getByTestId("queued-edit").click();
    await expect(page.getByLabel(en.slips.form.merchantName)).toHaveValue("Lotus Rama 4");
    await page.getByLabel(en.slips.form.amount, { exact: true }).fill("120");
    await page.getByTestId("slip-form-submit").click();
    await expect(page.getByTestId("queued-count")).toHaveText("Waiting to upload (0)", { timeout: 15_000 });
    expect((await serverSlips(page)).map((s) => s.merchantName)).toEqual(["Lotus Rama 4"]);
  });

  test("signing out with a slip waiting asks first, then clears the phone's store", async ({ page, context, user }) => {
    void user;
    await openOfflineSlipForm(page, context);
    await logSlip(page, "Tops Market Chidlom", { withPhoto: false });
    // Back online but the upload keeps failing: the slip is still waiting.
    await context.route("**/api/slips?**", (route) => (route.request().method() === "POST" ? route.abort("connectionreset") : route.fallback()));
    await context.setOffline(false);
    await page.goto("/en/account");
    await expect(page.getByTestId("waiting-uploads")).toHaveText("Waiting to upload (1)");
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-out-waiting")).toContainText("1 slip(s) still wait on this phone");
    await page.getByTestId("sign-out-cancel").click();
    expect(await storedOnPhone(page)).toHaveLength(1);
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-out-confirm").click();
    await expect(page).toHaveURL(/\/en\/sign-in/);
    expect(await storedOnPhone(page)).toEqual([]);
    expect(await serverSlips(page).catch(() => [])).toEqual([]);
  });
});
