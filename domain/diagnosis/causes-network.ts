/**
 * Causes on the path between the terminal and the bank (PRODUCT.md §2, group "network"): the
 * acquirer's host not answering, or the shop's own line, Wi-Fi or SIM being down. Both make the
 * terminal go "offline", so both care most about whether a slip says the payment was stored
 * (Y1/Y3, may still be charged) or refused (Z1/Z3). Other customers' cards failing too is the
 * strongest sign; a visible network signal separates the host from the shop.
 * See docs/diagnosis.md.
 */
import { SHARED, type Cause } from "./cause-model";

const hostDown: Cause = {
  id: "hostDown",
  group: "network",
  prior: 0,
  signals: {
    unableToGoOnline: 2, offline: 1.5, offlineApproved: 1.2, unableOnlineApproved: 2.5, unableOnlineDeclined: 2.5,
    hostUnavailable: 3.5, issuerInoperative: 3.5, systemMalfunction: 3, systemBusy: 2.5, hostTimeout: 2,
    commsError: 1, lostCarrier: 0.5, noSignal: -0.5, retryLater: 0.5, duplicateTransmission: 1, storyOutage: 3.5,
    signOnRequired: 0.5, transactionFailed: 0.3, declined: -0.5,
  },
  answers: {
    "otherCardsWork.yes": -2.5, "otherCardsWork.no": 1.5,
    "cardWorksElsewhere.yes": 0.5, "cardWorksElsewhere.no": -0.8,
    "slipPrinted.approved": -2, "slipPrinted.offlineApproved": 2, "slipPrinted.offlineDeclined": 1.5,
    "slipPrinted.declined": -0.5, "slipPrinted.none": 0.3,
    "notification.charged": 0.5, "notification.hold": 0.5, "notification.declinedAlert": -1.5, "notification.nothing": 0.8,
    "networkShown.ok": 0.8, "networkShown.noSignal": -0.5,
    "retryWorked.yes": 0.5, "retryWorked.no": 0.3,
    "terminalMisbehaved.yes": -0.5,
  },
  chargeOutlook: "unclear",
  titleKey: "causes.hostDown.title",
  summaryKey: "causes.hostDown.summary",
  doNow: ["causes.hostDown.doNow.1", "causes.hostDown.doNow.4", "causes.hostDown.doNow.2", "causes.hostDown.doNow.3"],
  keep: [SHARED.keepSlip, SHARED.keepScreenPhoto, SHARED.keepOtherPayment, SHARED.keepSms],
  askBank: ["causes.hostDown.askBank.1", "causes.hostDown.askBank.2"],
  prevent: [SHARED.preventBackup, "causes.hostDown.prevent.1"],
};

const shopNetworkDown: Cause = {
  id: "shopNetworkDown",
  group: "network",
  prior: 0,
  signals: {
    unableToGoOnline: 2, offline: 1.5, offlineApproved: 1.2, unableOnlineApproved: 2, unableOnlineDeclined: 2.3,
    hostUnavailable: 1.2, issuerInoperative: -0.5, systemMalfunction: 0.5, hostTimeout: 2, commsError: 3,
    noDialTone: 3.5, lostCarrier: 3, noSignal: 2.5, retryLater: 0.5, transactionFailed: 0.3, declined: -0.5,
    storyOutage: 1, storyCashOrQrOnly: 1.5,
  },
  answers: {
    "otherCardsWork.yes": -2.5, "otherCardsWork.no": 1.5,
    "cardWorksElsewhere.yes": 0.5, "cardWorksElsewhere.no": -0.8,
    "slipPrinted.approved": -2, "slipPrinted.offlineApproved": 2, "slipPrinted.offlineDeclined": 1.5,
    "slipPrinted.declined": -0.5, "slipPrinted.none": 0.5,
    "notification.charged": 0.5, "notification.hold": 0.3, "notification.declinedAlert": -2, "notification.nothing": 1,
    "networkShown.ok": -1.5, "networkShown.noSignal": 2,
    "retryWorked.yes": 0.3, "retryWorked.no": 0.5,
    "weakSignalPlace.no": 0.3,
  },
  chargeOutlook: "unclear",
  titleKey: "causes.shopNetworkDown.title",
  summaryKey: "causes.shopNetworkDown.summary",
  doNow: ["causes.shopNetworkDown.doNow.1", "causes.shopNetworkDown.doNow.2", "causes.shopNetworkDown.doNow.3"],
  keep: [SHARED.keepSlip, SHARED.keepScreenPhoto, SHARED.keepOtherPayment, SHARED.keepSms],
  askBank: ["causes.shopNetworkDown.askBank.1", SHARED.askRecord],
  prevent: [SHARED.preventBackup, "causes.shopNetworkDown.prevent.1"],
};

export const NETWORK_CAUSES: readonly Cause[] = [hostDown, shopNetworkDown];
