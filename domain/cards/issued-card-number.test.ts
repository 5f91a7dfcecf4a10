import { describe, expect, it } from "vitest";
import { isLuhnValid } from "./card-number-guard";
import { isIssuedCardNumber } from "./issued-card-number";

function withCheckDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) if (isLuhnValid(body + check)) return body + check;
  throw new Error("unreachable");
}

describe("isIssuedCardNumber", () => {
  it("knows numbers in real IIN ranges, whichever brand is most specific for the prefix", () => {
    for (const pan of ["4111111111111111", "5555555555554444", "378282246310005", "6200000000000005", "3530111333300000", "2200000000000004"]) {
      expect(isIssuedCardNumber(pan), pan).toBe(true);
    }
    // 401179 is Elo (16 digits) and also Visa: an 18-digit Visa number there is still a card.
    expect(isIssuedCardNumber(withCheckDigit("40117941207203019"))).toBe(true);
  });

  it("keeps identifiers no scheme issues, even when they pass Luhn", () => {
    const mid = withCheckDigit("89844030000012");
    expect(isLuhnValid(mid)).toBe(true);
    expect(isIssuedCardNumber(mid)).toBe(false);
    expect(isIssuedCardNumber(withCheckDigit("9000000000000000"))).toBe(false);
    expect(isIssuedCardNumber("4111111111111112")).toBe(false);
    expect(isIssuedCardNumber("411111111111")).toBe(false);
  });
});
