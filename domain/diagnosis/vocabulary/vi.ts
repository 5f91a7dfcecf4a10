/** Vietnamese POS wording (Nasys guide, EMV standard messages). Diacritics are folded when matching. */
import type { Vocabulary } from "./entry";

export const VI: Vocabulary = { language: "vi", entries: [
  ["hostTimeout", "giao dịch quá thời gian chờ", "nasysVi"],
  ["hostTimeout", "hết thời gian chờ", "unverified"],
  ["transactionFailed", "giao dịch không thành công", "unverified"],
  ["transactionFailed", "giao dịch thất bại", "unverified"],
  ["declined", "giao dịch bị từ chối", "unverified"],
  ["declined", "từ chối", "unverified"],
  ["approved", "giao dịch thành công", "unverified"],
  ["commsError", "mất kết nối", "unverified"],
  ["commsError", "lỗi kết nối", "unverified"],
  ["commsError", "không kết nối được", "unverified"],
  ["cardReadError", "lỗi đọc thẻ", "unverified"],
  ["cardReadError", "không đọc được thẻ", "unverified"],
  ["wrongPin", "sai mã pin", "unverified"],
  ["wrongPin", "sai mật khẩu", "unverified"],
  ["insufficientFunds", "không đủ số dư", "unverified"],
  ["insufficientFunds", "số dư không đủ", "unverified"],
  ["overAmountLimit", "vượt hạn mức", "unverified"],
  ["expiredCard", "thẻ hết hạn", "unverified"],
  ["cardBlocked", "thẻ bị khóa", "unverified"],
  ["notAccepted", "thẻ không được chấp nhận", "unverified"],
  ["insertRequested", "vui lòng cắm thẻ", "unverified"],
  ["terminalError", "ped tampered", "unverified"],
]};
