/**
 * axe-core (through @axe-core/playwright) on the main pages, on the phone in both languages:
 * signed out (landing, diagnose, sign-in, sign-up, forgot and reset password, offline) and signed
 * in (slips, the slip form, one slip with its share section, its edit and delete pages, payments,
 * records, import, alerts, feeds, account, saved diagnoses). The shared-slip page is checked in
 * sharing.spec.ts. Any
 * violation fails the test, listed by rule and element.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  // axe really looked at the page: many rules applied and passed.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}

for (const locale of ["en", "zh-CN"] as const) {
  test(`no axe violations on the signed-out pages in ${locale} @a11y`, async ({ page }) => {
    for (const path of ["", "/diagnose", "/sign-in", "/sign-up", "/forgot-password", "/reset-password/not-a-real-token", "/offline"]) {
      await page.goto(`/${locale}${path}`);
      expect(await violations(page), `/${locale}${path}`).toEqual([]);
    }
  });

  test(`no axe violations on the signed-in pages in ${locale} @a11y`, async ({ page, user }) => {
    // Twelve full axe audits: about a minute on a loaded 2-core machine, past the default 60 s.
    test.slow();
    void user;
    // One slip, so the list (with its status pill) and My payments have rows to check.
    const today = new Date().toISOString().slice(0, 10);
    const logged = await page.request.post("/api/slips", {
      data: { merchantName: "Lawson Shinjuku", localDateTime: `${today}T09:00`, amount: "1280", country: "JP", timeZone: "Asia/Tokyo", currency: "JPY", cardLast4: "1881", entryMode: "chip", offlineWording: "UNABLE TO GO ONLINE" },
    });
    expect(logged.status(), await logged.text()).toBe(201);
    const { slip } = (await logged.json()) as { slip: { id: string } };
    for (const path of ["/slips", "/slips/new", `/slips/${slip.id}`, `/slips/${slip.id}/edit`, `/slips/${slip.id}/delete`, "/payments", "/records", "/records/import", "/records/alerts", "/records/feeds", "/account", "/diagnose/saved"]) {
      await page.goto(`/${locale}${path}`);
      expect(await violations(page), `/${locale}${path}`).toEqual([]);
    }
  });
}
