import type messages from "@/messages/en.json";

// next-intl's typed keys: `t("…")` of a key missing from messages/en.json fails `tsc`;
// zh-CN.json is held to the same keys by messages/messages.test.ts.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
