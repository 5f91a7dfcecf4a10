import { test, expect } from "./fixtures";

test.describe("languages and layout @i18n", () => {
  test("the switcher turns the page into Chinese and back", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByTestId("home-heading")).toHaveText("Your card payment abroad failed or went offline?");
    await page.getByTestId("language-switcher").getByRole("link", { name: "简体中文" }).click();
    await expect(page).toHaveURL(/\/zh-CN$/);
    await expect(page.getByTestId("home-heading")).toHaveText("在境外刷卡失败了，或者交易变成了离线？");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByTestId("language-switcher").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });

  test("a first visit picks the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-CN$/);
    await context.close();
  });

  for (const locale of ["en", "zh-CN"]) {
    test(`the landing page has no horizontal scroll at 390 px (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("the health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(body.database.migrationsApplied).toBeGreaterThan(0);
  });
});
