/** Thai EDC terminal wording (PAYSBUY code texts, EMV standard messages). */
import type { Vocabulary } from "./entry";

export const TH: Vocabulary = { language: "th", entries: [
  ["insufficientFunds", "วงเงินไม่พอ", "paysbuyTh"],
  ["expiredCard", "บัตรหมดอายุ", "paysbuyTh"],
  ["cardBlocked", "บัตรถูกแจ้งหาย", "paysbuyTh"],
  ["cardBlocked", "บัตรถูกขโมย", "paysbuyTh"],
  ["invalidCard", "หมายเลขบัตรไม่ถูกต้อง", "paysbuyTh"],
  ["notPermitted", "บัตรไม่อนุญาตให้ทำรายการ", "paysbuyTh"],
  ["notPermitted", "ระบบไม่อนุญาตให้ทำรายการ", "paysbuyTh"],
  ["overAmountLimit", "ทำรายการเกินกำหนด", "paysbuyTh"],
  ["amountError", "จำนวนเงินไม่ถูกต้อง", "paysbuyTh"],
  ["referToIssuer", "ติดต่อธนาคาร", "unverified"],
  ["declined", "ปฏิเสธรายการ", "unverified"],
  ["transactionFailed", "ไม่สามารถทำรายการได้", "unverified"],
  ["transactionFailed", "ทำรายการไม่สำเร็จ", "unverified"],
  ["approved", "อนุมัติ", "unverified"],
  ["commsError", "ไม่สามารถเชื่อมต่อ", "unverified"],
  ["commsError", "การเชื่อมต่อล้มเหลว", "unverified"],
  ["hostTimeout", "หมดเวลา", "unverified"],
  ["cardReadError", "อ่านบัตรไม่ได้", "unverified"],
  ["insertRequested", "กรุณาเสียบบัตร", "unverified"],
  ["wrongPin", "รหัสผ่านไม่ถูกต้อง", "unverified"],
  ["wrongPin", "รหัส pin ไม่ถูกต้อง", "unverified"],
  ["noSignal", "ไม่มีสัญญาณ", "unverified"],
]};
