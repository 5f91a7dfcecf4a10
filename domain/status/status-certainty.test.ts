import { describe, expect, it } from "vitest";
import { isStatusProbable, statusMessageKey } from "./status-certainty";

const evidence = (...recordIds: string[]) => [{ recordIds, reasonKeys: ["evidence.posted"] }];

describe("a status says no more than its matches", () => {
  it("is probable while any record behind it is only proposed", () => {
    expect(isStatusProbable({ status: "duplicate", evidence: evidence("a", "b") }, new Set(["b"]))).toBe(true);
    expect(isStatusProbable({ status: "duplicate", evidence: evidence("a", "b") }, new Set())).toBe(false);
    expect(isStatusProbable({ status: "posted", evidence: evidence("a") }, new Set(["a"]))).toBe(true);
  });

  it("is never probable for statuses that rest on no match", () => {
    expect(isStatusProbable({ status: "awaiting", evidence: evidence("a") }, new Set(["a"]))).toBe(false);
    expect(isStatusProbable({ status: "unmatched_stale", evidence: [] }, new Set(["a"]))).toBe(false);
  });

  it("names the message that says it", () => {
    expect(statusMessageKey("duplicate", true)).toBe("statusProbable.duplicate");
    expect(statusMessageKey("duplicate", false)).toBe("status.duplicate");
    expect(statusMessageKey("awaiting", true)).toBe("status.awaiting");
  });
});
