import { describe, expect, it } from "vitest";
import { isLuhnValid } from "../cards/card-number-guard";
import * as fields from "./slip-fields";

type Schema = { safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } } };

function errorOf(schema: Schema, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function withCheckDigit(body: string): string {
  return [..."0123456789"].map((d) => body + d).find(isLuhnValid) ?? "";
}

/** [field, schema, accepted input → normalised output, refused input → message key] */
type Table = [name: string, schema: Schema, accepts: [string, unknown][], refuses: [string, string][]];

const unionPayMid = withCheckDigit("89831004816123"); // 15 digits, Luhn-valid, not a card prefix
const amex = withCheckDigit("37828224631000");

const tables: Table[] = [
  ["merchantName", fields.merchantNameSchema,
    [[" LAWSON 渋谷店 ", "LAWSON 渋谷店"], ["7-Eleven #1234", "7-Eleven #1234"], ["x".repeat(80), "x".repeat(80)]],
    [["", "errors.required"], ["   ", "errors.required"], ["x".repeat(81), "errors.merchantNameTooLong"],
      ["Shop\u0007", "errors.invalidCharacters"], ["Shop 4111 1111 1111 1111", "errors.cardNumber"]]],
  ["city", fields.citySchema,
    [["", undefined], ["Chiang Mai", "Chiang Mai"], ["上海", "上海"]],
    [["x".repeat(81), "errors.cityTooLong"], ["Line\nbreak", "errors.invalidCharacters"]]],
  ["country", fields.countrySchema,
    [["JP", "JP"], ["th", "TH"], [" ＣＮ ", "CN"], ["XK", "XK"]],
    [["", "errors.required"], ["XX", "errors.countryUnknown"], ["EU", "errors.countryUnknown"], ["JPN", "errors.countryUnknown"], ["Japan", "errors.countryUnknown"]]],
  ["currency", fields.currencySchema,
    [["JPY", "JPY"], ["eur", "EUR"], ["KWD", "KWD"]],
    [["", "errors.required"], ["YEN", "errors.currencyUnknown"], ["XAU", "errors.currencyUnknown"], ["€", "errors.currencyUnknown"]]],
  ["cardLast4", fields.cardLast4Schema,
    [["1234", "1234"], ["１２３４", "1234"], [" 0042 ", "0042"], ["**** 1234", "1234"], ["•••• 1234", "1234"]],
    [["", "errors.required"], ["123", "errors.cardLast4Format"], ["12345", "errors.cardLast4Format"], ["12a4", "errors.cardLast4Format"],
      ["4111111111111111", "errors.cardNumber"], ["４１１１ １１１１ １１１１ １１１１", "errors.cardNumber"]]],
  ["entryMode", fields.entryModeSchema,
    [["chip", "chip"], ["contactless", "contactless"], ["swipe", "swipe"], ["keyed", "keyed"], ["fallback", "fallback"]],
    [["", "errors.required"], ["tap", "errors.entryModeUnknown"], ["CHIP", "errors.entryModeUnknown"]]],
  ["mid", fields.midSchema,
    [["", undefined], ["000000012345678", "000000012345678"], [unionPayMid, unionPayMid], ["abc123", "ABC123"], ["1234 5678 9012", "123456789012"], ["MID-123", "MID123"]],
    [["1234567890123456", "errors.midFormat"], ["MID#123", "errors.midFormat"], [amex, "errors.cardNumber"], ["4111 1111 1111 1111", "errors.cardNumber"], ["4111-1111-1111-1111", "errors.cardNumber"], ["4111.1111.1111.1111", "errors.cardNumber"]]],
  ["tid", fields.tidSchema,
    [["12345678", "12345678"], ["ab12cd34", "AB12CD34"], ["１２３４５６７８", "12345678"], ["123456", "123456"], ["T-0042", "T0042"], ["T-1234", "T1234"], ["1234-5678", "12345678"]],
    [["123", "errors.tidFormat"], ["12345678901234567", "errors.tidFormat"], ["T#1234", "errors.tidFormat"], ["4111111111111111", "errors.cardNumber"], ["4111-1111-1111-1111", "errors.cardNumber"]]],
  ["batch", fields.batchSchema,
    [["000123", "000123"], ["7", "7"]],
    [["1234567", "errors.batchFormat"], ["12A", "errors.batchFormat"]]],
  ["trace", fields.traceSchema,
    [["004512", "004512"], ["45", "45"]],
    [["1234567", "errors.traceFormat"], ["+1", "errors.traceFormat"], ["00A1", "errors.traceFormat"]]],
  ["rrn", fields.rrnSchema,
    [["412345678901", "412345678901"], ["5123ab678901", "5123AB678901"]],
    [["41234567890", "errors.rrnFormat"], ["4123456789012", "errors.rrnFormat"]]],
  ["approvalCode", fields.approvalCodeSchema,
    [["123456", "123456"], ["Y1", "Y1"], ["y3", "Y3"], ["A1B2", "A1B2"], ["12-34", "1234"]],
    [["1", "errors.approvalCodeFormat"], ["1234567", "errors.approvalCodeFormat"], ["12#34", "errors.approvalCodeFormat"]]],
  ["aid", fields.aidSchema,
    [["A0000000031010", "A0000000031010"], ["a0 00 00 00 04 10 10", "A0000000041010"], ["A000000333010101", "A000000333010101"], ["D27600002547410100", "D27600002547410100"]],
    [["A00000000", "errors.aidFormat"], ["A000000003101", "errors.aidFormat"], ["G0000000031010", "errors.aidFormat"], ["A".repeat(34), "errors.aidFormat"]]],
  ["applicationLabel", fields.applicationLabelSchema,
    [["VISA CREDIT", "VISA CREDIT"], ["Mastercard", "Mastercard"], ["银联借记卡", "银联借记卡"]],
    [["x".repeat(33), "errors.applicationLabelFormat"], ["VISA\tCREDIT", "errors.invalidCharacters"]]],
  ["tvr", fields.tvrSchema,
    [["0000008000", "0000008000"], ["00 00 04 80 00", "0000048000"], ["8000048000", "8000048000"]],
    [["00000080", "errors.tvrFormat"], ["000000800G", "errors.tvrFormat"]]],
  ["tsi", fields.tsiSchema,
    [["E800", "E800"], ["f800", "F800"]],
    [["E80", "errors.tsiFormat"], ["E8000", "errors.tsiFormat"]]],
  ["responseCode", fields.responseCodeSchema,
    [["00", "00"], ["05", "05"], ["y3", "Y3"], ["Z3", "Z3"]],
    [["0", "errors.responseCodeFormat"], ["005", "errors.responseCodeFormat"], ["0-", "errors.responseCodeFormat"]]],
  ["offlineWording", fields.offlineWordingSchema,
    [["UNABLE TO GO ONLINE", "UNABLE TO GO ONLINE"], ["OFFLINE APPROVED", "OFFLINE APPROVED"], ["脱机交易", "脱机交易"]],
    [["x".repeat(101), "errors.offlineWordingTooLong"]]],
  ["dccRate", fields.dccRateSchema,
    [["7.8123", "7.8123"], ["0,0067", "0.0067"], ["１５８.２", "158.2"], ["1", "1"]],
    [["0", "errors.dccRateFormat"], ["0.000", "errors.dccRateFormat"], ["-7.8", "errors.dccRateFormat"], ["7.8.1", "errors.dccRateFormat"],
      ["1 EUR = 7.8 CNY", "errors.dccRateFormat"], ["1234567.1", "errors.dccRateFormat"], ["1.12345678901", "errors.dccRateFormat"]]],
  ["paidInsteadMethod", fields.paidInsteadMethodSchema,
    [["", undefined], ["otherCard", "otherCard"], ["cash", "cash"], ["wallet", "wallet"]],
    [["cheque", "errors.paidInsteadMethodUnknown"]]],
  ["notes", fields.notesSchema,
    [["", undefined], ["Paid again with cash.\nStaff kept the slip.", "Paid again with cash.\nStaff kept the slip."], ["x".repeat(2000), "x".repeat(2000)]],
    [["x".repeat(2001), "errors.notesTooLong"], ["card ４１１１-１１１１-１１１１-１１１１", "errors.cardNumber"], ["4\u200b111111111111111", "errors.cardNumber"],
      ["bell\u0007", "errors.invalidCharacters"]]],
];

describe.each(tables)("%s", (_name, schema, accepts, refuses) => {
  it.each(accepts)("accepts %j as %j", (input, output) => {
    expect(schema.safeParse(input)).toEqual({ success: true, data: output });
  });

  it.each(refuses)("refuses %j with %s", (input, key) => {
    expect(errorOf(schema, input)).toBe(key);
  });
});

describe("optional fields", () => {
  const optional = [fields.citySchema, fields.midSchema, fields.tidSchema, fields.rrnSchema, fields.aidSchema, fields.notesSchema, fields.dccRateSchema];
  it("treat blank and missing values as not printed", () => {
    for (const schema of optional) {
      expect(schema.safeParse("")).toEqual({ success: true, data: undefined });
      expect(schema.safeParse("   ")).toEqual({ success: true, data: undefined });
      expect(schema.safeParse(undefined)).toEqual({ success: true, data: undefined });
    }
  });

  it("refuse values that are not text with a message key", () => {
    expect(errorOf(fields.midSchema, 12345678)).toBe("errors.notText");
  });
});
