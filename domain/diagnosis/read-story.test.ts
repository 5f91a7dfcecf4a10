import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { readStory } from "./read-story";

describe("readStory", () => {
  it("reads a negation as evidence of nothing, not of the thing named", () => {
    expect(readStory("No SMS came and no slip was printed.").answers).toMatchObject({ notification: "nothing", slipPrinted: "none" });
    expect(readStory("没收到短信，也没出小票").answers).toMatchObject({ notification: "nothing", slipPrinted: "none" });
  });

  it("attributes other people's and other cards' outcomes to the terminal, not to this card", () => {
    expect(readStory("My friend's card worked fine.").answers).toEqual({ otherCardsWork: "yes" });
    expect(readStory("Other customers paid fine").answers).toEqual({ otherCardsWork: "yes" });
    expect(readStory("前面的客人也刷不了").answers).toEqual({ otherCardsWork: "no" });
    expect(readStory("It worked at the next shop").answers).toEqual({ cardWorksElsewhere: "yes" });
  });

  it("understands everyday words for a bad network and places with weak signal", () => {
    for (const story of ["网络不好", "没信号", "no bars at all", "電波が悪い", "the signal was bad"]) {
      expect(readStory(story).answers.networkShown, story).toBe("noSignal");
    }
    expect(readStory("We were in the basement food court").answers.weakSignalPlace).toBe("yes");
    expect(readStory("在出租车上付款").answers.weakSignalPlace).toBe("yes");
    expect(readStory("The terminal rebooted in the middle").answers.terminalMisbehaved).toBe("yes");
    expect(readStory("They said only cash or QR").cues).toContain("storyCashOrQrOnly");
  });

  it("reads a card reader that lost its link, a chip that failed, shop rules and home-currency choices", () => {
    expect(readStory("The card reader went to sleep and lost its connection to the phone").answers.terminalMisbehaved).toBe("yes");
    const fallback = readStory("芯片读不出来，只能改刷磁条");
    expect(fallback.cues).toEqual(expect.arrayContaining(["chipError", "swipeRequested"]));
    expect(fallback.answers.entryMode).toBeUndefined();
    expect(readStory("芯片触点很脏").answers.cardCondition).toBe("chipWorn");
    expect(readStory("Cards only over 10 euros, the sign said").cues).toContain("storyCardMinimum");
    expect(readStory("This card does not support payments abroad").cues).toContain("storyOverseasOff");
    expect(readStory("店员问要不要用人民币结算，我说好").answers.homeCurrencyOffered).toBe("yesHome");
    expect(readStory("The parking machine did not take my Visa").cues).toContain("storyBrandRefused");
    expect(readStory("店员刷了磁条").cues).not.toContain("storyStaffMishandled");
  });

  it("lets the traveller's own answers win over what the story suggests", () => {
    const result = diagnose({ story: "no SMS came", answers: { notification: "charged" } });
    expect(result.story.answers.notification).toBeUndefined();
    expect(result.advice.chargeOutlook).toBe("mayBeChargedLater");
  });

  it("tells a card restricted by its settings from a risk decline", () => {
    expect(diagnose({ screenText: "DECLINED 57", answers: {} }).causes[0]?.id).toBe("cardRestricted");
    expect(diagnose({ screenText: "", story: "I had forgotten to turn on overseas use in the bank app", answers: {} }).causes[0]?.id).toBe("cardRestricted");
    expect(diagnose({ screenText: "DO NOT HONOUR", answers: {} }).causes[0]?.id).toBe("issuerDecline");
  });

  it("reads destination-language screens and codes beside phrases", () => {
    expect(diagnose({ screenText: "オフライン承認", answers: {} }).signals.map((s) => s.id)).toContain("offlineApproved");
    expect(diagnose({ screenText: "交易超时 91", answers: {} }).signals.map((s) => s.id)).toEqual(["hostTimeout", "issuerInoperative"]);
    expect(diagnose({ screenText: "Σφάλμα: 51 Ανεπαρκή κεφάλαια", answers: {} }).causes[0]?.id).toBe("insufficientFunds");
    expect(diagnose({ screenText: "PAGO DENEGADO", answers: {} }).signals.map((s) => s.id)).toContain("declined");
  });

  it("asks the charge-deciding slip question first while the charge is still open", () => {
    expect(diagnose({ screenText: "COMMS ERROR", answers: {} }).nextQuestion?.id).toBe("slipPrinted");
    expect(diagnose({ screenText: "Y3", answers: {} }).advice.chargeOutlook).toBe("mayBeChargedLater");
  });
});
