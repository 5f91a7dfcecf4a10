/**
 * Two app instances, one PostgreSQL database (@scale): they share nothing else, so a session,
 * the rate limits and the photos must all travel through the database — and both run the
 * scheduler, of which only the lease holder runs the jobs: a due reminder arrives once. Runs when a second
 * instance is up (E2E_SECOND_PORT: scripts/test.mjs starts one on the PostgreSQL run).
 */
import sharp from "sharp";
import { test, expect, randomEmail, testDb } from "./fixtures";
import { createUser } from "../prisma/factories/user";

const first = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;
const second = process.env.E2E_SECOND_PORT ? `http://127.0.0.1:${process.env.E2E_SECOND_PORT}` : null;

test.describe("two instances on one database @scale", () => {
  test.skip(!second, "needs a second instance (the PostgreSQL run starts one)");
  // The browser sends its own Origin here (pages on both instances); API calls add theirs.
  test.use({ extraHTTPHeaders: {} });

  test("sign in on one instance and carry on on the other", async ({ page, user }) => {
    await page.goto(`${second}/en/account`);
    await expect(page.getByTestId("signed-in-as")).toContainText(user.email);
    // Signing out on the second instance ends the session on the first one too — within the
    // 2 s that an instance may trust a session version it has read (auth.ts). A copy of the
    // cookie taken before signing out is put back: it must be refused, not merely gone.
    await page.goto("/en/account");
    await expect(page.getByTestId("signed-in-as")).toContainText(user.email);
    const copied = await page.context().cookies();
    await page.goto(`${second}/en/account`);
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("signed-out-notice")).toBeVisible();
    await page.context().addCookies(copied);
    const signedOutAt = Date.now();
    await expect
      .poll(async () => {
        await page.goto("/en/account");
        return new URL(page.url()).pathname;
      }, { timeout: 5_000, intervals: [250] })
      .toBe("/en/sign-in");
    expect(Date.now() - signedOutAt).toBeLessThan(4_000);
  });

  test("a photo uploaded through one instance is served by the other", async ({ page, user }) => {
    expect(user.email).toContain("@");
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#f4f1e8" } }).jpeg().toBuffer();
    const created = await page.request.post("/api/slips", {
      headers: { origin: first },
      multipart: {
        merchantName: "Cafe Two Instances", country: "TH", localDateTime: "2025-02-01T12:30", amount: "120", currency: "THB", cardLast4: "4242", entryMode: "chip",
        photos: { name: "slip.jpg", mimeType: "image/jpeg", buffer: jpeg },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slip } = (await created.json()) as { slip: { id: string; photos: { id: string }[] } };
    const photo = await page.request.get(`${second}/api/slips/${slip.id}/photos/${slip.photos[0]?.id}`);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-type"]).toBe("image/jpeg");
    expect((await photo.body()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  test("sign-in attempts count across both instances", async ({ request }) => {
    const account = { email: randomEmail("shared-limit"), password: "right-password" };
    await createUser(testDb(), account);
    const attempt = async (base: string, password: string) => {
      const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
      const response = await request.post(`${base}/api/auth/callback/credentials`, {
        form: { email: account.email, password, csrfToken, callbackUrl: "/en" },
        maxRedirects: 0,
      });
      return response.headers()["location"] ?? "";
    };
    // Ten wrong passwords, alternating between the instances…
    for (let i = 0; i < 10; i++) expect(await attempt(i % 2 ? second! : "", `wrong-${i}`)).toContain("error");
    // …and the right one is now refused on either.
    expect(await attempt(second!, account.password)).toContain("rate_limited");
    expect(await attempt("", account.password)).toContain("rate_limited");
  });

  test("the two instances report the same database", async ({ request }) => {
    const one = await (await request.get("/api/health")).json();
    const two = await (await request.get(`${second}/api/health`)).json();
    expect(one.database.provider).toBe("postgres");
    expect(two.database).toMatchObject({ provider: "postgres", reachable: true, migrationsApplied: one.database.migrationsApplied });
  });

  test("both instances run the scheduler; a due reminder is delivered once", async ({ page, user }) => {
    void user;
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    // A Visa slip charged twice, the second posting 113 days ago: 120 days to dispute it, so
    // "one week left" is today.
    const created = await page.request.post("/api/slips", {
      headers: { origin: first },
      data: {
        merchantName: "Lawson Shinjuku", localDateTime: `${daysAgo(115)}T14:20`, amount: "1280", country: "JP", city: "Tokyo", timeZone: "Asia/Tokyo", currency: "JPY",
        cardLast4: "1881", entryMode: "chip", aid: "A0000000031010",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const slipId = ((await created.json()) as { slip: { id: string } }).slip.id;
    const csv = [
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
      `CARD_PAYMENT,Current,${daysAgo(115)} 14:25:10,${daysAgo(114)} 09:12:00,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,53720.00`,
      `CARD_PAYMENT,Current,${daysAgo(115)} 14:31:44,${daysAgo(113)} 09:13:30,Lawson Shinjuku,-1280.00,0.00,JPY,COMPLETED,52440.00`,
      "",
    ].join("\n");
    const upload = await page.request.post(`${second}/api/imports`, { headers: { origin: second! }, multipart: { file: { name: "revolut.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
    expect(upload.status(), await upload.text()).toBe(201);
    const { import: preview } = (await upload.json()) as { import: { id: string } };
    expect((await page.request.post(`${second}/api/imports/${preview.id}/commit`, { headers: { origin: second! } })).status()).toBe(200);
    const dispute = (await (await page.request.get(`/api/slips/${slipId}/dispute`)).json()) as { ground: { id: string; daysLeft: number } | null };
    expect(dispute.ground).toMatchObject({ id: "duplicateProcessing", daysLeft: 7 });

    // The daily job already ran today when the instances started: forget that, as a new day would.
    const db = testDb();
    await db.schedulerJob.deleteMany({ where: { name: "reminders" } });
    const reminders = () => db.notification.count({ where: { slipId, kind: { startsWith: "reminder." } } });
    await expect.poll(reminders, { timeout: 20_000, intervals: [500] }).toBe(1);
    // Several more ticks on both instances: still one, and one lease holder.
    await page.waitForTimeout(6_000);
    expect(await reminders()).toBe(1);
    expect(await db.reminderSent.count({ where: { slipId } })).toBe(1);
    expect(await db.schedulerLease.count()).toBe(1);

    // The reminder on My payments, read through the other instance.
    await page.goto(`${second}/en/payments`);
    await expect(page.getByTestId("notification").filter({ hasText: "one week left to dispute the charge" })).toHaveCount(1);
  });
});
