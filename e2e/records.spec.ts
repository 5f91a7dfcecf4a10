/**
 * The issuer's records in a real browser (@records): an unknown bank's CSV through the column
 * mapping step (remembered for the next file), an OFX statement, a batch of Chinese bank alerts
 * with what was and was not understood, the same upload without JavaScript, and another user's
 * import. Files come from the importers' own fixtures.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import { test, expect, randomEmail, signInViaApi, testDb } from "./fixtures";
import { createUser } from "../prisma/factories/user";

const run = promisify(execFile);
const fixture = (name: string) => path.join(import.meta.dirname, "..", "domain", name);

test.describe("issuer records @records", () => {
  test("import an unknown bank's CSV by choosing its columns; the next file needs no questions", async ({ page, user }) => {
    void user;
    await page.goto("/en/records/import");
    await page.getByTestId("statement-file").setInputFiles(fixture("statements/fixtures/unknown-bank.csv"));
    await page.getByTestId("upload-submit").click();
    await expect(page).toHaveURL(/\/en\/records\/import\/[^/?]+$/);
    await expect(page.getByTestId("mapping-step")).toBeVisible();

    await page.getByLabel("Column 1: Fecha").selectOption("date");
    await page.getByLabel("Column 2: Concepto").selectOption("description");
    await page.getByLabel("Column 3: Cargo").selectOption("debit");
    await page.getByLabel("Column 4: Abono").selectOption("credit");
    await page.getByLabel("Column 5: Divisa").selectOption("currency");
    await page.getByLabel("Decimal separator").selectOption(",");
    await page.getByLabel("Date format").selectOption("DD/MM/YYYY");
    await page.getByTestId("mapping-submit").click();

    await expect(page.getByTestId("import-counts")).toHaveText("3 records found · no rows skipped");
    await expect(page.getByTestId("import-layout")).toHaveText("Columns you chose");
    const amounts = page.getByTestId("preview-records").getByTestId("record-amount");
    await expect(amounts).toHaveText(["€12.50", "€1,234.56", "+€1,234.56"]);
    await page.getByTestId("commit-submit").click();
    await expect(page.getByTestId("import-result")).toContainText("3 new records saved, none already imported.");

    await page.getByTestId("see-records").click();
    await expect(page.getByTestId("record-list").getByTestId("record-item")).toHaveCount(3);
    await expect(page.getByTestId("record-list").getByTestId("record-merchant").first()).toHaveText("DEVOLUCION EL CORTE INGLES");

    // The same bank's next export: read with the remembered columns; nothing is added twice.
    await page.goto("/en/records/import");
    await page.getByTestId("statement-file").setInputFiles(fixture("statements/fixtures/unknown-bank.csv"));
    await page.getByTestId("upload-submit").click();
    await expect(page.getByTestId("preset-applied")).toBeVisible();
    await expect(page.getByTestId("mapping-step")).toHaveCount(0);
    await page.getByTestId("commit-submit").click();
    await expect(page.getByTestId("import-result")).toContainText("0 new records saved, 3 already imported.");
  });

  test("import an OFX statement", async ({ page, user }) => {
    void user;
    await page.goto("/en/records/import");
    await page.getByTestId("statement-file").setInputFiles(fixture("statements/fixtures/bank-sgml.ofx"));
    await page.getByTestId("upload-submit").click();
    await expect(page.getByTestId("import-format")).toHaveText("OFX / QFX");
    const counts = await page.getByTestId("import-counts").textContent();
    const found = Number(/(\d+) records? found/.exec(counts ?? "")?.[1]);
    expect(found).toBeGreaterThan(0);
    await page.getByTestId("commit-submit").click();
    await expect(page.getByTestId("import-result")).toContainText(`${found} new record`);
    await page.goto("/en/records");
    await expect(page.getByTestId("record-list").getByTestId("record-item")).toHaveCount(found);
  });

  test("paste a batch of Chinese bank alerts and see which were understood", async ({ page, user }) => {
    void user;
    const text = await readFile(fixture("sms/fixtures/alerts-zh.txt"), "utf8");
    await page.goto("/zh-CN/records/alerts");
    await page.getByLabel("银行短信").fill(text);
    await page.getByTestId("alerts-submit").click();
    await expect(page.getByTestId("form-message")).toHaveText("已保存 20 条，0 条此前已保存，2 条无法识别，4 条已跳过。");
    await expect(page.getByTestId("alerts-understood").getByTestId("record-item")).toHaveCount(20);
    await expect(page.getByTestId("alerts-understood").getByTestId("record-badge").first()).toHaveText("新记录");
    const notUnderstood = page.getByTestId("alert-not-understood");
    await expect(notUnderstood).toHaveCount(2);
    await expect(notUnderstood.filter({ hasText: "超过单笔限额" })).toContainText("这笔交易被银行拒绝，没有扣款");
    await expect(page.getByTestId("alert-skipped").filter({ hasText: "验证码" })).toHaveCount(2);
    await expect(page.getByTestId("alert-skipped").filter({ hasText: "退订" })).toContainText("这是营销短信。");

    // Pasting the same batch again adds nothing.
    await page.getByLabel("银行短信").fill(text);
    await page.getByTestId("alerts-submit").click();
    await expect(page.getByTestId("form-message")).toHaveText("已保存 0 条，20 条此前已保存，2 条无法识别，4 条已跳过。");
    await page.goto("/zh-CN/records?currency=JPY");
    await expect(page.getByTestId("record-list").getByTestId("record-item")).toHaveCount(6);
  });

  test("create an issuer feed, receive a signed event, rotate the secret", async ({ page, user }) => {
    void user;
    await page.goto("/en/records/feeds");
    await page.getByLabel("Name").fill("Bangkok Bank Visa");
    await page.getByTestId("create-feed-submit").click();
    await expect(page.getByTestId("feed-secret-box")).toBeVisible();
    const url = (await page.getByTestId("feed-url").textContent()) ?? "";
    const secret = (await page.getByTestId("feed-secret").textContent()) ?? "";
    expect(url).toMatch(/\/api\/issuer\/events\/[^/]+$/);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, "..", "scripts", "sign-feed-event.mjs"), url, secret, "--json"]);
    const signed = JSON.parse(stdout) as { headers: Record<string, string>; body: string };
    const sent = await page.request.post(url, { headers: signed.headers, data: signed.body });
    expect(sent.status(), await sent.text()).toBe(200);
    // The same delivery again: accepted, no second record.
    expect(await (await page.request.post(url, { headers: signed.headers, data: signed.body })).json()).toMatchObject({ duplicate: true });
    await page.goto("/en/records");
    await expect(page.getByTestId("record-list").getByTestId("record-item")).toHaveCount(1);
    await expect(page.getByTestId("record-list").getByTestId("record-merchant")).toHaveText("SEVEN-ELEVEN BANGKOK");

    await page.goto("/en/records/feeds");
    await expect(page.getByTestId("feed-secret")).toHaveCount(0);
    await page.getByTestId("rotate-feed-submit").click();
    const rotated = (await page.getByTestId("feed-item").getByTestId("feed-secret").textContent()) ?? "";
    expect(rotated).not.toBe(secret);
    await page.reload();
    await expect(page.getByTestId("feed-item")).toContainText("The previous secret is accepted until");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a statement is uploaded, previewed and saved with plain form posts", async ({ page, user }) => {
      void user;
      await page.goto("/en/records/import");
      await page.getByTestId("upload-submit").click();
      // No file chosen: the browser's own check stops the post, so send an empty file instead.
      await page.getByTestId("statement-file").setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
      await page.getByTestId("upload-submit").click();
      await expect(page.getByTestId("upload-error")).toHaveText("This file is empty.");
      await page.getByTestId("statement-file").setInputFiles(fixture("statements/fixtures/monzo.csv"));
      await page.getByTestId("upload-submit").click();
      await expect(page.getByTestId("import-layout")).toHaveText("Monzo (UK)");
      await page.getByTestId("commit-submit").click();
      await expect(page.getByTestId("import-result")).toContainText("new records saved");
    });
  });

  test("another user gets 'not found' for my import, through the page and the API", async ({ page, user, browser }) => {
    void user;
    const upload = await page.request.post("/api/imports", {
      multipart: { file: { name: "monzo.csv", mimeType: "text/csv", buffer: await readFile(fixture("statements/fixtures/monzo.csv")) } },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const { import: mine } = (await upload.json()) as { import: { id: string } };

    const other = await browser.newContext();
    const stranger = { email: randomEmail("stranger"), password: "pw-stranger-12345" };
    await createUser(testDb(), stranger);
    await signInViaApi(other.request, stranger);
    const strangerPage = await other.newPage();
    const response = await strangerPage.goto(`/en/records/import/${mine.id}`);
    expect(response?.status()).toBe(404);
    const commit = await other.request.post(`/api/imports/${mine.id}/commit`);
    expect(commit.status()).toBe(404);
    const list = await other.request.get("/api/issuer-records");
    expect(await list.json()).toMatchObject({ records: [] });
    await other.close();

    const own = await page.request.post(`/api/imports/${mine.id}/commit`);
    expect(own.status()).toBe(200);
    expect(((await (await page.request.get("/api/issuer-records")).json()) as { records: unknown[] }).records.length).toBeGreaterThan(0);
  });
});
