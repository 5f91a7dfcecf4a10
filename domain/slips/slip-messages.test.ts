import { describe, expect, it } from "vitest";
import enAll from "../../messages/en.json";
import zhAll from "../../messages/zh-CN.json";
import { SLIP_ERROR_KEYS } from "./slip-error-keys";

const en = { errors: enAll.slips.errors };
const zhCN = { errors: zhAll.slips.errors };

function flattenKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flattenKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("slip messages", () => {
  it.each([["en", en], ["zh-CN", zhCN]] as const)("%s has a text for every error key and no stray error keys", (_locale, messages) => {
    expect(flattenKeys(messages).sort()).toEqual([...SLIP_ERROR_KEYS].sort());
  });

  // Non-empty texts in both languages: messages/messages.test.ts.
  it.each([["en", en], ["zh-CN", zhCN]] as const)("%s texts are free of ICU braces", (_locale, messages) => {
    for (const text of Object.values(messages.errors)) {
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it("has Chinese texts written in Chinese", () => {
    for (const text of Object.values(zhCN.errors)) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
