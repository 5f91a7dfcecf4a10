import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { buildSlipPrefill, readSlipPrefill } from "./slip-prefill";

describe("Log this slip: the prefill link", () => {
  it("reads back what the guide wrote, value by value", () => {
    const input = { screenText: "UNABLE TO GO ONLINE Y3", country: "JP", answers: { entryMode: "tap" as const, slipPrinted: "offlineApproved" as const } };
    const written = buildSlipPrefill(input, diagnose(input));
    const read = readSlipPrefill(Object.fromEntries(new URLSearchParams(written)));
    expect(read).toEqual({
      country: "JP",
      screenText: "UNABLE TO GO ONLINE Y3",
      outcome: "offlineApproved",
      offlineWording: "UNABLE TO GO ONLINE",
      entryMode: "contactless",
      cause: written.cause,
    });
  });

  it("drops each bad value on its own, keeps the first of repeated ones and ignores unknown names", () => {
    expect(
      readSlipPrefill({ country: ["FR", "JP"], outcome: "maybe", entryMode: "telepathy", responseCode: "5", cause: "aliens", extra: "x", screenText: "  " }),
    ).toEqual({ country: "FR" });
    expect(readSlipPrefill({ country: "XX", responseCode: "51", cause: "hostDown" })).toEqual({ responseCode: "51", cause: "hostDown" });
    expect(readSlipPrefill(undefined)).toEqual({});
  });

  it("cuts a card number in the screen text to its last 4 digits and refuses one as offline wording", () => {
    const read = readSlipPrefill({ screenText: "DECLINED card 4111 1111 1111 1111\u0007", offlineWording: "4111111111111111" });
    expect(read.screenText).not.toMatch(/4111 1111 1111/);
    expect(read.screenText).toContain("1111");
    expect(read.offlineWording).toBeUndefined();
    expect(readSlipPrefill({ screenText: "x".repeat(900) }).screenText).toHaveLength(500);
  });
});
