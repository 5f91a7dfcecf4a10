/**
 * Causes decided by the card's issuing bank (group "issuer"), the ones travellers meet most
 * beyond the source list: a general decline (05, 57 — overseas use off, fraud block), no money
 * or limit (51, 61, 65), PIN trouble (55, 75), a blocked/restricted/expired card (62, 54, 14)
 * and contactless limits, which issuers enforce as a soft decline asking for chip and PIN. A
 * decline means the bank answered, so the network and terminal worked and no charge follows.
 * See docs/diagnosis.md.
 */
import { SHARED, type Cause } from "./cause-model";

/** Evidence that the payment reached the issuer and was refused, shared by all issuer causes. */
const REFUSED_BY_ISSUER = {
  "slipPrinted.approved": -2, "slipPrinted.offlineApproved": -1.5, "slipPrinted.declined": 1,
  "notification.charged": -2, "notification.hold": -1.5, "notification.declinedAlert": 2,
} as const;

const issuerDecline: Cause = {
  id: "issuerDecline",
  group: "issuer",
  prior: 0.2,
  signals: {
    declined: 1.5, doNotHonour: 3.5, referToIssuer: 3, notPermitted: 1.5, issuerInoperative: 0.5, offlineDeclined: 1,
    restrictedCard: 0.3, transactionFailed: 0.3, overCountLimit: 0.5, storyFraudBlock: 4.5, storyOverseasOff: 1.5,
  },
  answers: {
    ...REFUSED_BY_ISSUER,
    "otherCardsWork.yes": 0.8, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": -0.5, "cardWorksElsewhere.no": 1.2,
    "slipPrinted.offlineDeclined": 0.3, "slipPrinted.none": -0.3, "notification.nothing": -0.3,
    "retryWorked.yes": -1, "retryWorked.no": 0.3,
    "usedAbroadBefore.yes": -0.5, "usedAbroadBefore.no": 0.8,
    "balanceLow.no": 0.3, "cardStatus.no": 0.3,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.issuerDecline.title",
  summaryKey: "causes.issuerDecline.summary",
  doNow: ["causes.issuerDecline.doNow.1", "causes.issuerDecline.doNow.2", "causes.issuerDecline.doNow.3"],
  keep: [SHARED.keepScreenPhoto, SHARED.keepSms],
  askBank: ["causes.issuerDecline.askBank.1", "causes.issuerDecline.askBank.2", "causes.issuerDecline.askBank.3"],
  prevent: ["causes.issuerDecline.prevent.1", SHARED.preventBackup],
};

const insufficientFunds: Cause = {
  id: "insufficientFunds",
  group: "issuer",
  prior: 0,
  signals: { insufficientFunds: 4.5, overAmountLimit: 3.5, overCountLimit: 3, declined: 1, doNotHonour: 0.5, storyLimitReached: 4.5 },
  answers: {
    ...REFUSED_BY_ISSUER,
    "otherCardsWork.yes": 0.8, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": 0.3, "cardWorksElsewhere.no": 0.5,
    "notification.nothing": -0.3,
    "retryWorked.yes": -1.5, "retryWorked.no": 0.5,
    "balanceLow.yes": 2.5, "balanceLow.no": -1.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.insufficientFunds.title",
  summaryKey: "causes.insufficientFunds.summary",
  doNow: ["causes.insufficientFunds.doNow.1", "causes.insufficientFunds.doNow.2", "causes.insufficientFunds.doNow.3"],
  keep: [SHARED.keepSms],
  askBank: ["causes.insufficientFunds.askBank.1", "causes.insufficientFunds.askBank.2"],
  prevent: ["causes.insufficientFunds.prevent.1", "causes.insufficientFunds.prevent.2"],
};

const wrongPin: Cause = {
  id: "wrongPin",
  group: "issuer",
  prior: -0.5,
  signals: { wrongPin: 4.5, pinTriesExceeded: 4, declined: 0.5, storyNoPin: 4.5, storyChipAndPinOnly: 1.5, storyUnattendedMachine: 0.5 },
  answers: {
    ...REFUSED_BY_ISSUER,
    "slipPrinted.declined": 0.8, "notification.declinedAlert": 1.5,
    "otherCardsWork.yes": 0.5, "otherCardsWork.no": -0.5,
    "entryMode.chip": 0.5, "entryMode.tap": -0.5, "entryMode.swipe": -0.3,
    "pinEntered.yesSure": -1, "pinEntered.yesUnsure": 2.5, "pinEntered.notAsked": 0.8,
    "cardBrand.unionpay": 0.5,
    "retryWorked.yes": 0.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.wrongPin.title",
  summaryKey: "causes.wrongPin.summary",
  doNow: ["causes.wrongPin.doNow.1", "causes.wrongPin.doNow.2", "causes.wrongPin.doNow.3"],
  keep: [SHARED.keepScreenPhoto],
  askBank: ["causes.wrongPin.askBank.1", "causes.wrongPin.askBank.2"],
  prevent: ["causes.wrongPin.prevent.1", "causes.wrongPin.prevent.2"],
};

const cardBlocked: Cause = {
  id: "cardBlocked",
  group: "issuer",
  prior: -0.5,
  signals: {
    expiredCard: 1.5, restrictedCard: 1.2, invalidCard: 3.5, cardBlocked: 4.5, pinTriesExceeded: 1.5, offlineDeclined: 1.5,
    referToIssuer: 1, doNotHonour: 0.8, notPermitted: 0.3, declined: 0.8, notAccepted: 0.5,
  },
  answers: {
    ...REFUSED_BY_ISSUER,
    "slipPrinted.offlineDeclined": 0.5, "notification.declinedAlert": 1.5,
    "otherCardsWork.yes": 0.8, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": -2, "cardWorksElsewhere.no": 1.5,
    "retryWorked.yes": -2, "retryWorked.no": 0.5,
    "cardStatus.yes": 1.5, "cardStatus.no": -1.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.cardBlocked.title",
  summaryKey: "causes.cardBlocked.summary",
  doNow: ["causes.cardBlocked.doNow.1", "causes.cardBlocked.doNow.2", "causes.cardBlocked.doNow.3"],
  keep: [SHARED.keepScreenPhoto, SHARED.keepSms],
  askBank: ["causes.cardBlocked.askBank.1", "causes.cardBlocked.askBank.2"],
  prevent: ["causes.cardBlocked.prevent.1", SHARED.preventBackup],
};

const contactlessLimit: Cause = {
  id: "contactlessLimit",
  group: "issuer",
  prior: -0.5,
  signals: { contactlessLimit: 3.5, seePhone: 1.5, insertRequested: 1.5, overCountLimit: 1.5, overAmountLimit: 1, declined: 0.5, storyAskedToInsert: 3.5 },
  answers: {
    "entryMode.chip": -1.5, "entryMode.tap": 1.5, "entryMode.swipe": -1.5,
    "slipPrinted.approved": -1, "slipPrinted.offlineApproved": -1, "slipPrinted.declined": 0.5,
    "notification.charged": -1.5, "notification.hold": -1, "notification.declinedAlert": 0.8,
    "overContactlessLimit.yes": 2.5, "overContactlessLimit.no": -2,
    "pinEntered.notAsked": 0.5,
    "otherCardsWork.yes": 0.3,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.contactlessLimit.title",
  summaryKey: "causes.contactlessLimit.summary",
  doNow: ["causes.contactlessLimit.doNow.1", "causes.contactlessLimit.doNow.2"],
  keep: [SHARED.keepSms],
  askBank: ["causes.contactlessLimit.askBank.1"],
  prevent: ["causes.contactlessLimit.prevent.1", "causes.contactlessLimit.prevent.2"],
};

export const ISSUER_CAUSES: readonly Cause[] = [issuerDecline, insufficientFunds, wrongPin, cardBlocked, contactlessLimit];
