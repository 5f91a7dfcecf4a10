import { describe, expect, it } from "vitest";
import { findCardLineBox } from "./card-line";
import { pageFromText } from "./ocr-page";

describe("findCardLineBox", () => {
  it("finds the masked card line as OCR spoils it, not the starred heading", () => {
    const page = pageFromText("*** CUSTOMER COPY ***\nTARJ:   Hhkkkkkdkk kkk g330\nTOTAL EUR 12.50");
    expect(findCardLineBox(page)?.y0).toBe(30);
  });

  it("takes a card label line whose number lost its mask, and nothing on a slip without one", () => {
    expect(findCardLineBox(pageFromText("MASTERCARD\nCARD #:        3\nAPP: MASTERCARD CREDIT"))?.y0).toBe(30);
    expect(findCardLineBox(pageFromText("卡号(CARD NUMBER) :\n62021 7***** 52660"))?.y0).toBe(30);
    expect(findCardLineBox(pageFromText("TOTAL 12.50\nTHANK YOU"))).toBeNull();
  });
});
