import { test, expect, randomEmail, testDb } from "./fixtures";
import { createUser } from "../prisma/factories/user";

test.describe("accounts @auth", () => {
  test("sign up, sign out, and sign in again through the forms", async ({ page }) => {
    const email = randomEmail("signup");
    await page.goto("/en/sign-up");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-long-password");
    await page.getByTestId("sign-up-form-submit").click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByTestId("signed-in-as")).toContainText(email);

    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("signed-out-notice")).toBeVisible();
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=/);

    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill("a-long-password");
    await page.getByTestId("sign-in-form-submit").click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByTestId("signed-in-as")).toContainText(email);
  });

  test("a wrong password and an unknown email get the same message, and the email is kept", async ({ page }) => {
    const user = { email: randomEmail("wrongpw"), password: "right-password" };
    await createUser(testDb(), user);
    await page.goto("/en/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByTestId("sign-in-form-submit").click();
    const message = page.getByTestId("form-message");
    await expect(message).toHaveText("That email and password do not match an account.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);

    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Email").fill(randomEmail("nobody"));
    await page.getByLabel("Password").fill("whatever-password");
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/sign-in")),
      page.getByTestId("sign-in-form-submit").click(),
    ]);
    await expect(message).toHaveText("That email and password do not match an account.");
  });

  test("sign-up refuses a short password and a bad email with field messages", async ({ page }) => {
    await page.goto("/en/sign-up");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByTestId("sign-up-form-submit").click();
    await expect(page.getByTestId("error-email")).toHaveText("Enter an email address such as name@example.com.");
    await expect(page.getByTestId("error-password")).toHaveText("Use at least 8 characters.");
  });

  test("ten wrong passwords from one address make that address wait, and say how long", async ({ page }) => {
    const user = { email: randomEmail("limited"), password: "right-password" };
    await createUser(testDb(), user);
    await page.goto("/en/sign-in");
    const message = page.getByTestId("form-message");
    for (let i = 0; i < 10; i++) {
      // React resets the form once an action settles; fill only after that reset.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${i}`);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/sign-in")),
        page.getByTestId("sign-in-form-submit").click(),
      ]);
      await expect(message).toHaveText("That email and password do not match an account.");
    }
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByTestId("sign-in-form-submit").click();
    // The wait is this address's for this account: one minute after the tenth failure.
    await expect(message).toHaveText("Too many requests in a short time. Try again in 1 minute.");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("changing the password revokes a copied session cookie", async ({ page, browser, user }) => {
    const copied = await page.context().storageState();
    await page.goto("/en/account");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password").fill("a-brand-new-password");
    await page.getByTestId("change-password-submit").click();
    await expect(page.getByTestId("password-changed")).toBeVisible();
    // This device keeps a fresh session…
    await page.reload();
    await expect(page.getByTestId("signed-in-as")).toContainText(user.email);
    // …while the cookie copied before the change no longer works.
    const other = await browser.newContext({ storageState: copied });
    const otherPage = await other.newPage();
    await otherPage.goto("/en/account");
    await expect(otherPage).toHaveURL(/\/en\/sign-in/);
    const session = await other.request.get("/api/auth/session");
    expect(await session.json()).toBeNull();
    await other.close();
  });

  for (const [locale, label, other] of [["en", "Sign out on this device", "Sign out everywhere"], ["zh-CN", "在此设备上退出", "在所有设备上退出"]] as const) {
    test(`"sign out on this device" leaves the traveller's other device signed in (${locale})`, async ({ page, browser }) => {
      const user = { email: randomEmail("device"), password: "right-password" };
      await createUser(testDb(), user);
      const { signInViaApi } = await import("./fixtures");
      const laptop = await browser.newContext();
      const laptopPage = await laptop.newPage();
      await signInViaApi(laptopPage.request, user);
      await signInViaApi(page.request, user);
      await page.goto(`/${locale}/account`);
      await expect(page.getByTestId("sign-out")).toHaveText(other);
      await expect(page.getByTestId("sign-out-device")).toHaveText(label);
      await page.getByTestId("sign-out-device").click();
      await expect(page.getByTestId("signed-out-notice")).toBeVisible();
      await page.goto(`/${locale}/account`);
      await expect(page).toHaveURL(/\/sign-in/);
      await laptopPage.goto(`/${locale}/account`);
      await expect(laptopPage.getByTestId("signed-in-as")).toContainText(user.email);
      await laptop.close();
    });
  }

  test("Auth.js's own POST /api/auth/signout revokes a copied cookie too", async ({ page, browser }) => {
    const user = { email: randomEmail("rawsignout"), password: "right-password" };
    await createUser(testDb(), user);
    const { signInViaApi } = await import("./fixtures");
    await signInViaApi(page.request, user);
    const copied = await page.context().storageState();
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const out = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/en" }, maxRedirects: 0 });
    expect(out.status()).toBe(302);
    const other = await browser.newContext({ storageState: copied });
    const otherPage = await other.newPage();
    await otherPage.goto("/en/account");
    await expect(otherPage).toHaveURL(/\/en\/sign-in/);
    await other.close();
  });

  test("signing out ends the session on every device", async ({ page, browser }) => {
    const user = { email: randomEmail("signout"), password: "right-password" };
    await createUser(testDb(), user);
    const { signInViaApi } = await import("./fixtures");
    await signInViaApi(page.request, user);
    const copied = await page.context().storageState();
    await page.goto("/en/account");
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("signed-out-notice")).toBeVisible();
    const other = await browser.newContext({ storageState: copied });
    const otherPage = await other.newPage();
    await otherPage.goto("/en/account");
    await expect(otherPage).toHaveURL(/\/en\/sign-in/);
    await other.close();
  });
});
