import type { Locale } from "./routing";

// Static imports per locale so the bundler includes both files and nothing else.
export async function loadMessages(locale: Locale) {
  return locale === "zh-CN"
    ? (await import("../messages/zh-CN.json")).default
    : (await import("../messages/en.json")).default;
}
