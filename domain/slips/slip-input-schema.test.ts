import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLIP_ERROR_KEYS } from "./slip-error-keys";
import { makeSlipInputSchema, SLIP_FORM_FIELDS, type SlipFormInput } from "./slip-input-schema";

const now = new Date("2025-03-14T12:00:00Z");
const schema = makeSlipInputSchema({ now });

/** A slip as a Tokyo convenience store prints it, as the form posts it (blank = not printed). */
const tokyoSlip: SlipFormInput = {
  merchantName: "LAWSON SHIBUYA", city: "Tokyo", country: "JP", localDateTime: "2025-03-14T18:05",
  timeZone: "Asia/Tokyo", amount: "1280", currency: "JPY", cardLast4: "1234", entryMode: "contactless",
  mid: "", tid: "", batch: "", trace: "", rrn: "", approvalCode: "", aid: "", applicationLabel: "", tvr: "",
  tsi: "", responseCode: "", offlineWording: "", dccRate: "", dccHomeAmount: "", dccHomeCurrency: "",
  paidInsteadMethod: "", paidInsteadCardLast4: "", paidInsteadAmount: "", paidInsteadCurrency: "", notes: "",
};

function errorsOf(input: SlipFormInput): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("makeSlipInputSchema", () => {
  it("turns a minimal slip into normalised values with blank fields absent", () => {
    expect(schema.parse(tokyoSlip)).toEqual({
      merchantName: "LAWSON SHIBUYA", city: "Tokyo", country: "JP", localDateTime: "2025-03-14T18:05",
      timeZone: "Asia/Tokyo", amountMinor: 1280, currency: "JPY", cardLast4: "1234", entryMode: "contactless", printedAs: {},
    });
  });

  it("keeps an identifier as printed beside its normalised value, only where they differ beyond spacing and case", () => {
    const parsed = schema.parse({ ...tokyoSlip, tid: "T-0042", rrn: "5043 1234 5678", approvalCode: "y3", mid: "MID-123" });
    expect(parsed).toMatchObject({ tid: "T0042", rrn: "504312345678", approvalCode: "Y3", mid: "MID123" });
    expect(parsed.printedAs).toEqual({ tid: "T-0042", mid: "MID-123" });
  });

  it.each([
    ["1280", "JPY", 1280], ["¥1,280", "JPY", 1280], ["1280円", "JPY", 1280],
    ["12.50", "EUR", 1250], ["12,50 €", "EUR", 1250], ["1.234,56", "EUR", 123456],
    ["3.250", "KWD", 3250], ["KWD 3.250", "KWD", 3250], ["0.5", "BHD", 500],
  ])("reads the amount %j in %s as %i minor units", (amount, currency, minor) => {
    expect(schema.parse({ ...tokyoSlip, amount, currency }).amountMinor).toBe(minor);
  });

  it.each([
    ["12.50", "JPY", "errors.amountTooManyDecimals"], ["12.505", "EUR", "errors.amountTooManyDecimals"],
    ["3.2500", "KWD", "errors.amountTooManyDecimals"], ["0", "EUR", "errors.amountZero"],
    ["-12", "EUR", "errors.amountNegative"], ["12 USD", "EUR", "errors.amountInvalid"],
    ["", "EUR", "errors.required"], ["99999999999999", "JPY", "errors.amountTooLarge"],
  ])("refuses the amount %j in %s with %s", (amount, currency, key) => {
    expect(errorsOf({ ...tokyoSlip, amount, currency })).toEqual({ amount: key });
  });

  it("reads an ambiguous amount with the traveller's locale", () => {
    expect(errorsOf({ ...tokyoSlip, amount: "1.234", currency: "EUR" })).toEqual({ amount: "errors.amountTooManyDecimals" });
    const german = makeSlipInputSchema({ now, locale: "de" });
    expect(german.parse({ ...tokyoSlip, amount: "1.234", currency: "EUR" }).amountMinor).toBe(123400);
    expect(german.parse({ ...tokyoSlip, amount: "3,250", currency: "KWD" }).amountMinor).toBe(3250);
  });

  it("keeps every printed field, normalised", () => {
    const slip = schema.parse({
      ...tokyoSlip, mid: "000000012345678", tid: "1234 5678", batch: "000045", trace: "004512", rrn: "412345678901",
      approvalCode: "y3", aid: "a0000000031010", applicationLabel: "VISA CREDIT", tvr: "0000008000", tsi: "e800",
      responseCode: "Y3", offlineWording: "UNABLE TO GO ONLINE", notes: "Paid again in cash.",
    });
    expect(slip).toMatchObject({
      mid: "000000012345678", tid: "12345678", batch: "000045", trace: "004512", rrn: "412345678901",
      approvalCode: "Y3", aid: "A0000000031010", applicationLabel: "VISA CREDIT", tvr: "0000008000", tsi: "E800",
      responseCode: "Y3", offlineWording: "UNABLE TO GO ONLINE", notes: "Paid again in cash.",
    });
  });

  it("reports every wrong field at once, cross-field rules included", () => {
    expect(errorsOf({
      ...tokyoSlip, merchantName: "", country: "XX", localDateTime: "2025-03-16T09:00", amount: "12.5",
      cardLast4: "123", entryMode: "tap", tid: "1",
    })).toEqual({
      merchantName: "errors.required", country: "errors.countryUnknown", localDateTime: "errors.dateTimeFuture",
      amount: "errors.amountTooManyDecimals", cardLast4: "errors.cardLast4Format", entryMode: "errors.entryModeUnknown",
      tid: "errors.tidFormat",
    });
  });

  it("refuses a slip time later than now in the slip's zone, allowing 90 minutes of clock drift", () => {
    expect(errorsOf({ ...tokyoSlip, localDateTime: "2025-03-14T22:30" })).toEqual({});
    expect(errorsOf({ ...tokyoSlip, localDateTime: "2025-03-14T22:31" })).toEqual({ localDateTime: "errors.dateTimeFuture" });
    // The same wall-clock time is long past in Tokyo but still ahead in New York.
    expect(errorsOf({ ...tokyoSlip, localDateTime: "2025-03-14T12:00", timeZone: "America/New_York" }))
      .toEqual({ localDateTime: "errors.dateTimeFuture" });
  });

  it("reads the clock on every parse when given a function", () => {
    let clock = new Date("2025-03-14T00:00:00Z");
    const live = makeSlipInputSchema({ now: () => clock });
    expect(live.safeParse(tokyoSlip).success).toBe(false);
    clock = now;
    expect(live.safeParse(tokyoSlip).success).toBe(true);
  });

  it.each(SLIP_FORM_FIELDS)("refuses a full card number in %s, saying why", (field) => {
    expect(errorsOf({ ...tokyoSlip, [field]: "4111 1111 1111 1111" })[field]).toBe("errors.cardNumber");
  });

  describe("DCC", () => {
    it("keeps the rate as text and the home amount in minor units", () => {
      const slip = schema.parse({ ...tokyoSlip, dccRate: "0,0452", dccHomeAmount: "57.86", dccHomeCurrency: "CNY" });
      expect(slip).toMatchObject({ dccRate: "0.0452", dccHomeAmountMinor: 5786, dccHomeCurrency: "CNY" });
    });

    it("needs a home currency for a home amount, and one that differs from the slip's", () => {
      expect(errorsOf({ ...tokyoSlip, dccHomeAmount: "57.86" })).toEqual({ dccHomeCurrency: "errors.dccCurrencyRequired" });
      expect(errorsOf({ ...tokyoSlip, dccHomeAmount: "57", dccHomeCurrency: "JPY" })).toEqual({ dccHomeCurrency: "errors.dccSameCurrency" });
      expect(errorsOf({ ...tokyoSlip, dccHomeAmount: "57.861", dccHomeCurrency: "CNY" })).toEqual({ dccHomeAmount: "errors.amountTooManyDecimals" });
    });

    it("drops a home currency given without an amount", () => {
      expect(schema.parse({ ...tokyoSlip, dccHomeCurrency: "CNY" }).dccHomeCurrency).toBeUndefined();
    });
  });

  describe("paid instead", () => {
    it("records another card's last 4 and the amount, in the slip's currency by default", () => {
      const slip = schema.parse({ ...tokyoSlip, paidInsteadMethod: "otherCard", paidInsteadCardLast4: "９８７６", paidInsteadAmount: "1,280" });
      expect(slip).toMatchObject({ paidInsteadMethod: "otherCard", paidInsteadCardLast4: "9876", paidInsteadAmountMinor: 1280, paidInsteadCurrency: "JPY" });
    });

    it("records cash paid in another currency", () => {
      const slip = schema.parse({ ...tokyoSlip, paidInsteadMethod: "cash", paidInsteadAmount: "8.00", paidInsteadCurrency: "USD" });
      expect(slip).toMatchObject({ paidInsteadMethod: "cash", paidInsteadAmountMinor: 800, paidInsteadCurrency: "USD" });
      expect(slip.paidInsteadCardLast4).toBeUndefined();
    });

    it("asks for what is missing", () => {
      // The other card's last 4 are optional (issue 18): only the amount is asked for.
      expect(errorsOf({ ...tokyoSlip, paidInsteadMethod: "otherCard" })).toEqual({ paidInsteadAmount: "errors.paidInsteadAmountRequired" });
      const withoutLast4 = schema.parse({ ...tokyoSlip, paidInsteadMethod: "otherCard", paidInsteadAmount: "1280" });
      expect(withoutLast4).toMatchObject({ paidInsteadMethod: "otherCard", paidInsteadAmountMinor: 1280 });
      expect(withoutLast4.paidInsteadCardLast4).toBeUndefined();
      expect(errorsOf({ ...tokyoSlip, paidInsteadMethod: "otherCard", paidInsteadAmount: "1280", paidInsteadCardLast4: "12" })).toEqual({ paidInsteadCardLast4: "errors.cardLast4Format" });
      expect(errorsOf({ ...tokyoSlip, paidInsteadAmount: "1280" })).toEqual({ paidInsteadMethod: "errors.required" });
      expect(errorsOf({ ...tokyoSlip, paidInsteadMethod: "wallet", paidInsteadAmount: "12.5" })).toEqual({
        paidInsteadAmount: "errors.amountTooManyDecimals",
      });
    });

    it("ignores another card's last 4 when the traveller paid cash", () => {
      const slip = schema.parse({ ...tokyoSlip, paidInsteadMethod: "cash", paidInsteadCardLast4: "9876", paidInsteadAmount: "1280" });
      expect(slip.paidInsteadCardLast4).toBeUndefined();
    });
  });

  it("accepts a form without the optional keys at all, and ignores unknown keys", () => {
    const { merchantName, country, localDateTime, timeZone, amount, currency, cardLast4, entryMode } = tokyoSlip;
    const minimal = { merchantName, country, localDateTime, timeZone, amount, currency, cardLast4, entryMode, $ACTION_ID_1: "x" };
    expect(schema.parse(minimal)).not.toHaveProperty("$ACTION_ID_1");
  });

  it("never throws and only ever answers with known message keys", () => {
    const field = fc.oneof(fc.constant(""), fc.string({ maxLength: 30 }), fc.constantFrom("4111 1111 1111 1111", "１２３４", "12.50", "JPY", "Asia/Tokyo"));
    const form = fc.record(Object.fromEntries(SLIP_FORM_FIELDS.map((name) => [name, field])));
    fc.assert(
      fc.property(form, (input) => {
        const result = schema.safeParse(input);
        for (const issue of result.success ? [] : result.error.issues) {
          expect(SLIP_ERROR_KEYS).toContain(issue.message);
          expect(SLIP_FORM_FIELDS).toContain(issue.path[0]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
