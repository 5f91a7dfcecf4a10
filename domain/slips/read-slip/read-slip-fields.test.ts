import { describe, expect, it } from "vitest";
import { pageFromText, readSlipFields } from ".";

const now = new Date("2026-01-01T00:00:00Z");
const read = (text: string, countryHint?: string) => readSlipFields(pageFromText(text), { now, countryHint });
const values = (text: string, countryHint?: string) =>
  Object.fromEntries(Object.entries(read(text, countryHint).fields).map(([k, v]) => [k, v?.value]));

describe("readSlipFields", () => {
  it("reads a US slip with a tip: TOTAL is the charge, MM/DD, X mask, AID brand", () => {
    const reading = read(`BLUE DORY COFFEE
22 CHESTNUT STREET
PORTSMOUTH, NH 03801
MERCHANT ID:   511607605377416
TERMINAL ID:   93569881
06/11/25       05:45 PM
BATCH #:       966022
TRACE #:       299618
SALE
CARD #:        XXXX XXXX XXXX 6323
ENTRY:         CONTACTLESS
AMOUNT         $114.75
TIP            $19.36
TOTAL          USD $134.11
AUTH CODE:     482913
RESP CODE:     00
APPROVED
AID:           A0000000041010
APP:           MASTERCARD CREDIT
TVR:           0000008000
TSI:           E800`);
    const v = Object.fromEntries(Object.entries(reading.fields).map(([k, f]) => [k, f?.value]));
    expect(v).toMatchObject({
      merchantName: "BLUE DORY COFFEE", city: "PORTSMOUTH", localDateTime: "2025-06-11T17:45", amount: "134.11",
      currency: "USD", cardLast4: "6323", entryMode: "contactless", mid: "511607605377416", tid: "93569881",
      batch: "966022", trace: "299618", approvalCode: "482913", responseCode: "00", aid: "A0000000041010",
      applicationLabel: "MASTERCARD CREDIT", tvr: "0000008000", tsi: "E800",
    });
    expect(reading.brand?.value).toBe("mastercard");
    expect(reading.outcome?.value).toBe("approved");
    expect(v.offlineWording).toBeUndefined();
  });

  it("reads DD/MM outside the US and YY/MM/DD in Korea", () => {
    expect(values("TOTAL GBP 12.50\n06/11/2025 10:02").localDateTime).toBe("2025-11-06T10:02");
    expect(values("합계 5,990원\n거래일시 25/03/14 19:42:05").localDateTime).toBe("2025-03-14T19:42");
    expect(values("DATE: 28 JAN 24  TIME: 09:55:41\nTOTAL THB 1,250.00").localDateTime).toBe("2024-01-28T09:55");
  });

  it("reads amounts with the currency's own decimals and separators", () => {
    expect(values("MONTANT= 1 234,56 EUR")).toMatchObject({ amount: "1234.56", currency: "EUR" });
    expect(values("合計  ¥8,460")).toMatchObject({ amount: "8460", currency: "JPY" });
    expect(values("TUTAR  1.234,50 TL")).toMatchObject({ amount: "1234.50", currency: "TRY" });
    expect(values("金额(AMOUNT):\nRMB   458.26")).toMatchObject({ amount: "458.26", currency: "CNY" });
  });

  it("keeps the shop's amount and reads the DCC rate and home amount", () => {
    const v = values(`AMOUNT   HKD 1,234.50
CURRENCY CONVERSION
EXCHANGE RATE:  1 HKD = 0.912300 CNY
TOTAL    CNY 1,126.23`);
    expect(v).toMatchObject({ amount: "1234.50", currency: "HKD", dccRate: "0.912300", dccHomeAmount: "1126.23", dccHomeCurrency: "CNY" });
  });

  it("reads asterisks, X, # and OCR's x/w for the mask, never as letters", () => {
    expect(values("CARD NO: **** **** **** 1234").cardLast4).toBe("1234");
    expect(values("##############3456").cardLast4).toBe("3456");
    expect(values("620217xwxxww2600").cardLast4).toBe("2600");
    expect(values("XXXX XXXX XXX5 418").cardLast4).toBe("5418");
  });

  it("cuts a full card number to its last 4 before anything else reads it, with a warning", () => {
    const reading = read("MERCHANT COPY\nCARD: 4111 1111 1111 1111\nTOTAL EUR 10,00");
    expect(reading.fields.cardLast4?.value).toBe("1111");
    expect(reading.warnings).toContainEqual({ code: "fullCardNumberCut", field: "cardLast4" });
    expect(JSON.stringify(reading)).not.toContain("4111 1111");
    expect(JSON.stringify(reading)).not.toContain("4111111111111111");
  });

  it("keeps a 15-digit merchant ID that only looks like a card number to the general guard", () => {
    // Luhn-valid, but no scheme issues 15-digit numbers starting with 8.
    expect(values("商户编号(MERCHANT NO):\n898310048161234").mid).toBe("898310048161234");
  });

  it("reads offline wording in several languages and Y3 as offline approved", () => {
    expect(read("RESP CODE: Y3\nUNABLE TO GO ONLINE").outcome?.value).toBe("offlineApproved");
    expect(values("脱机交易").offlineWording).toBe("脱机交易");
    expect(values("HORS LIGNE").offlineWording).toBe("HORS LIGNE");
    expect(read("RESP: Y1").outcome?.value).toBe("offlineApproved");
  });

  it("drops a response code that contradicts the outcome words, with a warning", () => {
    const reading = read("RESP CODE: 05\nAPPROVED");
    expect(reading.fields.responseCode).toBeUndefined();
    expect(reading.warnings).toContainEqual({ code: "responseCodeContradictsOutcome", field: "responseCode" });
  });

  it("trusts the AID for the brand and drops an application label naming another brand", () => {
    const reading = read("AID: A0000000031010\nAPP: MASTERCARD");
    expect(reading.brand?.value).toBe("visa");
    expect(reading.fields.applicationLabel).toBeUndefined();
    expect(reading.warnings).toContainEqual({ code: "brandContradictsAid", field: "applicationLabel" });
  });

  it("reads entry modes: fallback before chip, sans contact as contactless", () => {
    expect(values("CHIP FALLBACK").entryMode).toBe("fallback");
    expect(values("SANS CONTACT").entryMode).toBe("contactless");
    expect(values("刷卡").entryMode).toBe("swipe");
  });

  it("takes a labelled Chinese merchant name from the next line", () => {
    expect(values("POS 签购单\n持卡人存根 CARDHOLDER COPY\n商户名称(MERCHANT NAME):\n上海新天地餐饮有限公司").merchantName).toBe("上海新天地餐饮有限公司");
  });

  it("never returns a date after now", () => {
    expect(values("12/31/2027 10:00", "US").localDateTime).toBeUndefined();
  });
});
