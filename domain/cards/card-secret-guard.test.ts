import { describe, expect, it } from "vitest";
import { findCardSecret } from "./card-secret-guard";

describe("findCardSecret", () => {
  it.each([
    ["CVV 987", "securityCode"],
    ["cvv2: 1234", "securityCode"],
    ["the CVC is 321", "securityCode"],
    ["security code 456, exp 08/29", "securityCode"],
    ["安全码123", "securityCode"],
    ["卡背面三位 789", "securityCode"],
    ["セキュリティコード：４５６", "securityCode"],
    ["보안코드 321", "securityCode"],
    ["cryptogramme visuel 123", "securityCode"],
    ["PIN 1234", "pin"],
    ["my pin is 0000", "pin"],
    ["PIN code: 482913", "pin"],
    ["密码 123456", "pin"],
    ["交易密码是888888", "pin"],
    ["暗証番号 1234", "pin"],
    ["비밀번호 4321", "pin"],
    ["Geheimzahl 9876", "pin"],
    // A label glued to its digits counts ("CVV987" is how people type it); the price is that a
    // reference such as "CSC2026" is refused too — the traveller is told why and can reword it.
    ["CVV987", "securityCode"],
    ["csc2026 booking reference", "securityCode"],
  ])("refuses %s", (text, kind) => {
    expect(findCardSecret(text)).toBe(kind);
  });

  it.each([
    "PIN pad was broken",
    "entered the PIN twice, table 12",
    "no PIN needed up to 50 EUR",
    "pinned the slip to the fridge 1234",
    "spin 1234 at the casino",
    "CVM limit 50",
    "asked for PIN, approval 123456",
    "密码错误 3 次",
    "terminal TID 12345678, MID 898340157225521",
    "PIN 12",
    "CVV 12345",
  ])("leaves %s alone", (text) => {
    expect(findCardSecret(text)).toBeNull();
  });
});
