import { describe, expect, it } from "vitest";
import { ALL_DAYS, clusterSlipDays, clustersTouched, spanOfDays } from "./tracking-clusters";

describe("clusterSlipDays", () => {
  it("keeps two trips months apart as two clusters, each reaching 7 days before and 120 after", () => {
    expect(clusterSlipDays(["2025-03-10", "2025-03-12", "2025-11-02"])).toEqual([
      { from: "2025-03-03", to: "2025-07-10" },
      { from: "2025-10-26", to: "2026-03-02" },
    ]);
  });

  it("joins slips whose reaches overlap, in any order and with repeats", () => {
    expect(clusterSlipDays(["2025-07-01", "2025-03-10", "2025-03-10"])).toEqual([{ from: "2025-03-03", to: "2025-10-29" }]);
  });

  it("has no cluster without slips", () => {
    expect(clusterSlipDays([])).toEqual([]);
  });
});

describe("clustersTouched", () => {
  const clusters = clusterSlipDays(["2025-03-10", "2025-11-02"]);
  it("picks only the cluster a changed record's day falls in", () => {
    expect(clustersTouched(clusters, [{ from: "2025-04-01", to: "2025-04-01" }])).toEqual([clusters[0]]);
  });
  it("picks nothing for a record far from every slip, and everything for an account-wide change", () => {
    expect(clustersTouched(clusters, [{ from: "2024-01-01", to: "2024-01-31" }])).toEqual([]);
    expect(clustersTouched(clusters, [ALL_DAYS])).toEqual(clusters);
  });
});

describe("spanOfDays", () => {
  it("spans the calendar dates given, reading a slip's local date-time as its day", () => {
    expect(spanOfDays(["2025-03-12T10:30", null, "2025-03-09"])).toEqual({ from: "2025-03-09", to: "2025-03-12" });
    expect(spanOfDays([undefined])).toBeNull();
  });
});
