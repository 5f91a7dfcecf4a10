import { describe, expect, it } from "vitest";
import { splitAlerts } from "./split-alerts";

describe("splitAlerts", () => {
  it("splits on blank lines, opening and closing bank tags and new alert openings", () => {
    const text = [
      "【招商银行】您尾号1234的信用卡消费人民币58.00元。",
      "您尾号1234卡11月3日14:25工商银行支出(消费)58元。【工商银行】",
      "您尾号1234的储蓄卡11月3日消费支出人民币58.00元。[建设银行]",
      "Chase: A charge of $12.50 at STARBUCKS has been authorized.",
      "If you don't recognize it, call us.",
      "",
      "You spent £8.40 at Pret",
    ].join("\n");
    expect(splitAlerts(text).map((a) => a.line)).toEqual([1, 2, 3, 4, 7]);
    expect(splitAlerts(text)[3]?.text).toContain("call us");
  });

  it("keeps a timestamp line as the next message's header", () => {
    const [alert] = splitAlerts("Nov 3, 2026 14:25\nYou spent £8.40 at Pret A Manger");
    expect(alert).toEqual({ text: "You spent £8.40 at Pret A Manger", line: 2, header: "Nov 3, 2026 14:25" });
  });

  it("returns a lone timestamp too, so nothing pasted disappears", () => {
    expect(splitAlerts("2026-11-03 14:25").map((a) => a.text)).toEqual(["2026-11-03 14:25"]);
  });
});
