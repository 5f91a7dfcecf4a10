/**
 * Recognises the messages that are not transactions: one-time passcodes and marketing. An OTP
 * is skipped first and outright ("验证码", "one-time passcode"): it often names an amount, but no
 * money has moved. Weaker signs ("do not share", "退订", "积分", "offer") only count when the
 * message could not be read as a transaction, because real alerts end with such footers. A
 * declined payment is recognised apart: no money moved, and the traveller is told so.
 * See docs/importers.md.
 */

const OTP_STRONG = /验证码|校验码|动态密码|动态码|短信码|one[- ]time (?:pass(?:code|word)|code|pin)|verification code|security code|passcode|\bOTP\b|code is:?\s*\d|\d{4,8} is your/i;
const OTP_WEAK = /do not share|don't share|never share|请勿泄露|切勿泄露|不要告诉|勿告知他人/i;
const MARKETING = new RegExp(
  [
    "优惠", "积分", "抽奖", "活动", "回复TD", "退订", "拒收请回复", "分期", "免息", "办理", "礼品", "红包", "立减", "满减",
    "返现", "提额", "额度提升", "推荐", "\\boffer\\b", "promo", "reward", "cash ?back", "apply now", "pre-?approved",
    "limited time", "upgrade", "\\bwin\\b", "sweepstake", "points", "unsubscribe", "reply stop", "opt.out", "\\bdeal\\b",
  ].join("|"),
  "i",
);
const DECLINED = /declin|not approved|was refused|unsuccessful|couldn't be (?:completed|processed)|失败|未成功|不成功|被拒|拒绝|余额不足|额度不足|승인\s*거절|거절|한도\s*초과|잔액\s*부족/i;

export function isOtpMessage(text: string): boolean {
  return OTP_STRONG.test(text);
}

export function isLikelyOtp(text: string): boolean {
  return OTP_WEAK.test(text) && /\b\d{4,8}\b/.test(text);
}

export function isMarketingMessage(text: string): boolean {
  return MARKETING.test(text);
}

export function isDeclinedMessage(text: string): boolean {
  return DECLINED.test(text);
}
