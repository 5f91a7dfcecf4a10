/**
 * Issue 14, "disk full": before, an ENOSPC in the logger was uncaught and the process spun;
 * a full database answered a 500 with "unexpected". Now the logger drops lines and says so once,
 * and a write that meets a full disk answers 507 with a translated message.
 */
import "../helpers/test-environment";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);

import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { createLogger } from "@/server/logger";
import { isStorageFull } from "@/server/errors";
import { apiFailure } from "@/server/http/respond";
import { describeFailure } from "@/server/http/action-result";

const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a logger whose disk is full", () => {
  it("a destination that throws on write: logging goes on, the failure is told once", () => {
    const told = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const full = { write: () => { throw enospc(); } };
    const log = createLogger(full, "info");
    for (let i = 0; i < 100; i += 1) expect(() => log.info({ i }, "a line")).not.toThrow();
    expect(told.mock.calls.filter(([line]) => String(line).includes("log destination failed (ENOSPC)"))).toHaveLength(1);
  });

  it("a stream that fails asynchronously does not crash the process", async () => {
    const told = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const stream = new Writable({ write: (_chunk, _enc, done) => done(enospc()) });
    const log = createLogger(stream, "info");
    log.info("first");
    await new Promise((resolve) => setTimeout(resolve, 20));
    log.info("second");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(told.mock.calls.some(([line]) => String(line).includes("log destination failed"))).toBe(true);
  });
});

describe("a write that meets a full disk", () => {
  it("recognises ENOSPC, SQLite's SQLITE_FULL and PostgreSQL's disk_full, also wrapped", () => {
    expect(isStorageFull(enospc())).toBe(true);
    expect(isStorageFull(new Error("SqliteError: database or disk is full"))).toBe(true);
    expect(isStorageFull(Object.assign(new Error("could not extend file \"base/16384/2619\": No space left on device"), { code: "53100" }))).toBe(true);
    expect(isStorageFull(new Error("Invalid `prisma.slip.create()` invocation", { cause: { code: "SQLITE_FULL" } }))).toBe(true);
    expect(isStorageFull(new Error("connection refused"))).toBe(false);
  });

  it("the API answers 507 with the translated reason, in both languages", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const english = await apiFailure(enospc(), "en");
    expect(english.status).toBe(507);
    expect(await english.json()).toEqual({ error: { code: "storageFull", message: en.errors.storageFull } });
    const chinese = await describeFailure(enospc(), "zh-CN", "test");
    expect(chinese).toEqual({ code: "storageFull", message: zhCN.errors.storageFull });
  });
});
