import { describe, expect, it } from "vitest";
import enAll from "../../messages/en.json";
import zhAll from "../../messages/zh-CN.json";
import notes from "../../messages/merchant-notes.json";
import { GROUND_IDS } from "./ground-rules";
import { MERCHANT_NOTE_LANGUAGES } from "./merchant-note";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** The closing brace matching the "{" at `open`. */
function closeOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}" && (depth -= 1) === 0) return i;
  }
  return text.length;
}

/** ICU argument names, also those inside select/plural branches ("{hasTime, select, yes { at {time}} other {}}" gives hasTime, time). */
function listArguments(text: string): string[] {
  const names = new Set<string>();
  const visit = (part: string) => {
    for (let i = part.indexOf("{"); i >= 0; i = part.indexOf("{", i)) {
      const end = closeOf(part, i);
      const inner = part.slice(i + 1, end);
      const [name, type] = inner.split(",").map((x) => x.trim());
      names.add(name!);
      if (type === "select" || type === "plural") {
        const branches = inner.slice(inner.indexOf(",", inner.indexOf(",") + 1) + 1);
        for (let j = branches.indexOf("{"); j >= 0; j = branches.indexOf("{", closeOf(branches, j) + 1)) visit(branches.slice(j + 1, closeOf(branches, j)));
      }
      i = end + 1;
    }
  };
  visit(text);
  return [...names].sort();
}

const en = flatten(enAll.disputes as Messages);
const zh = flatten(zhAll.disputes as Messages);
const ROUTES = ["networkChargeback", "unionpayDisputeForm", "chineseIssuerDispute", "chineseIssuerErrorRequest", "issuerRequest"];
const LANGUAGE_NEUTRAL = new Set(["letter.signature", "letter.attachmentItem", "pack.subtitle", "pack.field.aid"]);

describe("disputes messages", () => {
  // Same keys and ICU arguments in both languages: messages/messages.test.ts.
  it("hold every key the letters, grounds and reminders build", () => {
    const needed = [
      ...GROUND_IDS.flatMap((g) => [`ground.${g}`, `letter.request.issuer.${g}`, `letter.request.merchant.${g}`]),
      ...ROUTES.flatMap((r) => [`letter.grounds.${r}`, `letter.subject.${r}`]),
      ...["disputeDeadline", "disputeSoon", "holdDrop", "checkAgain"].flatMap((k) => [`reminder.${k}.summary`, `reminder.${k}.description`]),
      "letter.subject.merchant", "letter.payment.card.issuer", "letter.payment.card.merchant", "groundTitle",
    ];
    expect(needed.filter((k) => !en.has(k))).toEqual([]);
  });

  it("are written in Chinese in zh-CN", () => {
    for (const [key, text] of zh) if (!LANGUAGE_NEUTRAL.has(key)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keep the tracking namespace's dispute keys as they were", () => {
    expect(Object.keys(enAll.tracking.dispute.grounds)).toEqual(["visa", "mastercard", "other"]);
  });
});

describe("merchant notes", () => {
  const english = flatten(notes.en as Messages);
  for (const lang of MERCHANT_NOTE_LANGUAGES) {
    it(`${lang} has every line, with the same arguments as English`, () => {
      const block = flatten((notes as unknown as Record<string, Messages>)[lang]!);
      expect([...block.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) expect(listArguments(block.get(key)!), `${lang} ${key}`).toEqual(listArguments(text));
    });
  }
});
