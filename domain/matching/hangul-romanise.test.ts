import { describe, expect, it } from "vitest";
import { isHangulName, romaniseHangul } from "./hangul-romanise";

describe("romaniseHangul", () => {
  it("spells syllables by the Revised Romanization, a final carried to a silent ㅇ", () => {
    expect(romaniseHangul("명동교자")).toBe("MYEONGDONGGYOJA");
    expect(romaniseHangul("경복궁")).toBe("GYEONGBOKGUNG");
    expect(romaniseHangul("한국어")).toBe("HANGUGEO");
    expect(romaniseHangul("GS25 인천공항T1")).toBe("GS25 INCHEONGONGHANGT1");
  });

  it("knows a Korean name from Japanese or Chinese", () => {
    expect(isHangulName("명동교자 본점")).toBe(true);
    expect(isHangulName("一蘭 渋谷店")).toBe(false);
    expect(isHangulName("STARBUCKS")).toBe(false);
  });
});
