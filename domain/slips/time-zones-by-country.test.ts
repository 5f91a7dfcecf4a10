import { describe, expect, it } from "vitest";
import { resolveTimeZone } from "./slip-time";
import { defaultTimeZoneForCountry, listCountriesWithKnownZones } from "./time-zones-by-country";

describe("defaultTimeZoneForCountry", () => {
  it("gives the one zone of a single-zone country", () => {
    expect(defaultTimeZoneForCountry("JP")).toEqual({ zones: ["Asia/Tokyo"] });
    expect(defaultTimeZoneForCountry("cn")).toEqual({ zones: ["Asia/Shanghai"] });
    expect(defaultTimeZoneForCountry("TH")).toEqual({ zones: ["Asia/Bangkok"] });
  });

  it.each(["US", "CA", "AU", "BR", "RU", "MX", "ID", "ES", "PT", "NZ"])("offers several zones for %s, the most visited first", (country) => {
    const { zones } = defaultTimeZoneForCountry(country);
    expect(zones.length).toBeGreaterThan(1);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it("puts the main tourist zone first", () => {
    expect(defaultTimeZoneForCountry("US").zones[0]).toBe("America/New_York");
    expect(defaultTimeZoneForCountry("AU").zones[0]).toBe("Australia/Sydney");
    expect(defaultTimeZoneForCountry("ID").zones[0]).toBe("Asia/Jakarta");
  });

  it("returns no zones for a country it does not know, so the form asks", () => {
    expect(defaultTimeZoneForCountry("AQ")).toEqual({ zones: [] });
    expect(defaultTimeZoneForCountry("")).toEqual({ zones: [] });
  });

  it("covers at least 60 countries, every zone one the slip form accepts", () => {
    const countries = listCountriesWithKnownZones();
    expect(countries.length).toBeGreaterThanOrEqual(60);
    for (const country of countries) {
      for (const zone of defaultTimeZoneForCountry(country).zones) expect(resolveTimeZone(zone), `${country} ${zone}`).toBe(zone);
    }
  });

  it("hands out a copy, so a caller cannot change the map", () => {
    defaultTimeZoneForCountry("US").zones.length = 0;
    expect(defaultTimeZoneForCountry("US").zones.length).toBeGreaterThan(1);
  });
});
