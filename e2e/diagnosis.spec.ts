import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh-CN.json" with { type: "json" };

/** Answers each question the guide asks with the given option, "unknown" for the rest. */
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

test.describe("diagnosis @diagnosis", () => {
  for (const [locale, messages] of [["en", en], ["zh-CN", zh]] as const) {
    test(`a Japanese terminal screen gives the right cause in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/diagnose`);
      await page.getByLabel(messages.diagnosePage.screenTextLabel).fill("G42 暗証番号エラー");
      await page.getByTestId("screen-text-submit").click();
      await expect(page.getByTestId("recognised-signals")).toContainText(messages.diagnosis.signals.wrongPin);
      await answerUntilResult(page, {});
      await expect(page.getByTestId("top-cause")).toHaveText(messages.diagnosis.causes.wrongPin.title);
    });
  }

  test("a card with overseas use switched off is its own cause, with its own next step", async ({ page }) => {
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("TRANSACTION NOT PERMITTED 57");
    await page.getByTestId("story").fill("I forgot to turn on overseas use for this debit card. No SMS came.");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("story-reading")).toContainText(en.diagnosis.signals.storyOverseasOff);
    await answerUntilResult(page, {});
    await expect(page.getByTestId("top-cause")).toHaveText(en.diagnosis.causes.cardRestricted.title);
    await expect(page.getByTestId("advice-do-now")).toContainText(en.diagnosis.causes.cardRestricted.doNow["1"]);
  });

  test("the result has a print button and a Log this slip link carrying what the guide learned", async ({ page }) => {
    await page.goto("/en/diagnose?t=UNABLE+TO+GO+ONLINE+Y3&st=I+tapped+my+card&c=JP&sp=oa&r=1");
    await expect(page.getByTestId("charge-outlook")).toContainText(en.diagnosis.chargeOutlook.mayBeChargedLater.title);
    await expect(page.getByTestId("print-result")).toBeVisible();
    const href = (await page.getByTestId("log-slip").getAttribute("href")) ?? "";
    const params = new URL(href, "http://x").searchParams;
    expect(new URL(href, "http://x").pathname).toBe("/en/slips/new");
    expect(params.get("country")).toBe("JP");
    expect(params.get("screenText")).toBe("UNABLE TO GO ONLINE Y3");
    expect(params.get("outcome")).toBe("offlineApproved");
    expect(params.get("offlineWording")).toBe("UNABLE TO GO ONLINE");
    expect(params.get("entryMode")).toBe("contactless");
  });

  test("a full diagnosis in English ends with the cause, the reasons and what to do", async ({ page }) => {
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("UNABLE TO GO ONLINE");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("recognised-signals")).toContainText(en.diagnosis.signals.unableToGoOnline);
    await answerUntilResult(page, { otherCardsWork: "no", networkShown: "ok" });
    await expect(page.getByTestId("top-cause")).toHaveText(en.diagnosis.causes.hostDown.title);
    await expect(page.getByTestId("reasons")).toContainText(en.diagnosis.reasons.otherCardsWork.no);
    await expect(page.getByTestId("advice-do-now")).toContainText(en.diagnosis.causes.hostDown.doNow["2"]);
    await page.getByTestId("result-details").locator("summary").click();
    await expect(page.getByTestId("advice-ask-bank")).toBeVisible();
  });

  test("a full diagnosis in Chinese, from a Chinese terminal message", async ({ page }) => {
    await page.goto("/zh-CN/diagnose");
    await page.getByLabel(zh.diagnosePage.screenTextLabel).fill("交易失败");
    await page.getByTestId("screen-text-submit").click();
    await answerUntilResult(page, { notification: "declinedAlert", balanceLow: "yes" });
    await expect(page.getByTestId("top-cause")).toHaveText(zh.diagnosis.causes.insufficientFunds.title);
    await expect(page.getByTestId("charge-outlook")).toContainText(zh.diagnosis.chargeOutlook.noChargeExpected.title);
    await expect(page.getByTestId("reasons")).toContainText(zh.diagnosis.reasons.balanceLow.yes);
  });

  test("picking a common message and an offline approval says the card may still be charged", async ({ page }) => {
    await page.goto("/en/diagnose");
    await page.getByRole("button", { name: "OFFLINE APPROVED Y3" }).click();
    await answerUntilResult(page, { otherCardsWork: "no", networkShown: "ok" });
    await expect(page.getByTestId("charge-outlook")).toContainText(en.diagnosis.chargeOutlook.mayBeChargedLater.title);
  });

  test("an unrecognised message is said to be unrecognised, and the guide still helps", async ({ page }) => {
    await page.goto("/en/diagnose?t=" + encodeURIComponent("blue penguin 🐧"));
    await expect(page.getByTestId("not-recognised")).toBeVisible();
    await expect(page.getByTestId("question-form")).toBeVisible();
  });

  test("the shared result URL reproduces the result in a fresh browser, and in the other language", async ({ page, browser }) => {
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("DECLINED 05");
    await page.getByTestId("screen-text-submit").click();
    await answerUntilResult(page, {});
    const shared = await page.getByTestId("share-url").inputValue();
    const cause = await page.getByTestId("top-cause").textContent();
    const outlook = await page.getByTestId("charge-outlook").textContent();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await expect(other.getByTestId("top-cause")).toHaveText(cause ?? "");
    await expect(other.getByTestId("charge-outlook")).toHaveText(outlook ?? "");
    await other.getByTestId("language-switcher").getByRole("link", { name: "简体中文" }).click();
    await expect(other.getByTestId("top-cause")).toHaveText(zh.diagnosis.causes.issuerDecline.title);
    await fresh.close();
  });

  test("a signed-in traveller saves a result and finds it again", async ({ page, user }) => {
    expect(user.email).toContain("@");
    await page.goto("/en/diagnose?t=" + encodeURIComponent("INCORRECT PIN"));
    await answerUntilResult(page, {});
    await page.getByTestId("save-diagnosis").click();
    await expect(page.getByTestId("diagnosis-saved")).toBeVisible();
    await page.goto("/en/diagnose/saved");
    await expect(page.getByTestId("saved-diagnoses")).toContainText(en.diagnosis.causes.wrongPin.title);
  });

  test("a card number typed as screen text never stays in the address", async ({ page }) => {
    await page.goto("/en/diagnose?t=" + encodeURIComponent("DECLINED 4111 1111 1111 1111"));
    await expect(page).not.toHaveURL(/4111(%20|\+| )?1111(%20|\+| )?1111(%20|\+| )?1111/);
    expect(await page.content()).not.toContain("4111 1111 1111 1111");
  });

  test("typed screen text and story are posted: no address ever carries a card number", async ({ page }) => {
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("DECLINED 4111 1111 1111 1111");
    await page.getByTestId("story").fill("my card 5555 5555 5555 4444 was refused");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("question-form").or(page.getByTestId("diagnosis-result"))).toBeVisible();
    const digits = /4111\D{0,3}1111\D{0,3}1111\D{0,3}1111|5555\D{0,3}5555\D{0,3}5555\D{0,3}4444/;
    expect(addresses.filter((a) => digits.test(decodeURIComponent(a.replace(/\+/g, " "))))).toEqual([]);
    expect(decodeURIComponent(page.url())).toContain("1111");
    expect(await page.content()).not.toMatch(digits);
  });
});

test.describe("diagnosis without JavaScript @diagnosis", () => {
  test.use({ javaScriptEnabled: false });

  test("typed screen text and story are posted: no address ever carries a card number", async ({ page }) => {
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("DECLINED 4111 1111 1111 1111");
    await page.getByTestId("story").fill("my card 5555 5555 5555 4444 was refused");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("question-form").or(page.getByTestId("diagnosis-result"))).toBeVisible();
    const digits = /4111\D{0,3}1111\D{0,3}1111\D{0,3}1111|5555\D{0,3}5555\D{0,3}5555\D{0,3}4444/;
    expect(addresses.filter((a) => digits.test(decodeURIComponent(a.replace(/\+/g, " "))))).toEqual([]);
    expect(decodeURIComponent(page.url())).toContain("1111");
    expect(await page.content()).not.toMatch(digits);
  });

  test("every step works as plain HTML forms", async ({ page }) => {
    await page.goto("/en/diagnose");
    await page.getByLabel(en.diagnosePage.screenTextLabel).fill("UNABLE TO GO ONLINE Y3");
    await page.getByTestId("screen-text-submit").click();
    await answerUntilResult(page, { networkShown: "ok", otherCardsWork: "no" });
    await expect(page.getByTestId("top-cause")).toHaveText(en.diagnosis.causes.hostDown.title);
    await expect(page.getByTestId("charge-outlook")).toContainText(en.diagnosis.chargeOutlook.mayBeChargedLater.title);
  });

  test("a story and a destination-language screen work without JavaScript, and a story answer can be corrected", async ({ page }) => {
    await page.goto("/zh-CN/diagnose");
    await page.getByLabel(zh.diagnosePage.screenTextLabel).fill("Σφάλμα: 51 Ανεπαρκή κεφάλαια");
    await page.getByTestId("story").fill("朋友的卡可以刷");
    await page.getByTestId("screen-text-submit").click();
    await expect(page.getByTestId("story-reading")).toContainText(zh.diagnosis.questions.otherCardsWork.options.yes);
    await page.getByTestId("story-not-right").first().click();
    await expect(page).toHaveURL(/oc=u/);
    await answerUntilResult(page, {});
    await expect(page.getByTestId("top-cause")).toHaveText(zh.diagnosis.causes.insufficientFunds.title);
    await page.getByTestId("result-details").locator("summary").click();
    await expect(page.getByTestId("advice-ask-bank")).toBeVisible();
  });

  test("in Chinese too", async ({ page }) => {
    await page.goto("/zh-CN/diagnose");
    await page.getByLabel(zh.diagnosePage.screenTextLabel).fill("密码错误");
    await page.getByTestId("screen-text-submit").click();
    await answerUntilResult(page, {});
    await expect(page.getByTestId("top-cause")).toHaveText(zh.diagnosis.causes.wrongPin.title);
  });
});

test.describe("diagnosis API @diagnosis @api", () => {
  test("POST /api/diagnosis answers with signals, the next question, causes and advice", async ({ request }) => {
    const response = await request.post("/api/diagnosis", { data: { screenText: "UNABLE TO GO ONLINE", answers: { otherCardsWork: "no" }, locale: "zh-CN" } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.signals.map((s: { id: string }) => s.id)).toContain("unableToGoOnline");
    expect(body.causes[0].id).toBe("hostDown");
    expect(body.causes[0].reasons.length).toBeGreaterThan(0);
    expect(body.advice.chargeOutlook.title).toMatch(/[\u4e00-\u9fff]/);
    expect(body.nextQuestion === null || typeof body.nextQuestion.id === "string").toBe(true);
  });

  test("POST /api/diagnosis returns the story reading as the page shows it", async ({ request }) => {
    const response = await request.post("/api/diagnosis", { data: { screenText: "UNABLE TO GO ONLINE", story: "No SMS came, my friend's card worked", country: "JP", answers: {}, locale: "en" } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.story.recognised).toBe(true);
    const friend = body.story.answers.find((a: { questionId: string }) => a.questionId === "otherCardsWork");
    expect(friend).toMatchObject({ value: "yes", answer: en.diagnosis.questions.otherCardsWork.options.yes });
    expect(friend.notRightUrl).toMatch(/^\/en\/diagnose\?.*oc=u/);
    expect(body.resultUrl).toContain("c=JP");
  });

  test("bad JSON gets a clear, translated 400", async ({ request }) => {
    const response = await request.post("/api/diagnosis", { data: "not json", headers: { "content-type": "application/json", "accept-language": "zh-CN" } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalidInput");
    expect(body.error.message).toBe(zh.errors.invalidInput);
  });

  test("the OpenAPI document describes the diagnosis endpoint", async ({ request }) => {
    const doc = await (await request.get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/diagnosis"].post.requestBody).toBeTruthy();
  });
});
