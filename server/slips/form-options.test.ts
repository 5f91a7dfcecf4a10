import { describe, expect, it } from "vitest";
import { countryName, listCountryOptions, listCurrencyOptions, listTimeZoneOptions, listZonesByCountry } from "./form-options";

describe("slip form options", () => {
  it("names countries in the reader's language", () => {
    expect(countryName("JP", "en")).toBe("Japan");
    expect(countryName("JP", "zh-CN")).toBe("日本");
    expect(listCountryOptions("zh-CN")).toContainEqual({ value: "TH", label: "泰国" });
    expect(listCountryOptions("en")).toHaveLength(listCountryOptions("zh-CN").length);
  });

  it("offers payable currencies with their names, and no precious metals", () => {
    const options = listCurrencyOptions("zh-CN");
    expect(options).toContainEqual({ value: "JPY", label: "JPY · 日元" });
    expect(options.some((o) => o.value === "XAU")).toBe(false);
  });

  it("lists each time zone once, in its modern name, including every zone the country map suggests", () => {
    const values = listTimeZoneOptions("en").map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain("Asia/Kolkata");
    expect(values).not.toContain("Asia/Calcutta");
    for (const zones of Object.values(listZonesByCountry())) for (const zone of zones) expect(values).toContain(zone);
  });
});
