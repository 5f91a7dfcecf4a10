import { describe, expect, it } from "vitest";
import { summariseStatusMoves } from "./status-changes";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));

describe("summariseStatusMoves", () => {
  it("gives one line per slip, from its first status to its last, latest first", () => {
    expect(
      summariseStatusMoves([
        { slipId: "a", fromStatus: "awaiting", toStatus: "pending", at: at(1) },
        { slipId: "b", fromStatus: "posted", toStatus: "duplicate", at: at(2) },
        { slipId: "a", fromStatus: "pending", toStatus: "posted", at: at(3) },
      ]),
    ).toEqual([
      { slipId: "a", from: "awaiting", to: "posted", at: at(3) },
      { slipId: "b", from: "posted", to: "duplicate", at: at(2) },
    ]);
  });

  it("leaves out a slip that moved and came back", () => {
    expect(
      summariseStatusMoves([
        { slipId: "a", fromStatus: "pending", toStatus: "posted", at: at(1) },
        { slipId: "a", fromStatus: "posted", toStatus: "pending", at: at(2) },
      ]),
    ).toEqual([]);
  });

  it("orders moves by time even when given out of order, and skips unknown statuses", () => {
    expect(
      summariseStatusMoves([
        { slipId: "a", fromStatus: "pending", toStatus: "reversed", at: at(5) },
        { slipId: "a", fromStatus: "awaiting", toStatus: "pending", at: at(1) },
        { slipId: "c", fromStatus: "awaiting", toStatus: "retired_status", at: at(2) },
      ]),
    ).toEqual([{ slipId: "a", from: "awaiting", to: "reversed", at: at(5) }]);
  });
});
