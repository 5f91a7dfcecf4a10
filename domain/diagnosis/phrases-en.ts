/**
 * English wording of terminal screens and slips, per signal: the prompts and errors of the
 * common terminal families (Verifone, Ingenico, PAX, Castles, hand-held Android terminals) and
 * the ISO 8583 response texts acquirers print next to the code. Written in lower case, words
 * separated by single spaces; the interpreter tolerates typos, so list real variants, not
 * misspellings. A longer phrase wins over a shorter one inside it ("offline approved" over
 * "approved"). See docs/diagnosis.md.
 */
import type { SignalId } from "./signals";

export const EN_PHRASES: Readonly<Partial<Record<SignalId, readonly string[]>>> = {
  unableToGoOnline: [
    "unable to go online", "unable to go on line", "cannot go online", "could not go online", "unable to connect",
    "cannot connect", "could not connect", "failed to connect", "online failed", "go online failed", "unable to authorise online",
  ],
  offline: ["offline", "off line", "offline mode", "terminal offline", "stand in", "store and forward"],
  offlineApproved: ["offline approved", "approved offline", "offline approval", "offline accepted", "floor limit approved"],
  offlineDeclined: ["offline declined", "declined offline", "offline decline", "card declined offline"],
  hostUnavailable: [
    "host unavailable", "host not available", "host down", "host not responding", "no host response",
    "no response from host", "no response", "host unreachable", "host error", "host connect failed",
    "acquirer unavailable", "bank unavailable", "server unavailable", "no answer from host", "host busy",
  ],
  issuerInoperative: [
    "issuer or switch inoperative", "issuer inoperative", "switch inoperative", "issuer unavailable",
    "issuer not available", "issuer down", "issuer not responding", "card issuer unavailable",
  ],
  systemMalfunction: ["system malfunction", "system failure", "system fault", "system problem"],
  systemBusy: ["system busy", "server busy", "network busy", "try again later system busy"],
  hostTimeout: [
    "host timeout", "host time out", "host timed out", "timeout", "time out", "timed out", "response timeout",
    "transaction timeout", "connection timeout", "receive timeout", "no reply",
  ],
  commsError: [
    "comms error", "comm error", "comms failure", "comms fail", "communication error", "communication failure",
    "communications error", "connection failed", "connection error", "connect failed", "network error",
    "network unavailable", "network failure", "no network", "no connection", "not connected", "dial failed",
    "link error", "socket error", "tcp error", "ssl error", "ppp failed", "modem error", "check network",
  ],
  noDialTone: ["no dial tone", "no dialtone", "no line", "check phone line", "check line", "line busy", "line in use", "no phone line"],
  lostCarrier: ["lost carrier", "carrier lost", "no carrier", "connection lost", "link down", "disconnected", "line dropped"],
  noSignal: [
    "no signal", "low signal", "weak signal", "poor signal", "no gprs", "gprs error", "gprs failed", "no sim",
    "sim error", "sim card error", "no wifi", "wifi disconnected", "no mobile network", "no service",
  ],
  retryLater: ["try again", "please retry", "retry", "try later", "try again later", "please try again"],
  terminalError: [
    "system error", "terminal error", "fatal error", "device error", "hardware error", "terminal fault",
    "tamper", "tampered", "terminal locked", "memory full", "batch full", "key error", "encryption error",
    "rebooting", "restarting", "application error", "reader tamper", "security error",
  ],
  printerError: ["printer error", "printer fault", "paper out", "out of paper", "no paper", "paper empty", "printer jam"],
  signOnRequired: ["sign on required", "please sign on", "not signed on", "not logged on", "logon required", "please log on", "logon failed"],
  cardReadError: [
    "card read error", "read error", "bad read", "card error", "cannot read card", "unable to read card",
    "card not read", "read card failed", "card read failed", "reading error", "card unreadable", "reader error",
  ],
  chipError: [
    "chip error", "chip read error", "chip failure", "chip failed", "chip malfunction", "chip card error",
    "chip not read", "icc error", "chip card failure", "chip read failed", "bad chip", "card chip error",
  ],
  swipeRequested: [
    "use magstripe", "use mag stripe", "use magnetic stripe", "use swipe", "please swipe", "please swipe card",
    "swipe card", "fallback", "chip fallback", "fallback to swipe", "swipe instead",
  ],
  swipeError: [
    "swipe error", "swipe again", "bad swipe", "mag read error", "magstripe error", "mag stripe error",
    "track error", "invalid track", "track 2 error", "swipe failed", "please reswipe", "reswipe",
  ],
  insertRequested: [
    "use chip", "use chip reader", "insert chip", "please insert card", "insert card", "please insert chip",
    "chip card please insert", "insert card please", "card has chip", "chip card use chip", "please use chip",
  ],
  cardRemoved: ["card removed", "card removed too early", "card was removed", "removed too soon", "card pulled"],
  cardCollision: [
    "present one card only", "present only one card", "present one card", "multiple cards", "more than one card",
    "too many cards", "card collision", "multiple cards detected", "one card only",
  ],
  contactlessLimit: [
    "contactless limit exceeded", "over contactless limit", "contactless limit", "exceeds contactless limit",
    "tap limit", "tap limit exceeded", "contactless not allowed", "pin required", "insert card and enter pin",
    "insert card for pin", "please insert card pin required", "contactless transaction limit", "cvm required",
  ],
  seePhone: ["see phone", "see your phone", "see phone for instructions", "follow instructions on phone", "check your phone", "unlock phone"],
  notAccepted: [
    "not accepted", "card not accepted", "card not supported", "card type not supported", "unsupported card",
    "not supported", "card type not accepted", "no supported application", "no matching application",
    "application not found", "no app", "brand not accepted", "card brand not supported", "not allowed card type",
    "app not supported",
  ],
  approved: ["approved", "approval", "transaction approved", "payment approved", "authorised", "authorized", "payment successful"],
  declined: [
    "declined", "decline", "not approved", "not authorised", "not authorized", "transaction declined",
    "card declined", "payment declined", "refused", "transaction refused", "denied",
  ],
  transactionFailed: ["transaction failed", "payment failed", "transaction error", "transaction not completed", "transaction unsuccessful"],
  doNotHonour: ["do not honour", "do not honor", "dont honour", "dont honor", "not honoured", "not honored"],
  referToIssuer: [
    "refer to issuer", "refer to card issuer", "call issuer", "call bank", "call your bank", "contact issuer",
    "contact your bank", "contact bank", "call auth centre", "call auth center", "refer to bank",
  ],
  notPermitted: [
    "not permitted", "transaction not permitted", "not permitted to cardholder", "txn not permitted",
    "service not allowed", "transaction not allowed", "not allowed", "function not permitted",
  ],
  insufficientFunds: ["insufficient funds", "not sufficient funds", "nsf", "insuff funds", "no funds", "insufficient balance", "low funds"],
  overAmountLimit: [
    "exceeds amount limit", "exceeds withdrawal limit", "amount limit exceeded", "over limit", "limit exceeded",
    "exceeds limit", "exceeds approval amount", "exceeds credit limit", "credit limit exceeded",
  ],
  overCountLimit: ["exceeds frequency limit", "exceeds count limit", "activity count exceeded", "too many transactions", "frequency limit exceeded", "exceeds withdrawal frequency"],
  wrongPin: ["incorrect pin", "wrong pin", "invalid pin", "pin error", "bad pin", "pin incorrect", "pin invalid", "pin wrong", "incorrect pin number"],
  pinTriesExceeded: [
    "pin tries exceeded", "pin try limit exceeded", "allowable pin tries exceeded", "exceeded pin tries",
    "pin blocked", "pin locked", "too many pin tries", "pin try exceeded", "pin tries exceeded card blocked",
  ],
  expiredCard: ["expired card", "card expired", "expired", "card has expired"],
  restrictedCard: ["restricted card", "card restricted", "restricted"],
  invalidCard: ["invalid card", "invalid card number", "invalid account", "bad card number", "invalid pan", "card number invalid"],
  cardBlocked: [
    "card blocked", "blocked card", "lost card", "stolen card", "pick up card", "pickup card", "capture card",
    "hot card", "card frozen", "card locked", "card suspended", "account blocked", "account closed",
  ],
  duplicateTransmission: ["duplicate transaction", "duplicate transmission", "duplicate", "duplicate payment"],
  currencyConversion: [
    "dcc", "home currency", "your currency", "your home currency", "choose currency", "select currency",
    "exchange rate", "conversion rate", "conversion fee", "markup", "mark up", "currency conversion",
    "transaction currency", "dynamic currency conversion", "pay in your currency", "margin", "fx rate",
    "pay in gbp", "pay in usd", "pay in eur", "pay in aud", "pay in cny", "pay in rmb", "pay in hkd", "pay in sgd",
  ],
  cancelled: [
    "cancelled", "canceled", "transaction cancelled", "transaction canceled", "user cancelled", "cancelled by user",
    "operator cancel", "void", "voided", "transaction voided", "aborted", "transaction aborted", "cancel",
  ],
  amountError: ["invalid amount", "amount error", "wrong amount", "amount mismatch", "amount invalid"],
};
