/**
 * "Log this slip" (issue 12): the guide's result opens the slip form already filled in with what
 * the guide learned — country, entry mode, the offline wording and, in the notes and above the
 * form, the screen text, the slip's outcome and the guide's cause — in both languages.
 */
import { test, expect } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

test.describe("log this slip @diagnosis @slips", () => {
  for (const [locale, messages] of [["en", en], ["zh-CN", zh]] as const) {
    test(`the guide's result opens a prefilled slip form in ${locale}`, async ({ page, user }) => {
      expect(user.email).toContain("@");
      await page.goto(`/${locale}/diagnose?t=UNABLE+TO+GO+ONLINE+Y3&st=I+tapped+my+card&c=JP&sp=oa&r=1`);
      await page.getByTestId("log-slip").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/slips/new\\?`));
      const form = page.getByTestId("slip-form");
      await expect(form.locator('select[name="country"]')).toHaveValue("JP");
      await expect(form.locator('select[name="entryMode"]')).toHaveValue("contactless");
      await expect(form.locator('input[name="offlineWording"]')).toHaveValue("UNABLE TO GO ONLINE");
      await expect(page.getByTestId("printed-section")).toHaveAttribute("open", "");
      await expect(form.locator('textarea[name="notes"]')).toHaveValue(/UNABLE TO GO ONLINE Y3/);
      await expect(page.getByTestId("slip-prefill-screen")).toHaveText("UNABLE TO GO ONLINE Y3");
      await expect(page.getByTestId("slip-prefill-outcome")).toHaveText(messages.diagnosis.questions.slipPrinted.options.offlineApproved);
      await expect(page.getByTestId("slip-prefill")).toContainText(messages.slips.new.fromGuide);
    });
  }

  test("a card number in the link is cut to its last 4 digits and bad values are dropped", async ({ page, user }) => {
    expect(user.email).toContain("@");
    await page.goto("/en/slips/new?screenText=DECLINED%204111%201111%201111%201111&country=ZZ&entryMode=chip&responseCode=51");
    const form = page.getByTestId("slip-form");
    await expect(page.getByTestId("slip-prefill-screen")).not.toContainText("4111 1111");
    await expect(page.getByTestId("slip-prefill-screen")).toContainText("1111");
    await expect(form.locator('textarea[name="notes"]')).not.toHaveValue(/4111 1111/);
    await expect(form.locator('select[name="country"]')).toHaveValue("");
    await expect(form.locator('select[name="entryMode"]')).toHaveValue("chip");
    await expect(form.locator('input[name="responseCode"]')).toHaveValue("51");
  });
});
