import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, policyForPage } from "./content-security-policy";
import { inlineScriptHashes } from "../../scripts/csp-hashes.mjs";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("content-security-policy", () => {
  it("allows scripts from this origin and the nonce only — no 'unsafe-inline', no eval outside next dev", () => {
    const policy = contentSecurityPolicy({ nonce: "abc" });
    const scriptSrc = /script-src ([^;]*)/.exec(policy)![1];
    expect(scriptSrc).toBe("'self' 'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(/script-src ([^;]*)/.exec(contentSecurityPolicy({ nonce: "abc", dev: true }))![1]).toBe("'self' 'nonce-abc' 'unsafe-eval'");
  });

  it("a prerendered path gets its build's hashes and no nonce; any other path a fresh nonce each time", () => {
    const table = { "/en/offline": ["sha256-AAA="], "/_global-error": ["sha256-GGG="] };
    const prerendered = policyForPage("/en/offline", table, false);
    expect(prerendered.nonce).toBeUndefined();
    expect(prerendered.policy).toContain("script-src 'self' 'sha256-AAA='; ");
    const first = policyForPage("/en/slips", table, false);
    const second = policyForPage("/en/slips", table, false);
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.policy).toContain(`script-src 'self' 'nonce-${first.nonce}' 'sha256-GGG='; `);
    expect(policyForPage("/en/offline/", table, false).nonce).toBeUndefined();
  });

  it("the build hashes each inline script's text as it stands in the HTML, and never an external one", () => {
    const html = `<html><script src="/_next/a.js" async=""></script><script id="_R_">self.a=1</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.a=1</script><script></script></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha("(self.__next_f=self.__next_f||[]).push([0])")]);
  });
});
