/**
 * The remaining causes of PRODUCT.md §2 that are neither the network, the hardware nor the
 * issuer: weak or crowded radio (group "other": lifts, basements, card clash at a contactless
 * reader), mistakes at the counter (wrong amount, cancelled or repeated sale), a card network
 * the terminal does not take, and dynamic currency conversion. The last three often end with
 * the payment approved or never sent, which is why their charge outlooks differ.
 * See docs/diagnosis.md.
 */
import { SHARED, type Cause } from "./cause-model";

const signalInterference: Cause = {
  id: "signalInterference",
  group: "other",
  prior: -0.5,
  signals: {
    unableToGoOnline: 1, offline: 0.8, offlineApproved: 0.8, unableOnlineApproved: 1, unableOnlineDeclined: 1,
    hostTimeout: 1.2, commsError: 1.5, lostCarrier: 2, noSignal: 3, retryLater: 1, cardCollision: 2.5,
    hostUnavailable: 0.5, storyMovedAndWorked: 4.5, storyCashOrQrOnly: 0.5,
  },
  answers: {
    "otherCardsWork.yes": -1, "otherCardsWork.no": 0.8,
    "cardWorksElsewhere.yes": 0.5, "cardWorksElsewhere.no": -0.5,
    "slipPrinted.approved": -1, "slipPrinted.offlineApproved": 1, "slipPrinted.offlineDeclined": 0.8,
    "slipPrinted.declined": -0.3,
    "notification.declinedAlert": -1.5, "notification.nothing": 0.8,
    "networkShown.ok": -1.5, "networkShown.noSignal": 2,
    "retryWorked.yes": 2.5, "retryWorked.no": -1.5,
    "weakSignalPlace.yes": 2, "weakSignalPlace.no": -1.5,
    "entryMode.tap": 0.3,
  },
  chargeOutlook: "unclear",
  titleKey: "causes.signalInterference.title",
  summaryKey: "causes.signalInterference.summary",
  doNow: ["causes.signalInterference.doNow.1", "causes.signalInterference.doNow.2", "causes.signalInterference.doNow.3"],
  keep: [SHARED.keepSlip, SHARED.keepOtherPayment, SHARED.keepSms],
  askBank: [SHARED.askRecord],
  prevent: ["causes.signalInterference.prevent.1", SHARED.preventBackup],
};

const operatorError: Cause = {
  id: "operatorError",
  group: "other",
  prior: -0.7,
  signals: {
    cancelled: 3.5, amountError: 3.5, duplicateTransmission: 2.5, signOnRequired: 2, cardRemoved: 2,
    insertRequested: 1.2, approved: 1.5, cardCollision: 1, invalidCard: 1, transactionFailed: 0.2, storyStaffMishandled: 4.5,
    swipeRequested: 1,
  },
  answers: {
    "otherCardsWork.no": 0.3,
    "slipPrinted.approved": 1.5, "slipPrinted.none": 0.3,
    "notification.charged": 1.5, "notification.hold": 1, "notification.nothing": -0.3,
    "staffAction.wrongAmount": 3, "staffAction.cancelled": 2.5, "staffAction.no": -1.5,
    "retryWorked.yes": 0.5,
    "entryMode.swipe": 0.5,
  },
  chargeOutlook: "unclear",
  titleKey: "causes.operatorError.title",
  summaryKey: "causes.operatorError.summary",
  doNow: ["causes.operatorError.doNow.1", "causes.operatorError.doNow.2", "causes.operatorError.doNow.3"],
  keep: [SHARED.keepSlip, "causes.operatorError.keep.1", SHARED.keepSms, SHARED.keepOtherPayment],
  askBank: [SHARED.askRecord, "causes.operatorError.askBank.1"],
  prevent: ["causes.operatorError.prevent.1", "causes.operatorError.prevent.2"],
};

const brandNotAccepted: Cause = {
  id: "brandNotAccepted",
  group: "other",
  prior: -0.5,
  signals: {
    notAccepted: 3.5, offlineDeclined: 0.5, notPermitted: 0.5, storyForeignCardRefused: 5, storyBrandRefused: 3.5,
    storyChipAndPinOnly: 3, storyUnattendedMachine: 1.5, storyCashOrQrOnly: 1, storyCardMinimum: 4.5,
  },
  answers: {
    "otherCardsWork.yes": 1, "otherCardsWork.no": -0.5,
    "cardWorksElsewhere.yes": 0.5,
    "slipPrinted.approved": -2, "slipPrinted.offlineApproved": -2, "slipPrinted.offlineDeclined": -1, "slipPrinted.none": 0.5,
    "notification.charged": -2, "notification.hold": -2, "notification.declinedAlert": -2, "notification.nothing": 1,
    "cardBrand.visa": -1.5, "cardBrand.mastercard": -1.5, "cardBrand.unionpay": 1.2, "cardBrand.amex": 1.5,
    "cardBrand.jcb": 1.2, "cardBrand.other": 1.5,
    "retryWorked.yes": -2, "retryWorked.no": 0.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.brandNotAccepted.title",
  summaryKey: "causes.brandNotAccepted.summary",
  doNow: ["causes.brandNotAccepted.doNow.1", "causes.brandNotAccepted.doNow.2"],
  keep: [SHARED.keepScreenPhoto],
  askBank: ["causes.brandNotAccepted.askBank.1"],
  prevent: ["causes.brandNotAccepted.prevent.1", SHARED.preventBackup],
};

const dccProblem: Cause = {
  id: "dccProblem",
  group: "other",
  prior: -0.8,
  signals: { currencyConversion: 4, approved: 1.5 },
  answers: {
    "slipPrinted.approved": 1.5, "slipPrinted.offlineApproved": -0.5, "slipPrinted.declined": -0.5, "slipPrinted.none": -1,
    "notification.charged": 2, "notification.hold": 1, "notification.declinedAlert": -0.5, "notification.nothing": -1.5,
    "homeCurrencyOffered.yesHome": 3, "homeCurrencyOffered.yesLocal": 1.5, "homeCurrencyOffered.no": -2,
  },
  chargeOutlook: "mayBeChargedLater",
  titleKey: "causes.dccProblem.title",
  summaryKey: "causes.dccProblem.summary",
  doNow: ["causes.dccProblem.doNow.1", "causes.dccProblem.doNow.2", "causes.dccProblem.doNow.3"],
  keep: [SHARED.keepSlip, "causes.dccProblem.keep.1", SHARED.keepSms],
  askBank: ["causes.dccProblem.askBank.1", "causes.dccProblem.askBank.2"],
  prevent: ["causes.dccProblem.prevent.1"],
};

export const OTHER_CAUSES: readonly Cause[] = [signalInterference, operatorError, brandNotAccepted, dccProblem];
