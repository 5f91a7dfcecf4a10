import { describe, expect, it } from "vitest";
import enAll from "../../messages/en.json";
import zhAll from "../../messages/zh-CN.json";

const en = enAll.diagnosis;
const zh = zhAll.diagnosis;
import { CAUSES, type ChargeOutlook } from "./causes";
import { getOptionLabelKey, getQuestionTextKey, getAnswerReasonKey, listOptionValues, QUESTIONS, UNKNOWN_ANSWER } from "./questions";
import { getSignalLabelKey, SIGNAL_IDS } from "./signals";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

const OUTCOMES: ChargeOutlook[] = ["mayBeChargedLater", "noChargeExpected", "holdReleased", "unclear"];

/** Every key the domain hands to the UI, plus the keys the UI builds by convention. */
function listReferencedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const cause of CAUSES) {
    for (const key of [cause.titleKey, cause.summaryKey, ...cause.doNow, ...cause.keep, ...cause.askBank, ...cause.prevent]) keys.add(key);
    keys.add(`groups.${cause.group}`);
  }
  for (const id of SIGNAL_IDS) keys.add(getSignalLabelKey(id));
  for (const question of QUESTIONS) {
    keys.add(getQuestionTextKey(question.id));
    for (const value of listOptionValues(question.id)) {
      keys.add(getOptionLabelKey(question.id, value));
      if (value !== UNKNOWN_ANSWER) keys.add(getAnswerReasonKey(question.id, value));
    }
  }
  for (const outlook of OUTCOMES) keys.add(`chargeOutlook.${outlook}.title`).add(`chargeOutlook.${outlook}.body`);
  return keys;
}

const english = flatten(en as Messages);
const chinese = flatten(zh as Messages);

describe("diagnosis messages", () => {
  it("contain every key the domain refers to, and nothing else", () => {
    const referenced = listReferencedKeys();
    expect([...referenced].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !referenced.has(key))).toEqual([]);
  });

  // Same keys, arguments and no empty texts in both languages: messages/messages.test.ts.
  it("are plain text: no ICU braces or tags", () => {
    for (const [key, text] of [...english, ...chinese]) {
      expect(text, key).not.toMatch(/[{}<>]/);
    }
  });

  it("are written in Chinese in zh-CN, not left in English", () => {
    const brandNames = /^(Visa|JCB)$/;
    for (const [key, text] of chinese) {
      if (!brandNames.test(text)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
