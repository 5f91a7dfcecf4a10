/**
 * Reads Chinese bank card alerts — 招商银行, 工商银行, 中国银行, 建设银行, 农业银行, 交通银行 and
 * banks writing alike. The grammar they share: card tail ("尾号1234", "账户*1234", "借记卡账户
 * 5678"), date and time ("11月03日14:25", "11月3日14时25分", "2026-11-03 14:25"), merchant or
 * channel ("在SEVEN ELEVEN消费", "商户：…", "财付通", "网上快捷支付"), the transaction word and the
 * amount with its currency word ("人民币58.00元", "泰铢1,250.00", "日元3,280"), then a balance or
 * available limit that is never the amount. Spending alerts are sent at authorisation, so they
 * are pending authorisations; the statement later shows the posted purchase. 预授权完成 is the
 * merchant's capture: a posted purchase. See docs/importers.md.
 */
import { readAlertDate } from "./alert-date";
import { findAmounts, pickAlertAmounts } from "./alert-amount";
import { cleanMerchant, findKind, type AlertFailure, type AlertReading, type KindRule } from "./alert-reading";

const MONEY_IN: KindRule = { pattern: /存入|转入|汇入|收入|入账|代发|工资|转存|向您(?:尾号|的|账户)/, kind: "other", state: "posted", isCredit: true };
const SPEND: KindRule = { pattern: /消费|支出|支付|支取|刷卡|扣款|付款|交易|转出|转账/, kind: "authorisation", state: "pending", isCredit: false };

const KIND_RULES: readonly KindRule[] = [
  { pattern: /预授权(?:完成|确认)/, kind: "purchase", state: "posted", isCredit: false },
  { pattern: /预授权(?:撤销|撤消|取消)|(?:撤销|撤消|取消)预授权/, kind: "reversal", state: "posted", isCredit: true },
  { pattern: /预授权/, kind: "authorisation", state: "pending", isCredit: false },
  { pattern: /冲正|撤销|撤消|冲销/, kind: "reversal", state: "posted", isCredit: true },
  { pattern: /退货|退款|退回/, kind: "refund", state: "posted", isCredit: true },
  { pattern: /还款/, kind: "payment", state: "posted", isCredit: true },
  // "入账一笔境外消费：…", "入账外币交易：…": the bank's notice that a purchase has POSTED (not money in).
  { pattern: /入账(?:一笔)?(?:境外|外币)?(?:消费|交易)/, kind: "purchase", state: "posted", isCredit: false },
  MONEY_IN,
  { pattern: /取现|取款|ATM/, kind: "other", state: "pending", isCredit: false },
  SPEND,
];

const MERCHANT_AT = /在\s*([^，,。；;]{1,60}?)\s*(?:进行|完成)?\s*(?:境外)?(?:消费|支付|支出|支取|刷卡|预授权|取现|取款|退货|退款|交易|网上支付|快捷支付|撤销|冲正)/;
const NOTICE_MERCHANT = /入账(?:一笔)?(?:境外|外币)?(?:消费|交易)\s*[:：]\s*([^，,。；;]{1,60})/;
// "向湖北良品铺子电子商务有限公司完成支付宝交易", "向美团支付-美团App…支出": the payee of money going out.
const MERCHANT_TO = /(?<!您)向\s*(?!您)([^，,。；;]{2,60}?)\s*(?:完成|进行|支付|支出|转出|转账|付款|汇款)/;
const MERCHANT_LABEL = /(?:商户|商户名称|交易商户)\s*[:：为]?\s*([^，,。；;\s]{1,60})/;
const CHANNEL = /(财付通|支付宝|微信支付|银联在线|网联|云闪付|京东支付|美团支付|网上快捷支付|快捷支付|网上支付|网上银行|手机银行|ATM|POS)(?:[-－—]([^，,。；;\d\s]{1,20}))?/;
// "•" is what the card-number guard leaves of a full number ("卡•••• 4562").
const CARD = new RegExp([
  "(?:尾号|尾数|末四位|末4位|后四位|卡号后四位)\\s*(?:为|是|[:：])?\\s*[*＊•]{0,6}\\s*(\\d{4})(?!\\d)",
  "(?:卡|账户|帐户|卡号)\\s*[*＊•]{1,6}\\s*(\\d{4})(?!\\d)",
  "(?:卡|账户|帐户|卡号)\\s*(\\d{4})(?![\\d年月日])",
  // "您6559的信用卡", "您6559信用卡": the tail before the card word.
  "您\\s*(\\d{4})\\s*(?:的)?\\s*(?:信用卡|借记卡|储蓄卡|银行卡|卡|账户)",
].join("|"));

/**
 * Sentences a bank appends that quote posting words without being the transaction: "如有外币欠款以
 * 入账为准", "实际消费金额以入账结算币种金额为准", "请以收款人实际入账为准", "详询95566". Removed
 * before the kind is read, so the purchase verb outranks the boilerplate.
 */
const BOILERPLATE = /[^，,。；;！!【】]*(?:以[^，,。；;]{0,20}为准|详询|如有疑问|快速查账|请关注|关注[^，,。；;]{0,12}(?:公众号|微信)|回复[A-Z0-9]{1,8}退订|存款保险)[^，,。；;！!【】]*[，,。；;！!]?/g;

function readMerchant(text: string): string {
  const at = MERCHANT_AT.exec(text)?.[1];
  // "在14:25…" would be a time, not a merchant; "在7-ELEVEN…" is a merchant.
  if (at && !/^\d{1,2}\s*[:：时]|^\d{2,4}[-/年]|使用|进行了/.test(at)) return cleanMerchant(at);
  const to = MERCHANT_TO.exec(text)?.[1];
  if (to && !/^\d|尾号|账户|信用卡/.test(to)) return cleanMerchant(to);
  const label = MERCHANT_LABEL.exec(text)?.[1] ?? NOTICE_MERCHANT.exec(text)?.[1];
  if (label) return cleanMerchant(label);
  const channel = CHANNEL.exec(text);
  return cleanMerchant(channel ? `${channel[1]}${channel[2] ? `-${channel[2]}` : ""}` : "");
}

export function readChineseAlert(text: string): AlertReading | AlertFailure {
  const amounts = pickAlertAmounts(findAmounts(text, "zh"));
  if (!amounts) return "alerts.noAmount";
  const rule = findKind(text.replace(BOILERPLATE, "，"), KIND_RULES);
  // Agricultural Bank writes the direction as a sign: "人民币-58.00" out, "+500.00" in.
  const signed = amounts.amount.sign === "-" ? SPEND : amounts.amount.sign === "+" ? MONEY_IN : undefined;
  const chosen = rule && !(rule === SPEND && amounts.amount.sign === "+") ? rule : signed;
  if (!chosen) return "alerts.unrecognised";
  const card = CARD.exec(text);
  const date = readAlertDate(text, false);
  return {
    kind: chosen.kind, state: chosen.state, isCredit: chosen.isCredit, amount: amounts.amount, billed: amounts.billed,
    merchant: readMerchant(text), cardLast4: card?.[1] ?? card?.[2] ?? card?.[3] ?? card?.[4], date,
  };
}
