/**
 * The one parity test of the message catalogues: both languages have the same keys, each text
 * uses the same ICU arguments (and rich-text tags) in both, and no text is empty. Tests beside
 * the domain modules check their own keys exist; `tsc` checks every literal `t("…")` key
 * (global.d.ts types the keys from en.json).
 */
import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(messages: Catalogue, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in "${text}"`);
}

/** Every ICU argument ("{days, plural, one {# day} other {# days}}" gives days, at any depth) and tag. */
export function listPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const tag of text.matchAll(/<(\w+)>/g)) found.add(`<${tag[1]}>`);
  const visit = (part: string) => {
    for (let i = part.indexOf("{"); i >= 0; i = part.indexOf("{", closingBrace(part, i) + 1)) {
      const inner = part.slice(i + 1, closingBrace(part, i));
      const [name = "", type = "", ...rest] = inner.split(",");
      found.add(name.trim());
      if (/^\s*(plural|select|selectordinal)\s*$/.test(type)) {
        const branches = rest.join(",");
        for (let j = branches.indexOf("{"); j >= 0; j = branches.indexOf("{", closingBrace(branches, j) + 1)) visit(branches.slice(j + 1, closingBrace(branches, j)));
      }
    }
  };
  visit(text);
  return [...found].sort();
}

const english = flatten(en as Catalogue);
const chinese = flatten(zhCN as Catalogue);

describe("messages/*.json", () => {
  it("have the same keys in English and Chinese", () => {
    expect([...chinese.keys()].filter((key) => !english.has(key)), "only in zh-CN.json").toEqual([]);
    expect([...english.keys()].filter((key) => !chinese.has(key)), "missing from zh-CN.json").toEqual([]);
  });

  it("use the same ICU arguments and tags in both languages", () => {
    const differing = [...english].filter(([key, text]) => chinese.has(key) && listPlaceholders(text).join() !== listPlaceholders(chinese.get(key) ?? "").join());
    expect(differing.map(([key, text]) => `${key}: en {${listPlaceholders(text)}} zh-CN {${listPlaceholders(chinese.get(key) ?? "")}}`)).toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = [...english, ...chinese].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("speak to the traveller in one voice in Chinese: always 您, and 小票 for the slip (issue 18)", () => {
    // 你 was used in 71 texts beside 您 in 65, and 签购单 beside 小票; one form and one word each.
    // The bank is addressed as 贵行 in the questions to ask it.
    expect([...chinese].filter(([, text]) => text.includes("你")).map(([key]) => key), "use 您").toEqual([]);
    expect([...chinese].filter(([, text]) => /签购单|凭条|签单/.test(text)).map(([key]) => key), "say 小票").toEqual([]);
    // A pending amount is 预授权 (frozen by it: 冻结), never 预扣款 or 暂扣.
    expect([...chinese].filter(([, text]) => /预扣|暂扣|冻结款/.test(text)).map(([key]) => key), "say 预授权").toEqual([]);
  });

  it("say one word per thing in English too: the slip, the hold (issue 18)", () => {
    // The terminal's printout is the slip — never a receipt or voucher (a receipt is the proof of
    // another payment: cash, a second card). A pending amount is a hold — never a pre-authorisation;
    // "authorisation hold" only in the letters, where the bank's own term helps the bank.
    const slipWords = /\b(?:voucher|sales draft|charge slip|(?:terminal|card|void|sales|merchant) receipts?|slips? or receipts?)\b|\(void\) receipt/i;
    const holdWords = /\bpre-?authori[sz]ations?\b|\bauthori[sz]ation holds?\b/i;
    expect([...english].filter(([, text]) => slipWords.test(text)).map(([key]) => key), "say slip").toEqual([]);
    expect([...english].filter(([key, text]) => holdWords.test(text) && !key.startsWith("disputes.letter.")).map(([key]) => key), "say hold").toEqual([]);
    // British spelling throughout ("authorise", "cancelled").
    expect([...english].filter(([, text]) => /\bauthoriz|\bcanceled\b/i.test(text)).map(([key]) => key), "British spelling").toEqual([]);
  });

  it("read ICU arguments at every depth", () => {
    expect(listPlaceholders("{count, plural, one {# slip in {city}} other {# slips}} for <b>{name}</b>")).toEqual(["<b>", "city", "count", "name"]);
    expect(listPlaceholders("no arguments")).toEqual([]);
  });
});
