/**
 * The emailed sign-up link (issue 14: sign-up that does not reveal accounts), on the phone in
 * both languages. The e2e server runs without SMTP, so sign-up itself creates accounts at once
 * there; the mail and the same-answer check are tested against a real SMTP server in
 * tests/security/sign-up-enumeration.test.ts. Here a request is made as the server makes it (the
 * HMAC of a random token under the e2e server's AUTH_SECRET): opening the link creates nothing,
 * the button does, the traveller signs in, and the link then stops working.
 */
import { randomBytes } from "node:crypto";
import { test, expect, hashSecretToken, randomEmail, testDb } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

for (const { locale, m } of [
  { locale: "en", m: en },
  { locale: "zh-CN", m: zh },
] as const) {
  test(`the emailed sign-up link creates the account once (${locale}) @reset`, async ({ page }) => {
    test.skip(test.info().project.name !== "phone", "the phone journey");
    const email = randomEmail("confirm");
    const token = randomBytes(32).toString("base64url");
    // The password hash as sign-up would store it (the factory hashes with the app's parameters).
    const { hashPassword } = await import("../prisma/factories/user");
    await testDb().signUpRequest.create({ data: { email, passwordHash: await hashPassword("a long enough passphrase"), locale, tokenHash: hashSecretToken("sign-up-token/v1", token), expiresAt: new Date(Date.now() + 3_600_000) } });

    await page.goto(`/${locale}/sign-up/confirm/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.auth.signUpMail.confirmTitle);
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    await page.getByTestId("confirm-sign-up").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?created=1$`));
    await expect(page.getByTestId("sign-up-created")).toHaveText(m.auth.signUpMail.created);
    await page.getByLabel(m.auth.email).fill(email);
    await page.getByLabel(m.auth.password, { exact: true }).fill("a long enough passphrase");
    await page.getByTestId("sign-in-form").getByRole("button").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account`));

    await page.goto(`/${locale}/sign-up/confirm/${token}`);
    await expect(page.getByTestId("sign-up-link-invalid")).toHaveText(m.auth.signUpMail.invalidBody);
  });
}
