import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

const NAMESPACES = ["pwa", "offline", "offlineSlips"] as const;

describe("offline messages", () => {
  it.each(NAMESPACES)("%s has the same keys in English and Chinese, none empty", (ns) => {
    expect(Object.keys(zh[ns]).sort()).toEqual(Object.keys(en[ns]).sort());
    for (const value of [...Object.values(en[ns]), ...Object.values(zh[ns])]) expect(value.trim()).not.toBe("");
  });

  it("keeps the placeholders the components fill in, in both languages", () => {
    for (const messages of [en, zh]) {
      expect(messages.offlineSlips.waitingTitle).toContain("{count}");
      expect(messages.offlineSlips.signOutWaiting).toContain("{count}");
      expect(messages.offlineSlips.statusRefused).toContain("{reason}");
    }
  });

  it("speaks to the traveller as 您 and calls a slip 小票 in Chinese", () => {
    const text = JSON.stringify([zh.offline, zh.offlineSlips]);
    expect(text).not.toContain("你");
    expect(zh.offlineSlips.intro).toContain("小票");
  });
});
