import { describe, expect, it } from "vitest";
import { ADVICE_CONDITIONS, holdsOrUnknown } from "./advice-conditions";
import { CAUSE_IDS, type CauseId } from "./causes";
import { diagnose, MAX_QUESTIONS } from "./diagnose";
import { listOptionValues, QUESTIONS, type QuestionId } from "./questions";

type Walk = { leaves: number; maxDepth: number; topCauses: Set<CauseId> };

/**
 * Follows nextQuestion with every option, "unknown" included, from one starting text. The
 * result depends only on the set of answers, so each set is visited once.
 */
const walks = new Map<string, Walk>();

function walkAllPaths(screenText: string): Walk {
  const cached = walks.get(screenText);
  if (cached) return cached;
  const walk: Walk = { leaves: 0, maxDepth: 0, topCauses: new Set() };
  const visited = new Set<string>();
  const visit = (answers: Record<string, string>, asked: string[]) => {
    const key = Object.entries(answers).sort().join("&");
    if (visited.has(key)) return;
    visited.add(key);
    const result = diagnose({ screenText, answers });
    // No shown advice may contradict an answer: each condition holds or is still unknown.
    for (const key of [...result.advice.doNow, ...result.advice.keep, ...result.advice.askBank, ...result.advice.prevent]) {
      for (const condition of ADVICE_CONDITIONS[key] ?? []) expect(holdsOrUnknown(condition, answers), `${key} after ${JSON.stringify(answers)}`).toBe(true);
    }
    const next = result.nextQuestion;
    if (next === null) {
      expect(result.done).toBe(true);
      walk.leaves++;
      walk.maxDepth = Math.max(walk.maxDepth, asked.length);
      walk.topCauses.add(result.causes[0]!.id);
      return;
    }
    expect(result.done).toBe(false);
    expect(asked).not.toContain(next.id);
    expect(next.options.map((option) => option.value)).toContain("unknown");
    for (const option of next.options) visit({ ...answers, [next.id]: option.value }, [...asked, next.id]);
  };
  visit({}, []);
  walks.set(screenText, walk);
  return walk;
}

/** A short, realistic way to each cause: a screen message and at most two answers. */
const ROUTES: Record<CauseId, { screenText: string; answers: Record<string, string> }> = {
  hostDown: { screenText: "HOST UNAVAILABLE", answers: { otherCardsWork: "no" } },
  shopNetworkDown: { screenText: "NO DIAL TONE", answers: {} },
  terminalFault: { screenText: "SYSTEM ERROR", answers: { terminalMisbehaved: "yes" } },
  cardReaderFault: { screenText: "CARD READ ERROR", answers: { otherCardsWork: "no" } },
  magstripeDamaged: { screenText: "", answers: { entryMode: "swipe", cardCondition: "stripeWorn", otherCardsWork: "yes" } },
  chipDamaged: { screenText: "CHIP ERROR", answers: { otherCardsWork: "yes" } },
  signalInterference: { screenText: "", answers: { retryWorked: "yes", weakSignalPlace: "yes" } },
  operatorError: { screenText: "", answers: { staffAction: "wrongAmount", slipPrinted: "approved" } },
  issuerDecline: { screenText: "DO NOT HONOUR", answers: {} },
  insufficientFunds: { screenText: "余额不足", answers: {} },
  wrongPin: { screenText: "密码错误", answers: {} },
  cardBlocked: { screenText: "LOST CARD", answers: { cardWorksElsewhere: "no", notification: "declinedAlert" } },
  contactlessLimit: { screenText: "", answers: { entryMode: "tap", overContactlessLimit: "yes" } },
  brandNotAccepted: { screenText: "NOT ACCEPTED", answers: {} },
  dccProblem: { screenText: "", answers: { homeCurrencyOffered: "yesHome", notification: "charged" } },
  cardRestricted: { screenText: "DECLINED 57", answers: { usedAbroadBefore: "no" } },
};

describe("diagnose", () => {
  it.each(CAUSE_IDS)("can name %s as the main cause", (id) => {
    expect(diagnose(ROUTES[id]).causes[0]?.id).toBe(id);
  });

  it("reaches every cause by answering questions alone, starting from nothing", () => {
    const walk = walkAllPaths("");
    expect([...walk.topCauses].sort()).toEqual([...CAUSE_IDS].sort());
  }, 120_000);

  it.each(["", "DECLINED", "交易失败", "OFFLINE", "CARD READ ERROR"])(
    "ends every path of answers without repeating a question (screen text %j)",
    (screenText) => {
      const walk = walkAllPaths(screenText);
      expect(walk.leaves).toBeGreaterThan(0);
      expect(walk.maxDepth).toBeLessThanOrEqual(MAX_QUESTIONS);
    },
    120_000,
  );

  it("stops at once when the screen says it plainly", () => {
    const result = diagnose({ screenText: "INSUFFICIENT FUNDS", answers: {} });
    expect(result.done).toBe(true);
    expect(result.nextQuestion).toBeNull();
    expect(result.causes[0]).toMatchObject({ id: "insufficientFunds" });
  });

  it("asks a first question when nothing is known, with every option and unknown", () => {
    const result = diagnose({ answers: {} });
    expect(result.recognised).toBe(false);
    const next = result.nextQuestion!;
    expect(next.textKey).toBe(`questions.${next.id}.text`);
    expect(next.options.map((option) => option.value)).toEqual(listOptionValues(next.id));
    expect(next.options[0]?.labelKey).toBe(`questions.${next.id}.options.${next.options[0]?.value}`);
  });

  it("counts unknown as answered and never asks it again", () => {
    const first = diagnose({ answers: {} }).nextQuestion!.id;
    const second = diagnose({ answers: { [first]: "unknown" } });
    expect(second.nextQuestion?.id).not.toBe(first);
    expect(second.causes).toEqual(diagnose({ answers: {} }).causes);
  });

  it("gives likelihoods between 0 and 1 that add up to at most 1, best first", () => {
    for (const route of Object.values(ROUTES)) {
      const { causes } = diagnose(route);
      const sum = causes.reduce((total, cause) => total + cause.likelihood, 0);
      expect(sum).toBeLessThanOrEqual(1);
      expect(sum).toBeGreaterThan(0.9);
      for (let i = 1; i < causes.length; i++) expect(causes[i]!.likelihood).toBeLessThanOrEqual(causes[i - 1]!.likelihood);
    }
  });

  it("explains the ranking with the signals and answers that made it", () => {
    const result = diagnose({ screenText: "HOST UNAVAILABLE", answers: { otherCardsWork: "no", entryMode: "unknown" } });
    expect(result.causes[0]?.reasons).toEqual([
      { kind: "signal", id: "hostUnavailable", labelKey: "signals.hostUnavailable", weight: 3.5 },
      { kind: "answer", id: "otherCardsWork", labelKey: "reasons.otherCardsWork.no", weight: 1.5 },
    ]);
  });

  it("says an offline approval may still be charged, Z3 no charge and XC a released hold", () => {
    expect(diagnose({ screenText: "Y3", answers: {} }).advice.chargeOutlook).toBe("mayBeChargedLater");
    expect(diagnose({ answers: { slipPrinted: "offlineApproved" } }).advice.chargeOutlook).toBe("mayBeChargedLater");
    expect(diagnose({ screenText: "Z3", answers: {} }).advice.chargeOutlook).toBe("noChargeExpected");
    expect(diagnose({ screenText: "DECLINED 51", answers: {} }).advice.chargeOutlook).toBe("noChargeExpected");
    expect(diagnose({ screenText: "ARC XC", answers: {} }).advice.chargeOutlook).toBe("holdReleased");
    expect(diagnose({ screenText: "COMMS ERROR", answers: {} }).advice.chargeOutlook).toBe("unclear");
  });

  it("gives the advice of the leading cause", () => {
    const { advice, causes } = diagnose(ROUTES.wrongPin);
    expect(advice.causeId).toBe(causes[0]?.id);
    expect(advice.doNow).toContain("causes.wrongPin.doNow.1");
    expect(advice.askBank.length).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    const input = { screenText: "交易失败", answers: { otherCardsWork: "no" } };
    expect(diagnose(input)).toEqual(diagnose(input));
  });

  it("ignores unknown questions and values instead of failing", () => {
    const answers = JSON.parse('{"otherCardsWork":"maybe","bogus":"yes","__proto__":"x","entryMode":"tap"}');
    expect(diagnose({ answers })).toEqual(diagnose({ answers: { entryMode: "tap" } }));
    expect(() => diagnose(null as never)).not.toThrow();
  });

  it("stops after MAX_QUESTIONS answers even if unsure", () => {
    const answers = Object.fromEntries(QUESTIONS.slice(0, MAX_QUESTIONS).map(({ id }) => [id as QuestionId, "unknown"]));
    expect(diagnose({ answers }).nextQuestion).toBeNull();
  });
});
