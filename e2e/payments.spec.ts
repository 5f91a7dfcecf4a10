/**
 * Tracking in a real browser (@payments): two slips logged, a statement imported that charges one
 * of them twice; the traveller sees the notification, the status, the five-stage path and the
 * reasons of each match, rejects one match and confirms the other, and sees the status follow.
 * Dates are counted back from today so the slips stay inside the 30-day upload window.
 */
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function logSlip(request: APIRequestContext, fields: Record<string, string>): Promise<string> {
  const response = await request.post("/api/slips", {
    data: { country: "JP", timeZone: "Asia/Tokyo", currency: "JPY", cardLast4: "1881", entryMode: "chip", offlineWording: "UNABLE TO GO ONLINE", ...fields },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { slip: { id: string } }).slip.id;
}

/** A Revolut export in which the Lawson payment was uploaded twice, a few minutes apart. */
function statementCsv(day: string, nextDay: string): string {
  return [
    "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
    `CARD_PAYMENT,Current,${day} 14:25:10,${nextDay} 09:12:00,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,53720.00`,
    `CARD_PAYMENT,Current,${day} 14:31:44,${nextDay} 09:13:30,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,52440.00`,
    `CARD_PAYMENT,Current,${day} 19:02:00,${nextDay} 10:00:00,Family Mart Ginza,-460.00,0.00,JPY,COMPLETED,51980.00`,
    "",
  ].join("\n");
}

/** Imports the statement through the records feature's API (upload → preview → commit). */
async function importStatement(request: APIRequestContext, csv: string) {
  const upload = await request.post("/api/imports", { multipart: { file: { name: "revolut.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(upload.status(), await upload.text()).toBe(201);
  const preview = (await upload.json()) as { import: { id: string; needsMapping: boolean; recordCount: number } };
  expect(preview.import).toMatchObject({ needsMapping: false, recordCount: 3 });
  const commit = await request.post(`/api/imports/${preview.import.id}/commit`);
  expect(commit.status(), await commit.text()).toBe(200);
}

test.describe("tracking my payments @payments", () => {
  test("a statement that charges a slip twice: alert, timeline, reasons, reject and confirm", async ({ page, user }) => {
    void user;
    const day = daysAgo(4);
    const lawsonId = await logSlip(page.request, { merchantName: "Lawson Shinjuku", localDateTime: `${day}T14:20`, amount: "1280" });
    await logSlip(page.request, { merchantName: "Ichiran Shibuya", localDateTime: `${day}T20:05`, amount: "2190" });

    // Before any record: both slips wait for the bank.
    await page.goto("/en/payments");
    await expect(page.getByTestId("payment-status")).toHaveText(["Waiting for the bank", "Waiting for the bank"]);

    await importStatement(page.request, statementCsv(day, daysAgo(3)));

    // The alert: a notification, and the slip first under "Needs your action".
    await page.goto("/en/payments");
    const notification = page.getByTestId("notification").filter({ hasText: "Lawson Shinjuku: probably charged twice" });
    await expect(notification).toHaveAttribute("data-read", "no");
    const needsAction = page.getByTestId("payments-needs-action").getByTestId("payment-item");
    await expect(needsAction).toHaveCount(1);
    await expect(needsAction).toContainText("Lawson Shinjuku");
    // Proposed matches only: the status says no more than they do.
    await expect(needsAction.getByTestId("payment-status")).toHaveText("Probably charged twice — please confirm");
    await expect(page.getByTestId("payments-others")).toContainText("Ichiran Shibuya");
    // Each row has the five-stage path in brief: charged, so posted is proven; the other slip still waits.
    const mini = needsAction.getByTestId("mini-timeline").getByRole("listitem");
    await expect(mini).toHaveCount(5);
    await expect(mini.last()).toHaveAttribute("data-state", "proven");
    await expect(mini.last()).toContainText("Stage 5 of 5: Cleared and posted — Proven");
    await expect(page.getByTestId("payments-others").getByTestId("mini-timeline").locator('[data-stage="clearedPosted"]')).toHaveAttribute("data-state", "expected");
    await notification.getByTestId("notification-read").click();
    await expect(page.getByTestId("notification").filter({ hasText: "Lawson Shinjuku: probably charged twice" })).toHaveAttribute("data-read", "yes");

    // The slip page: status, dispute grounds, the five-stage path, and why each record matched.
    await page.goto(`/en/slips/${lawsonId}`);
    const tracking = page.getByTestId("tracking-section");
    await expect(tracking.getByTestId("tracking-status")).toHaveText("Probably charged twice — please confirm");
    await expect(tracking.getByTestId("tracking-evidence")).toContainText("Two separate charges for this one payment");
    await expect(tracking.getByTestId("tracking-dispute")).toContainText("Card dispute: duplicate processing");
    await expect(tracking.getByTestId("tracking-dispute")).toContainText("days left");
    const timeline = tracking.getByTestId("payment-timeline");
    await expect(timeline.getByRole("listitem")).toHaveCount(5);
    await expect(timeline.getByTestId("timeline-stage-captured")).toHaveAttribute("data-state", "proven");
    await expect(timeline.getByTestId("timeline-stage-clearedPosted")).toContainText("Stage 5 of 5: Cleared and posted — Proven");
    await expect(timeline.getByTestId("timeline-stage-clearedPosted")).toContainText("The charge is posted on your statement");
    const matches = tracking.getByTestId("match");
    await expect(matches).toHaveCount(2);
    for (const match of await matches.all()) {
      await expect(match.getByTestId("match-reasons")).toContainText("Exactly the amount on the slip");
      await expect(match.getByTestId("match-reasons")).toContainText("Same merchant");
      await expect(match.getByTestId("match-score")).toContainText("Merchant similarity");
    }

    // Reject the second charge: it is not this payment (say, a second coffee) — charged once.
    await matches.nth(1).getByTestId("match-reject").click();
    await expect(page.getByTestId("match-decided")).toHaveText("Match rejected: it will not be proposed again.");
    await expect(page.getByTestId("tracking-status")).toHaveText("Probably charged once — please confirm");
    await expect(page.locator('[data-testid="match"][data-decision="rejected"]')).toContainText("Rejected by you");

    // Confirm the first: it stays, and the status now says plainly "charged once".
    await page.locator('[data-testid="match"][data-decision="proposed"]').getByTestId("match-confirm").click();
    await expect(page.getByTestId("match-decided")).toHaveText("Match confirmed. The status below is updated.");
    await expect(page.locator('[data-testid="match"][data-decision="confirmed"]')).toContainText("Confirmed by you");
    await expect(page.getByTestId("tracking-status")).toHaveText("Charged once");

    // The JSON API says the same.
    const api = (await (await page.request.get(`/api/slips/${lawsonId}`)).json()) as { slip: { tracking: { status: string; matches: { decision: string }[] } } };
    expect(api.slip.tracking.status).toBe("posted");
    expect(api.slip.tracking.matches.map((m) => m.decision).sort()).toEqual(["confirmed", "rejected"]);
  });

  test("a card that bills only the home amount: the trip's estimated rate and the fee lines under the slip", async ({ page, user }) => {
    void user;
    const [day, next] = [daysAgo(6), daysAgo(5)];
    const thai = { country: "TH", timeZone: "Asia/Bangkok", currency: "THB", cardLast4: "8823" };
    await logSlip(page.request, { ...thai, merchantName: "7-Eleven Sukhumvit 11", localDateTime: `${day}T21:14`, amount: "345.00" });
    const somtumId = await logSlip(page.request, { ...thai, merchantName: "Somtum Der Silom", localDateTime: `${day}T19:40`, amount: "1250.00" });
    const us = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
    // Chase prints the dollars only, and its 3 % foreign fee as a row of its own.
    const csv = [
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      `${us(day)},${us(next)},7-ELEVEN 10897 BANGKOK TH,Groceries,Sale,-9.63,`,
      `${us(next)},${us(next)},FOREIGN TRANSACTION FEE,Fees & Adjustments,Fee,-0.29,`,
      `${us(day)},${us(next)},SOMTUM DER SILOM BANGKOK TH,Food & Drink,Sale,-34.88,`,
      `${us(next)},${us(next)},FOREIGN TRANSACTION FEE,Fees & Adjustments,Fee,-1.05,`,
      "",
    ].join("\n");
    const upload = await page.request.post("/api/imports", { multipart: { file: { name: "Chase8823_Activity.CSV", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
    expect(upload.status(), await upload.text()).toBe(201);
    const { import: preview } = (await upload.json()) as { import: { id: string } };
    expect((await page.request.post(`/api/imports/${preview.id}/commit`)).status()).toBe(200);

    await page.goto(`/en/slips/${somtumId}`);
    await expect(page.getByTestId("tracking-status")).toHaveText("Probably charged once — please confirm");
    await expect(page.getByTestId("match")).toHaveCount(1);
    await expect(page.getByTestId("match-rate")).toContainText("this trip’s rate, estimated from 2 slips");
    const fees = page.getByTestId("fee-lines");
    await expect(fees).toContainText("not a second charge");
    await expect(fees.getByTestId("fee-line")).toContainText("FOREIGN TRANSACTION FEE");

    await page.goto(`/zh-CN/slips/${somtumId}`);
    await expect(page.getByTestId("fee-lines")).toContainText("不是第二笔扣款");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("in Chinese, the plain forms reject a match and mark the notification read", async ({ page, user }) => {
      void user;
      const day = daysAgo(5);
      const lawsonId = await logSlip(page.request, { merchantName: "Lawson Shinjuku", localDateTime: `${day}T14:20`, amount: "1280" });
      await importStatement(page.request, statementCsv(day, daysAgo(4)));

      await page.goto("/zh-CN/payments");
      const notification = page.getByTestId("notification");
      await expect(notification).toContainText("Lawson Shinjuku：可能被扣款两次");
      await notification.getByTestId("notification-read").click();
      await expect(page).toHaveURL(/\/zh-CN\/payments/);
      await expect(page.getByTestId("notification")).toHaveAttribute("data-read", "yes");

      await page.goto(`/zh-CN/slips/${lawsonId}`);
      await expect(page.getByTestId("tracking-status")).toHaveText("可能被扣款两次——请确认");
      await expect(page.getByTestId("timeline-stage-clearedPosted")).toContainText("已清算入账");
      await page.getByTestId("match").nth(1).getByTestId("match-reject").click();
      await expect(page).toHaveURL(new RegExp(`/zh-CN/slips/${lawsonId}\\?decided=rejected`));
      await expect(page.getByTestId("tracking-status")).toHaveText("可能已扣款一次——请确认");
      await expect(page.locator('[data-testid="match"][data-decision="rejected"]')).toContainText("您已否认");
      // Undo: the rejected charge is open again and the slip is back to "charged twice".
      await page.locator('[data-testid="match"][data-decision="rejected"]').getByTestId("match-reopen").click();
      await expect(page).toHaveURL(new RegExp(`/zh-CN/slips/${lawsonId}\\?decided=reopened`));
      await expect(page.getByTestId("match-decided")).toHaveText("已撤销决定：该匹配重新待确认（如果已不再符合，则不再显示）。");
      await expect(page.getByTestId("tracking-status")).toHaveText("可能被扣款两次——请确认");
      await expect(page.locator('[data-testid="match"][data-decision="rejected"]')).toHaveCount(0);
    });
  });
});
