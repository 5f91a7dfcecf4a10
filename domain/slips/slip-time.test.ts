import { describe, expect, it } from "vitest";
import { isLocalDateTimeInFuture, localDateTimeSchema, resolveTimeZone, timeZoneSchema } from "./slip-time";

describe("localDateTimeSchema", () => {
  it.each([
    ["2025-03-14T18:05", "2025-03-14T18:05"],
    ["2025-03-14T18:05:59", "2025-03-14T18:05"],
    ["2025-03-14T18:05:59.123", "2025-03-14T18:05"],
    ["2025-03-14 18:05", "2025-03-14T18:05"],
    ["2024-02-29T00:00", "2024-02-29T00:00"],
    ["２０２５-０３-１４T１８:０５", "2025-03-14T18:05"],
  ])("accepts %j as %j", (input, output) => {
    expect(localDateTimeSchema.safeParse(input)).toEqual({ success: true, data: output });
  });

  it.each([
    ["", "errors.required"],
    ["14/03/2025 18:05", "errors.dateTimeFormat"],
    ["2025-03-14", "errors.dateTimeFormat"],
    ["2025-3-14T18:05", "errors.dateTimeFormat"],
    ["2025-03-14T18:05Z", "errors.dateTimeFormat"],
    ["2025-02-29T10:00", "errors.dateTimeInvalid"],
    ["2025-13-01T10:00", "errors.dateTimeInvalid"],
    ["2025-04-31T10:00", "errors.dateTimeInvalid"],
    ["2025-03-14T24:00", "errors.dateTimeInvalid"],
    ["2025-03-14T18:60", "errors.dateTimeInvalid"],
    ["1999-12-31T23:59", "errors.dateTimeTooOld"],
  ])("refuses %j with %s", (input, key) => {
    const result = localDateTimeSchema.safeParse(input);
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe(key);
  });
});

describe("timeZoneSchema", () => {
  it.each([
    ["Asia/Tokyo", "Asia/Tokyo"],
    ["asia/tokyo", "Asia/Tokyo"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["UTC", "UTC"],
  ])("accepts %j as %j", (input, output) => {
    expect(timeZoneSchema.safeParse(input)).toEqual({ success: true, data: output });
  });

  it.each(["", "Mars/Olympus", "EST", "+08:00", "GMT+8", "Asia/Tokyo/Extra/More", "Asia Tokyo"])("refuses %j", (input) => {
    expect(timeZoneSchema.safeParse(input).success).toBe(false);
    expect(resolveTimeZone(input)).toBeNull();
  });
});

describe("isLocalDateTimeInFuture", () => {
  // 2025-03-14 12:00 UTC is 21:00 in Tokyo, 08:00 in New York (EDT), 13:00 in Paris.
  const now = new Date("2025-03-14T12:00:00Z");

  it.each([
    ["2025-03-14T21:00", "Asia/Tokyo", false],
    ["2025-03-14T22:30", "Asia/Tokyo", false], // within the 90-minute margin
    ["2025-03-14T22:31", "Asia/Tokyo", true],
    ["2025-03-15T06:00", "Asia/Tokyo", true],
    ["2025-03-14T09:30", "America/New_York", false],
    ["2025-03-14T09:31", "America/New_York", true],
    ["2025-03-14T14:30", "Europe/Paris", false],
    ["2025-03-15T01:00", "Pacific/Kiritimati", false], // UTC+14: already the next day there
    ["2024-12-31T23:59", "Asia/Tokyo", false],
  ])("%s in %s is in the future: %s", (local, zone, future) => {
    expect(isLocalDateTimeInFuture(local, zone, now)).toBe(future);
  });

  it("with an unknown zone only refuses times no zone on Earth has reached", () => {
    expect(isLocalDateTimeInFuture("2025-03-15T03:30", null, now)).toBe(false);
    expect(isLocalDateTimeInFuture("2025-03-15T03:31", null, now)).toBe(true);
  });
});
