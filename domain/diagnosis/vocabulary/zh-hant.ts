/**
 * Chinese terminal wording beyond phrases-zh.ts, in the traditional forms of Taiwan, Hong Kong and
 * Macau terminals (Castles V3P display table, SoePay) and mainland help pages. Traditional
 * characters are folded to simplified by normalize-text.ts before matching, so both forms match.
 */
import type { Vocabulary } from "./entry";

export const ZH_EXTRA: Vocabulary = { language: "zh", entries: [
  ["swipeError", "刷卡失敗 請重試", "castlesV3p"],
  ["expiredCard", "卡片過期", "castlesV3p"],
  ["invalidCard", "卡號錯誤", "castlesV3p"],
  ["chipError", "本交易不接受晶片", "castlesV3p"],
  ["cardRemoved", "晶片卡被取出", "castlesV3p"],
  ["insertRequested", "請改讀晶片卡", "castlesV3p"],
  ["commsError", "通訊失敗", "castlesV3p"],
  ["printerError", "印表機缺紙", "castlesV3p"],
  ["printerError", "印表機錯誤", "castlesV3p"],
  ["cardReadError", "讀取錯誤", "soepayHk"],
  ["cardReadError", "不能讀取信用卡", "soepayHk"],
  ["cardBlocked", "没收卡", "tuocpay"],
  ["issuerInoperative", "发卡行故障", "tuocpay"],
  ["notPermitted", "发卡行不支持的交易", "tuocpay"],
  ["referToIssuer", "请联系收单行", "tuocpay"],
  ["restrictedCard", "该卡未初始化", "tuocpay"],
  ["invalidCard", "无效卡", "unverified"],
  ["noSignal", "沒有訊號", "unverified"],
  ["offline", "離線", "unverified"],
]};
