import { test as plain } from "@playwright/test";
import { test, expect } from "./fixtures";

/**
 * Issue 14: the headers every page and API answer carries (next.config.ts, proxy.ts). A page on
 * another site cannot frame SlipTrack or keep a handle on a window it opened, and a script that
 * reached a page by any other way than the build runs nowhere (server/http/content-security-policy.ts).
 */
test.describe("security headers @security", () => {
  for (const path of ["/en", "/zh-CN/diagnose", "/en/offline", "/api/health"]) {
    test(`${path} carries frame-ancestors 'none', COOP, nosniff and HSTS`, async ({ page }) => {
      const response = await page.request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["strict-transport-security"]).toContain("max-age=31536000");
    });
  }

  test("a rendered page allows scripts by a fresh nonce, never 'unsafe-inline'", async ({ page }) => {
    const policies: string[] = [];
    for (let i = 0; i < 2; i++) policies.push((await page.request.get("/en/diagnose")).headers()["content-security-policy"] ?? "");
    const nonces = policies.map((policy) => /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const policy of policies) {
      expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toMatch(/unsafe-(inline|eval)/);
    }
    const html = await (await page.request.get("/en/diagnose")).text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toMatch(/nonce="/);
  });

  test("a prerendered offline page allows exactly its own inline scripts, by hash", async ({ page }) => {
    const policy = (await page.request.get("/en/offline")).headers()["content-security-policy"] ?? "";
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scriptSrc).not.toContain("nonce-");
    expect(scriptSrc).not.toMatch(/unsafe-(inline|eval)/);
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
  });

  for (const path of ["/en/diagnose", "/zh-CN/offline", "/en/slips/offline"]) {
    // The plain Playwright test: this one makes the policy refuse a script on purpose.
    plain(`${path}: the page's own scripts run, an injected inline script does not`, async ({ page }) => {
      const refused: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // Hydrated: React's fibers are on the page's elements, so every one of its scripts ran.
      await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith("__reactFiber")))).toBe(true);
      expect(refused, "nothing of the page's own was refused").toEqual([]);
      const outcome = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; violated: string }>((resolve) => {
            const state = window as unknown as { injectedRan?: boolean };
            document.addEventListener("securitypolicyviolation", (event) => resolve({ ran: Boolean(state.injectedRan), violated: event.violatedDirective }), { once: true });
            const script = document.createElement("script");
            script.textContent = "window.injectedRan = true";
            document.body.appendChild(script);
            setTimeout(() => resolve({ ran: Boolean(state.injectedRan), violated: "" }), 2000);
          }),
      );
      expect(outcome).toEqual({ ran: false, violated: "script-src-elem" });
      expect(refused).toHaveLength(1);
    });
  }
});
