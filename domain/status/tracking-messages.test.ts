import { describe, expect, it } from "vitest";
import enAll from "../../messages/en.json";
import zhAll from "../../messages/zh-CN.json";

const en = enAll.tracking;
const zh = zhAll.tracking;
import { DISPUTE_MESSAGE_KEYS } from "@/domain/disputes";
import { MATCH_MESSAGE_KEYS, matchSlips, resolveCharges, type MatchRecord, type MatchSlip, type RateQuote } from "@/domain/matching";
import golden from "../matching/golden-trips.json";
import { buildTimeline } from "./build-timeline";
import { deriveSlipStatus } from "./derive-slip-status";
import { STATUS_MESSAGE_KEYS } from "./status-message-keys";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** Top-level ICU argument names: "{days, plural, one {# day} …}" gives "days". */
function listArguments(text: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "{") {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(text.slice(i))?.[1] ?? "");
      depth += 1;
    } else if (text[i] === "}") depth -= 1;
  }
  return [...names].sort();
}

const english = flatten(en as Messages);
const chinese = flatten(zh as Messages);
const declared = new Set<string>([...MATCH_MESSAGE_KEYS, ...STATUS_MESSAGE_KEYS, ...DISPUTE_MESSAGE_KEYS]);

/** Every key the engines actually return for the golden trips, with the parameters they pass. */
function collectEmitted(): Map<string, Set<string>> {
  const emitted = new Map<string, Set<string>>();
  const note = (key: string, params: object = {}) => emitted.set(key, new Set([...(emitted.get(key) ?? []), ...Object.keys(params)]));
  type Trip = { today: string; rates: RateQuote[]; slips: (MatchSlip & { paidInsteadMethod?: "cash" | "otherCard" | "wallet" })[]; records: MatchRecord[] };
  for (const trip of (golden as unknown as { trips: Trip[] }).trips) {
    const result = matchSlips({ slips: trip.slips, records: trip.records, rates: trip.rates, today: trip.today });
    for (const m of result.matches) for (const r of m.reasons) note(r.key, r.params);
    for (const slip of trip.slips) {
      const charges = resolveCharges(result.charges.find((c) => c.slipId === slip.id)?.charges ?? [], trip.records);
      const status = deriveSlipStatus({ slip, charges, paidInstead: slip.paidInsteadMethod ? { method: slip.paidInsteadMethod } : null, today: trip.today });
      note(`status.${status.status}`);
      note(status.nextStep.key, status.nextStep.params);
      for (const e of status.evidence) e.reasonKeys.forEach((k) => note(k));
      if (status.dispute) [status.dispute.grounds, ...status.dispute.evidence].forEach((k) => note(k));
      for (const stage of buildTimeline(slip, charges, trip.today).stages) {
        stage.evidence.reasonKeys.forEach((k) => note(k));
        if (stage.expected) note(stage.expected.key, stage.expected.params);
      }
    }
  }
  return emitted;
}

describe("tracking messages", () => {
  // Same keys and ICU arguments in both languages: messages/messages.test.ts.
  it("hold every key the domain declares, and nothing else", () => {
    expect([...declared].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !declared.has(k))).toEqual([]);
  });

  it("cover every key the engines return on the golden trips, with the parameters the text uses", () => {
    for (const [key, params] of collectEmitted()) {
      expect(declared.has(key), key).toBe(true);
      for (const name of listArguments(english.get(key) ?? "")) expect(params.has(name), `${key} needs {${name}}`).toBe(true);
    }
  });

  it("are written in Chinese in zh-CN", () => {
    for (const [key, text] of chinese) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });
});
