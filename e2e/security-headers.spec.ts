import { test, expect } from "./fixtures";

/**
 * Issue 14: the headers every page and API answer carries (next.config.ts). A page on another
 * site cannot frame SlipTrack or keep a handle on a window it opened.
 */
test.describe("security headers @security", () => {
  for (const path of ["/en", "/zh-CN/diagnose", "/api/health"]) {
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
});
