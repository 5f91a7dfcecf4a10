import { describe, expect, it } from "vitest";
import type { IssuerRecord } from "@/domain/issuer-records";
import { parseAlerts } from "./parse-alerts";

const now = new Date("2026-10-20T12:00:00Z");
const summarise = (r: IssuerRecord) => [r.transactionDate, r.transactionTime ?? null, r.kind, r.state, r.billedAmountMinor, r.billedCurrency, r.merchant, r.cardLast4 ?? null];

// Layouts of the public parsers ncrash/cbmax (ShinhanCardParser) and wyverny/manage_money_app
// (KBKookMinCheckSmsParser); the overseas lines put the currency code before the amount.
const PASTE = `[Web발신]
신한카드(1054)승인 신*진 12,700원(일시불)10/13 15:48 스타벅스 누적1,860,854원

[Web발신]
KB국민체크(5*3*) 김진아님 10/13 15:52 276,200원 연세송도외과의원 사용

[Web발신]
신한카드(7788)해외승인 박*민 USD 42.50 10/15 09:05 BLUE BOTTLE COFFEE

[Web발신]
신한카드(7788)해외승인취소 박*민 USD 42.50 10/15 09:07 BLUE BOTTLE COFFEE

[Web발신]
신한카드(7788)승인거절 박*민 USD 900.00 10/16 21:00 APPLE STORE 한도초과`;

describe("parseAlerts on Korean card SMS", () => {
  const result = parseAlerts(PASTE, { now });

  it("reads approvals, overseas approvals and cancellations; a running total is never the amount", () => {
    expect(result.records.map(summarise)).toEqual([
      ["2026-10-13", "15:48", "authorisation", "pending", 12_700, "KRW", "스타벅스", "1054"],
      ["2026-10-13", "15:52", "authorisation", "pending", 276_200, "KRW", "연세송도외과의원", null],
      ["2026-10-15", "09:05", "authorisation", "pending", 4_250, "USD", "BLUE BOTTLE COFFEE", "7788"],
      ["2026-10-15", "09:07", "reversal", "posted", -4_250, "USD", "BLUE BOTTLE COFFEE", "7788"],
    ]);
  });

  it("tells the traveller a declined payment moved no money", () => {
    expect(result.notUnderstood.map((n) => n.reason)).toEqual(["alerts.declined"]);
  });
});
