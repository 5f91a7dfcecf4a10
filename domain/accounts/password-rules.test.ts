import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./password-rules";

describe("isCommonPassword", () => {
  it.each(["password", "12345678", "qwertyui", "Password", "PASSWORD", "passw0rd", "iloveyou1", "11111111", "zzzzzzzzzz", "ｐａｓｓｗｏｒｄ"])("refuses %s", (p) => {
    expect(isCommonPassword(p)).toBe(true);
  });

  it.each(["right-password", "a-long-password", "pw-3f9a1c22b7", "correct horse battery staple", "旅行卡片密码很长", "Tb8#kq2!Lm"])("accepts %s", (p) => {
    expect(isCommonPassword(p)).toBe(false);
  });
});
