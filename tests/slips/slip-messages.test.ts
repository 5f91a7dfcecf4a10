import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { PHOTO_ERROR_KEYS } from "@/server/photos/process-photo";

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const NAMESPACES = ["slips", "photos", "dataExport"] as const;
/** Codes printed that way on Chinese slips too, and a pure placeholder pattern. */
const LATIN_ON_PURPOSE = new Set(["form.aid", "form.tvr", "form.tsi", "detail.place"]);

describe("slip, photo and export messages", () => {
  // Same keys in both languages: messages/messages.test.ts.
  it.each(NAMESPACES)("%s is written in Chinese in zh-CN", (ns) => {
    const texts = Object.entries(flatten(zhCN[ns])).filter(([key]) => !(ns === "slips" && LATIN_ON_PURPOSE.has(key)));
    for (const [key, text] of texts) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has a text for every photo error the pipeline can give", () => {
    for (const key of PHOTO_ERROR_KEYS) {
      const [, , name] = key.split(".");
      expect(en.photos.errors).toHaveProperty(name ?? "");
      expect(zhCN.photos.errors).toHaveProperty(name ?? "");
    }
  });

  it("has the account and error texts the slip features use", () => {
    for (const messages of [en, zhCN]) {
      expect(messages.account.errors.confirmMismatch).toBeTruthy();
      expect(messages.errors.invalidJson).toBeTruthy();
      expect(messages.errors.unsupportedContentType).toBeTruthy();
    }
  });
});
