/**
 * Password reset (issue 18), on the phone in both languages. The e2e server runs without SMTP,
 * so "forgot password" says reset by email is not set up (and sign-in offers no link); the mail
 * itself is tested against a real SMTP server in tests/security/password-reset.test.ts. The
 * emailed link's page is tested here with a link made as the server makes it (the HMAC of a
 * random token under the AUTH_SECRET the e2e server runs with): a weak password is refused, a
 * good one is set, another device's session ends, the link then stops working.
 */
import { randomBytes } from "node:crypto";
import { test, expect, hashSecretToken, randomEmail, signInViaApi, testDb } from "./fixtures";
import { createUser } from "../prisma/factories/user";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

for (const { locale, m } of [
  { locale: "en", m: en },
  { locale: "zh-CN", m: zh },
] as const) {
  test.describe(`password reset in ${locale} @reset`, () => {
    test.skip(() => test.info().project.name !== "phone", "the phone journey");

    test("without SMTP, forgot password says so and sign-in offers no link", async ({ page }) => {
      await page.goto(`/${locale}/sign-in`);
      await expect(page.getByTestId("sign-in-form")).toBeVisible();
      await expect(page.getByTestId("forgot-password-link")).toHaveCount(0);
      await page.goto(`/${locale}/forgot-password`);
      await expect(page).toHaveTitle(`${m.auth.reset.forgotTitle} · SlipTrack`);
      await expect(page.getByTestId("reset-unavailable")).toHaveText(m.auth.reset.unavailable);
    });

    test("the emailed link sets a new password once and signs every device out", async ({ page, browser }) => {
      const user = { email: randomEmail("reset"), password: "the-old-password-1" };
      await createUser(testDb(), user);
      const { id: userId } = await testDb().user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true } });
      // Another device, signed in with the old password.
      const laptop = await browser.newContext();
      await signInViaApi(laptop.request, user);
      expect(((await (await laptop.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null)?.user?.email).toBe(user.email);

      const token = randomBytes(32).toString("base64url");
      await testDb().passwordReset.create({ data: { userId, tokenHash: hashSecretToken("password-reset-token/v1", token), expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
      await page.goto(`/${locale}/reset-password/${token}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.auth.reset.chooseTitle);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

      await page.getByLabel(m.auth.reset.newPassword).fill("password");
      await page.getByTestId("new-password-submit").click();
      await expect(page.getByTestId("new-password-form")).toContainText(m.auth.errors.passwordCommon);

      await page.getByLabel(m.auth.reset.newPassword).fill("a brand new passphrase");
      await page.getByTestId("new-password-submit").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?reset=1$`));
      await expect(page.getByTestId("password-reset-done")).toHaveText(m.auth.reset.done);

      // The other device is signed out; the new password signs in.
      expect(await (await laptop.request.get("/api/auth/session")).json()).toBeNull();
      await laptop.close();
      await page.getByLabel(m.auth.email).fill(user.email);
      await page.getByLabel(m.auth.password, { exact: true }).fill("a brand new passphrase");
      await page.getByTestId("sign-in-form").getByRole("button").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/account`));

      // The link worked once.
      await page.goto(`/${locale}/reset-password/${token}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.auth.reset.invalidTitle);
      await expect(page.getByTestId("reset-link-invalid")).toHaveText(m.auth.reset.invalidBody);
    });
  });
}
