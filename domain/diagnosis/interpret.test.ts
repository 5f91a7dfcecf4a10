import { describe, expect, it } from "vitest";
import { interpretTerminalText } from "./interpret";
import type { SignalId } from "./signals";

function ids(text: string): SignalId[] {
  return interpretTerminalText(text).signals.map((signal) => signal.id);
}

/** The same screen message as English and Chinese terminals word it. */
const MESSAGES: [SignalId, string, string][] = [
  ["unableToGoOnline", "UNABLE TO GO ONLINE", "无法联机"],
  ["commsError", "COMMS ERROR", "通讯失败"],
  ["commsError", "NETWORK ERROR", "网络异常"],
  ["noDialTone", "NO DIAL TONE", "无拨号音"],
  ["hostTimeout", "HOST TIMEOUT", "交易超时"],
  ["hostUnavailable", "NO RESPONSE FROM HOST", "主机无响应"],
  ["cardReadError", "CARD READ ERROR", "读卡失败"],
  ["insertRequested", "USE CHIP", "请使用芯片"],
  ["insertRequested", "PLEASE INSERT CARD", "请插卡"],
  ["notAccepted", "NOT ACCEPTED", "不支持此卡"],
  ["declined", "TRANSACTION DECLINED", "交易拒绝"],
  ["transactionFailed", "TRANSACTION FAILED", "交易失败"],
  ["wrongPin", "INCORRECT PIN", "密码错误"],
  ["pinTriesExceeded", "PIN TRIES EXCEEDED", "密码次数超限"],
  ["insufficientFunds", "INSUFFICIENT FUNDS", "余额不足"],
  ["expiredCard", "EXPIRED CARD", "卡已过期"],
  ["overAmountLimit", "EXCEEDS AMOUNT LIMIT", "超过限额"],
  ["referToIssuer", "REFER TO ISSUER", "请联系发卡行"],
  ["offlineApproved", "OFFLINE APPROVED", "离线批准"],
  ["offlineDeclined", "OFFLINE DECLINED", "脱机拒绝"],
  ["chipError", "CHIP ERROR", "芯片故障"],
  ["swipeRequested", "USE MAGSTRIPE", "请刷磁条"],
  ["noSignal", "NO SIGNAL", "无信号"],
  ["lostCarrier", "LOST CARRIER", "连接中断"],
  ["terminalError", "SYSTEM ERROR", "终端故障"],
  ["printerError", "PAPER OUT", "打印机缺纸"],
  ["contactlessLimit", "CONTACTLESS LIMIT EXCEEDED", "超过非接限额"],
  ["cardBlocked", "CARD BLOCKED", "卡已冻结"],
  ["restrictedCard", "RESTRICTED CARD", "受限制的卡"],
  ["notPermitted", "TRANSACTION NOT PERMITTED", "交易不允许"],
  ["currencyConversion", "EXCHANGE RATE", "汇率"],
  ["cancelled", "TRANSACTION CANCELLED", "交易已取消"],
];

const CODES: [string, SignalId][] = [
  ["Y1", "offlineApproved"], ["Y3", "unableOnlineApproved"], ["Z1", "offlineDeclined"], ["Z3", "unableOnlineDeclined"],
  ["XC", "chipApprovalReversed"], ["LC", "lostCarrier"], ["TO", "hostTimeout"], ["NA", "hostUnavailable"],
  ["RC", "cardReadError"], ["00", "approved"], ["01", "referToIssuer"], ["05", "doNotHonour"], ["14", "invalidCard"],
  ["51", "insufficientFunds"], ["54", "expiredCard"], ["55", "wrongPin"], ["57", "notPermitted"],
  ["61", "overAmountLimit"], ["62", "restrictedCard"], ["65", "overCountLimit"], ["75", "pinTriesExceeded"],
  ["91", "issuerInoperative"], ["94", "duplicateTransmission"], ["96", "systemMalfunction"],
];

describe("interpretTerminalText", () => {
  it.each(MESSAGES)("recognises %s in English (%s) and Chinese (%s)", (signal, english, chinese) => {
    expect(ids(english)).toContain(signal);
    expect(ids(english.toLowerCase())).toContain(signal);
    expect(ids(chinese)).toContain(signal);
  });

  it.each(CODES)("recognises the bare code %s as %s", (code, signal) => {
    expect(ids(code)).toEqual([signal]);
    expect(ids(code.toLowerCase())).toEqual([signal]);
  });

  it.each(CODES.filter(([code]) => /^\d/.test(code)))("recognises code %s after a label in English and Chinese", (code, signal) => {
    for (const text of [`RC ${code}`, `RESP ${code}`, `CODE:${code}`, `Response code: ${code}`, `响应码 ${code}`, `应答码：${code}`, `交易失败(${code})`]) {
      expect(ids(text), text).toContain(signal);
    }
  });

  it("reads the examples of the brief", () => {
    expect(ids("DECLINED 05")).toEqual(["declined", "doNotHonour"]);
    expect(ids("RC 51")).toEqual(["insufficientFunds"]);
    expect(ids("响应码 51")).toEqual(["insufficientFunds"]);
    expect(ids("CODE:91")).toEqual(["issuerInoperative"]);
    expect(ids("错误代码 RC")).toEqual(["cardReadError"]);
  });

  it("tolerates typos, missing spaces and odd case", () => {
    expect(ids("Unable to go onlne")).toContain("unableToGoOnline");
    expect(ids("NO DAIL TONE")).toContain("noDialTone");
    expect(ids("DECLIEND")).toContain("declined");
    expect(ids("COMMSERROR")).toContain("commsError");
    expect(ids("InCoRrEcT PiN")).toContain("wrongPin");
    expect(ids("密码错吴")).toContain("wrongPin");
  });

  it("reads full-width, traditional and spaced-out Chinese", () => {
    expect(ids("密碼錯誤")).toContain("wrongPin");
    expect(ids("响应码：５１")).toContain("insufficientFunds");
    expect(ids("余额 不足")).toContain("insufficientFunds");
  });

  it("prefers the longer message over one inside it", () => {
    expect(ids("OFFLINE APPROVED")).toEqual(["offlineApproved"]);
    expect(ids("密码错误次数超限")).toEqual(["pinTriesExceeded"]);
    expect(ids("NOT APPROVED")).toEqual(["declined"]);
  });

  it("reads a whole Y3 slip line", () => {
    expect(ids("UNABLE TO GO ONLINE - OFFLINE APPROVED  ARC: Y3")).toEqual(["unableToGoOnline", "offlineApproved", "unableOnlineApproved"]);
  });

  it("does not read times, amounts or everyday words as codes", () => {
    expect(ids("12:30")).toEqual([]);
    expect(ids("AMOUNT 51.00")).toEqual([]);
    expect(ids("CODE 51.00 EUR")).toEqual([]);
    expect(ids("14/05/2025 09:51")).toEqual([]);
    expect(ids("failed to connect")).toEqual(["unableToGoOnline"]);
    expect(ids("go to the counter")).toEqual([]);
    expect(ids("TOTAL 96")).toEqual([]);
  });

  it("reads Spanish acquirer codes after a label, labels in destination languages, dashes and currency prompts", () => {
    const ids = (text: string) => interpretTerminalText(text).signals.map((signal) => signal.id);
    expect(ids("DENEGADA CAUSA 0180")).toEqual(expect.arrayContaining(["declined", "notAccepted"]));
    expect(ids("Operación denegada - código 116")).toContain("insufficientFunds");
    expect(ids("Total 116")).toEqual([]);
    expect(ids("Fehlercode 55")).toEqual(["wrongPin"]);
    expect(ids("55 — PIN falsch")).toEqual(["wrongPin"]);
    expect(ids("PAY IN EUR   PAY IN GBP")).toEqual(["currencyConversion"]);
    expect(ids("pay in full")).toEqual([]);
  });

  it("says when it recognised nothing", () => {
    expect(interpretTerminalText("hello there")).toEqual({ signals: [], recognised: false });
    expect(interpretTerminalText("")).toEqual({ signals: [], recognised: false });
    expect(interpretTerminalText("COMMS ERROR").recognised).toBe(true);
  });

  it("reports what matched", () => {
    expect(interpretTerminalText("Unable to go onlne").signals).toEqual([{ id: "unableToGoOnline", matched: "unable to go onlne" }]);
  });

  it("handles 10 000 characters, control characters and emoji quickly without throwing", () => {
    const inputs = [
      "x".repeat(10_000),
      "💳🔥".repeat(5_000),
      Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(i % 32)).join(""),
      Array.from({ length: 2_000 }, (_, i) => `w${(i * 7919) % 100_003}ord`).join(" "),
      Array.from({ length: 1_500 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36).replace(/\d/g, "e")).join(" "),
      "交易失败密码错误".repeat(1_250),
      "\ud800 lone surrogate \udfff " + "COMMS ERROR ".repeat(800),
    ];
    // Warm up first: the bound is on the steady cost per input, not on the JIT's first pass.
    for (const input of inputs) interpretTerminalText(input);
    for (const input of inputs) {
      const started = performance.now();
      expect(() => interpretTerminalText(input)).not.toThrow();
      // 100 ms, not 50: measured while the whole unit suite runs in parallel on two shared cores.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
    expect(interpretTerminalText(null as unknown as string).recognised).toBe(false);
  });
});
