/**
 * Works with no signal (issue 16): the first visit is online, the service worker precaches in
 * the background, then the browser context goes offline (context.setOffline) and the guide runs
 * end to end on the phone, in both languages, with the same result the server gives.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

/** Waits until the service worker controls the page and has finished precaching (it activates only after). */
async function waitForOfflineReady(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.state ?? "none"), { timeout: 30_000 })
    .toBe("activated");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);
}

async function answerUntilResult(page: Page, answers: Record<string, string>) {
  for (let step = 0; step < 12; step++) {
    const form = page.getByTestId("question-form");
    const result = page.getByTestId("diagnosis-result");
    await expect(form.or(result)).toBeVisible();
    if (await result.isVisible()) return;
    const question = (await form.getAttribute("data-question")) ?? "";
    await form.getByTestId(`option-${answers[question] ?? "unknown"}`).click();
    await page.waitForLoadState("domcontentloaded");
  }
  throw new Error("the guide never reached a result");
}

async function resultOf(page: Page) {
  const result = page.getByTestId("diagnosis-result");
  return {
    cause: await result.getAttribute("data-cause"),
    outlook: await result.getAttribute("data-outlook"),
    topCause: await page.getByTestId("top-cause").textContent(),
    doNow: await page.getByTestId("advice-do-now").textContent(),
    url: new URL(page.url()).search,
  };
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect(page.getByTestId("offline-badge")).toBeVisible();
}

test.describe("offline @offline", () => {
  test("the app is installable: a manifest per language, icons at the sizes asked, an apple-touch-icon", async ({ page, request }) => {
    for (const [locale, messages] of [["en", en], ["zh-CN", zh]] as const) {
      await page.goto(`/${locale}`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe(`/${locale}/manifest.webmanifest`);
      const manifest = await (await request.get(href!)).json();
      expect(manifest).toMatchObject({ name: messages.pwa.name, short_name: messages.pwa.shortName, description: messages.pwa.description, start_url: `/${locale}?source=pwa`, display: "standalone", lang: locale });
      const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
      expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
      for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
      const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
      expect((await request.get(apple!)).headers()["content-type"]).toBe("image/png");
    }
    // Chromium's own verdict. A Playwright context is an incognito profile, where Chromium never
    // offers installing; that is the test browser's doing, so it is the only error allowed.
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  });

  for (const [locale, messages] of [["en", en], ["zh-CN", zh]] as const) {
    test(`after one visit the whole guide runs offline in ${locale}, with the server's result`, async ({ page, context }) => {
      const screenText = locale === "en" ? "UNABLE TO GO ONLINE" : "交易失败";
      await page.goto(`/${locale}`);
      await waitForOfflineReady(page);
      // The server's answer for the same inputs, for comparison.
      await page.goto(`/${locale}/diagnose`);
      await page.getByLabel(messages.diagnosePage.screenTextLabel).fill(screenText);
      await page.getByTestId("screen-text-submit").click();
      await answerUntilResult(page, { otherCardsWork: "no" });
      const online = await resultOf(page);

      await goOffline(context, page);
      await page.goto(`/${locale}/diagnose`);
      await expect(page.getByTestId("offline-guide")).toBeVisible();
      await page.getByLabel(messages.diagnosePage.screenTextLabel).fill(screenText);
      await page.getByTestId("screen-text-submit").click();
      await expect(page.getByTestId("question-text")).toBeVisible();
      await answerUntilResult(page, { otherCardsWork: "no" });
      expect(await resultOf(page)).toEqual(online);
      await expect(page.getByTestId("offline-result-note")).toHaveText(messages.diagnosePage.offlineResultNote);
      // The folded details, the other language and a fresh start also work without a network.
      await page.getByTestId("result-details").locator("summary").click();
      await expect(page.getByTestId("advice-keep")).toBeVisible();
      const other = locale === "en" ? "zh-CN" : "en";
      await page.getByTestId("language-switcher").getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${other}/diagnose\\?`));
      await expect(page.getByTestId("diagnosis-result")).toHaveAttribute("data-cause", online.cause!);
      await page.getByTestId("start-over").click();
      await expect(page.getByTestId("screen-text-form")).toBeVisible();
    });
  }

  test("offline, a page that needs the network says so, in the page's language", async ({ page, context }) => {
    await page.goto("/zh-CN");
    await waitForOfflineReady(page);
    await goOffline(context, page);
    await page.goto("/zh-CN/payments");
    await expect(page.getByTestId("needs-network")).toContainText(zh.offline.pageTitle);
    await page.getByTestId("offline-open-guide").click();
    await expect(page.getByTestId("screen-text-form")).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByTestId("offline-badge")).toBeHidden();
  });

  test("a card number typed offline leaves the address bar at its last 4 digits", async ({ page, context }) => {
    await page.goto("/en");
    await waitForOfflineReady(page);
    await goOffline(context, page);
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("DECLINED 4111 1111 1111 1111");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("offline-guide")).toBeVisible();
    await expect.poll(() => decodeURIComponent(page.url())).not.toMatch(/4111.?1111.?1111/);
  });
});

test.describe("service worker lifecycle @offline", () => {
  test("a new version waits behind a translated prompt and takes over on Reload", async ({ page }) => {
    await page.goto("/zh-CN");
    await waitForOfflineReady(page);
    // The next deploy, as the browser meets it: another worker script for the same scope. (The
    // browser fetches worker scripts itself, beyond Playwright's routing, so a second script URL
    // stands in for new bytes at the same URL; the page's update handling is the same.)
    await page.evaluate(() => navigator.serviceWorker.register("/serwist/sw.js?next-build=1", { scope: "/" }));
    await expect(page.getByTestId("update-ready")).toContainText(zh.offline.updateReady, { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.waiting?.scriptURL)).toContain("next-build=1");
    const reloaded = page.waitForEvent("load");
    await page.getByTestId("update-reload").click();
    await reloaded;
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain("next-build=1");
  });

  test("with Data Saver on nothing is downloaded in the background until the traveller asks", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true }, configurable: true }));
    await page.goto("/en");
    await expect(page.getByTestId("keep-for-offline")).toHaveText(en.offline.keepForOffline);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/")) ?? null)).toBeNull();
    await page.getByTestId("keep-for-offline").click();
    await waitForOfflineReady(page);
  });
});
