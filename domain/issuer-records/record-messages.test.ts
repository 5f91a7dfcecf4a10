import { describe, expect, it } from "vitest";
import enAll from "../../messages/en.json";
import zhAll from "../../messages/zh-CN.json";

const en = enAll.records;
const zhCN = zhAll.records;
import { RECORD_MESSAGE_KEYS } from "./message-keys";

function flattenKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flattenKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function listTexts(messages: object): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === "string" ? [value] : listTexts(value as object)));
}

describe("records messages", () => {
  it.each([["en", en], ["zh-CN", zhCN]] as const)("%s has a text for every key the domain returns, and no other", (_locale, messages) => {
    expect(flattenKeys(messages).sort()).toEqual([...RECORD_MESSAGE_KEYS].sort());
  });

  it("has Chinese texts written in Chinese", () => {
    for (const text of listTexts(zhCN)) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
