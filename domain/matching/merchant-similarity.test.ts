import { describe, expect, it } from "vitest";
import { compareMerchantNames } from "./merchant-similarity";
import { readMerchantKey } from "./merchant-words";

describe("compareMerchantNames", () => {
  it.each([
    ["Blue Bottle Coffee", "SQ *BLUE BOTTLE COFFEE"],
    ["Joe's Pizza", "SQ *JOE'S PIZZA"],
    ["Bao Bar Camden", "ZETTLE_*BAO BAR CAMDEN"],
    ["Los Tacos No. 1", "TST* LOS TACOS NO. 1 - CH"],
    ["Meituan", "财付通-MEITUAN"],
    ["Hofbräuhaus München", "HOFBRAUHAUS MUNCHEN"],
    ["Kapalıçarşı Kuyumcu", "KAPALICARSI KUYUMCU ISTANBUL TR"],
    ["McDonald's", "MC DONALDS 1234"],
  ])("sees %s in the descriptor %s despite prefixes, accents, store numbers and places", (slip, descriptor) => {
    const result = compareMerchantNames(slip, descriptor);
    expect(result.score).toBeGreaterThanOrEqual(0.9);
    expect(result.isUnknown).toBe(false);
  });

  it("compares a name typed in Hangul with a romanised descriptor, and nothing else across scripts", () => {
    const kyoja = compareMerchantNames("명동교자", "MYEONGDONG KYOJA//SEOUL/KR", { places: ["Seoul", "KR"] });
    expect(kyoja.isUnknown).toBe(false);
    expect(kyoja.score).toBeGreaterThanOrEqual(0.5);
    expect(kyoja.score).toBeLessThanOrEqual(0.9);
    expect(compareMerchantNames("경복궁", "GYEONGBOKGUNG PALACE").score).toBeGreaterThanOrEqual(0.8);
    // A romanisation that meets nothing is no evidence against: unknown, as before.
    expect(compareMerchantNames("명동교자", "LOTTE MART").isUnknown).toBe(true);
    expect(compareMerchantNames("天丼てんや", "TENYA OTEMACHI").isUnknown).toBe(true);
  });

  it("recognises a descriptor cut at 22 characters", () => {
    const result = compareMerchantNames("Pret A Manger Kings Cross", "PRET A MANGER KINGS CRO");
    expect(result.verdict).toBe("truncated");
    expect(result.score).toBeGreaterThan(0.9);
  });

  it("drops the slip's own city from the descriptor", () => {
    expect(compareMerchantNames("Cafe de Flore", "CAFE DE FLORE PARIS 75006", { places: ["Paris", "FR"] }).score).toBe(1);
  });

  it.each([
    ["セブン-イレブン 新宿三丁目店", "SEVEN-ELEVEN SHINJUKU 3"],
    ["星巴克", "STARBUCKS COFFEE 1234"],
    ["家乐福", "CARREFOUR MOE DUBAI AE"],
    ["GS25 홍대점", "GS25 HONGDAE"],
    ["翠華餐廳", "TSUI WAH RESTAURANT"],
  ])("bridges scripts for big chains through the alias table: %s = %s", (slip, descriptor) => {
    const result = compareMerchantNames(slip, descriptor);
    expect(result.score).toBe(1);
    expect(result.reason.key).toMatch(/^merchant\.(alias|same)$/);
  });

  it("says a name in another script without an alias is unknown, not different", () => {
    const result = compareMerchantNames("鮨 たくみ 銀座", "SUSHI TAKUMI GINZA");
    expect(result).toMatchObject({ score: 0, verdict: "differentScript", isUnknown: true });
  });

  it("says a missing merchant (a bare payment channel) is unknown", () => {
    expect(compareMerchantNames("Uniqlo", "财付通-")).toMatchObject({ verdict: "missing", isUnknown: true });
  });

  it.each([
    ["Le Petit Cafe", "CAFE NERO"],
    ["Lawson Shinjuku", "STARBUCKS SHINJUKU"],
    ["Pharmacie Monge", "PHARMACIE DE LA GARE"],
    ["Family Mart", "7-ELEVEN"],
    ["Shellfish Shack", "SHELL PETROL"],
  ])("does not call %s and %s the same merchant because of a shared generic word or district", (slip, descriptor) => {
    const result = compareMerchantNames(slip, descriptor);
    expect(result.score).toBeLessThan(0.5);
    expect(result.isUnknown).toBe(false);
  });

  it("returns the reason as a message key with both names as parameters", () => {
    expect(compareMerchantNames("Jay Fai", "JAY FAI BANGKOK TH").reason).toEqual({
      key: "merchant.same", params: { slipName: "Jay Fai", descriptor: "JAY FAI BANGKOK TH" },
    });
  });
});

describe("readMerchantKey", () => {
  it("gives a refund and its purchase the same key", () => {
    expect(readMerchantKey("退货 PHARMACIE MONGE PARIS")).toBe(readMerchantKey("PHARMACIE MONGE PARIS"));
    expect(readMerchantKey("SQ *JOE'S PIZZA")).toBe("JOESPIZZA");
  });
});
