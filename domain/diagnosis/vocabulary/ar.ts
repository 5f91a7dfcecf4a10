/** Arabic terminal wording (Gulf and Egyptian POS). Diacritics and alef forms are folded. */
import type { Vocabulary } from "./entry";

export const AR: Vocabulary = { language: "ar", entries: [
  ["declined", "مرفوضة", "unverified"],
  ["declined", "تم رفض العملية", "unverified"],
  ["declined", "العملية مرفوضة", "unverified"],
  ["approved", "مقبولة", "unverified"],
  ["approved", "تمت الموافقة", "unverified"],
  ["transactionFailed", "فشلت العملية", "unverified"],
  ["commsError", "خطأ في الاتصال", "unverified"],
  ["commsError", "فشل الاتصال", "unverified"],
  ["hostTimeout", "انتهت المهلة", "unverified"],
  ["cardReadError", "خطأ في قراءة البطاقة", "unverified"],
  ["insertRequested", "ادخل البطاقة", "unverified"],
  ["wrongPin", "رقم سري خاطئ", "unverified"],
  ["wrongPin", "الرقم السري غير صحيح", "unverified"],
  ["insufficientFunds", "رصيد غير كاف", "unverified"],
  ["insufficientFunds", "الرصيد غير كافي", "unverified"],
  ["expiredCard", "بطاقة منتهية", "unverified"],
  ["expiredCard", "البطاقة منتهية الصلاحية", "unverified"],
  ["cardBlocked", "بطاقة موقوفة", "unverified"],
  ["notAccepted", "البطاقة غير مقبولة", "unverified"],
  ["referToIssuer", "اتصل بالبنك", "unverified"],
]};
