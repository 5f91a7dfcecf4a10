/**
 * Causes in the hardware at the counter (group "device": the terminal, its card reader) and in
 * the traveller's card itself (group "card": a worn magstripe or chip). They are told apart by
 * whom else it fails for: a faulty reader fails every card, a damaged card fails only this one,
 * and the entry mode (chip, tap, swipe) says which part of the card was read.
 * See docs/diagnosis.md.
 */
import { SHARED, type Cause } from "./cause-model";

const terminalFault: Cause = {
  id: "terminalFault",
  group: "device",
  prior: -0.5,
  signals: {
    terminalError: 3, printerError: 3, signOnRequired: 1.5, systemMalfunction: 1.2, unableToGoOnline: 0.5,
    offline: 0.3, transactionFailed: 0.3, cardReadError: 0.5,
  },
  answers: {
    "otherCardsWork.yes": -2, "otherCardsWork.no": 1.5,
    "cardWorksElsewhere.yes": 0.5, "cardWorksElsewhere.no": -0.8,
    "slipPrinted.approved": -1, "slipPrinted.offlineApproved": 0.3, "slipPrinted.declined": -0.8, "slipPrinted.none": 1,
    "notification.charged": -0.5, "notification.declinedAlert": -2, "notification.nothing": 0.8,
    "terminalMisbehaved.yes": 3, "terminalMisbehaved.no": -1.5,
    "networkShown.noSignal": -0.5,
    "retryWorked.yes": -0.5,
  },
  chargeOutlook: "unclear",
  titleKey: "causes.terminalFault.title",
  summaryKey: "causes.terminalFault.summary",
  doNow: ["causes.terminalFault.doNow.1", "causes.terminalFault.doNow.2", "causes.terminalFault.doNow.3"],
  keep: [SHARED.keepSlip, SHARED.keepScreenPhoto, SHARED.keepOtherPayment],
  askBank: [SHARED.askRecord, "causes.terminalFault.askBank.1"],
  prevent: [SHARED.preventInspect, SHARED.preventBackup],
};

const cardReaderFault: Cause = {
  id: "cardReaderFault",
  group: "device",
  prior: -0.7,
  signals: {
    cardReadError: 2, chipError: 1.5, swipeRequested: 1.5, swipeError: 1.2, chipApprovalReversed: 1.2, cardRemoved: 0.5,
  },
  answers: {
    "otherCardsWork.yes": -2, "otherCardsWork.no": 1.5,
    "cardWorksElsewhere.yes": 0.8, "cardWorksElsewhere.no": -0.8,
    "entryMode.chip": 0.8, "entryMode.tap": -1, "entryMode.swipe": 0.3,
    "slipPrinted.approved": -1, "slipPrinted.declined": -0.8, "slipPrinted.none": 0.8,
    "notification.charged": -1, "notification.declinedAlert": -2, "notification.nothing": 0.8,
    "cardCondition.fine": 0.8, "cardCondition.stripeWorn": -0.5, "cardCondition.chipWorn": -0.5,
    "terminalMisbehaved.yes": 0.5,
    "retryWorked.yes": 0.3,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.cardReaderFault.title",
  summaryKey: "causes.cardReaderFault.summary",
  doNow: ["causes.cardReaderFault.doNow.1", "causes.cardReaderFault.doNow.2", "causes.cardReaderFault.doNow.3"],
  keep: [SHARED.keepScreenPhoto, SHARED.keepSlip, SHARED.keepOtherPayment],
  askBank: [SHARED.askRecord],
  prevent: [SHARED.preventInspect, "causes.cardReaderFault.prevent.1"],
};

const magstripeDamaged: Cause = {
  id: "magstripeDamaged",
  group: "card",
  prior: -0.8,
  // "USE CHIP" after a swipe means the terminal read the stripe (its service code says chip
  // first): evidence against a damaged stripe, not for it.
  signals: { swipeError: 3, cardReadError: 1.5, insertRequested: -1, invalidCard: 0.5 },
  answers: {
    "otherCardsWork.yes": 1, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": -0.3, "cardWorksElsewhere.no": 1,
    "entryMode.chip": -1.5, "entryMode.tap": -1.5, "entryMode.swipe": 1.5,
    "slipPrinted.approved": -1, "slipPrinted.declined": -0.5, "slipPrinted.none": 0.5,
    "notification.charged": -1, "notification.declinedAlert": -1.5, "notification.nothing": 0.8,
    "cardCondition.stripeWorn": 2.5, "cardCondition.chipWorn": -0.5, "cardCondition.fine": -1,
    "retryWorked.yes": -0.3,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.magstripeDamaged.title",
  summaryKey: "causes.magstripeDamaged.summary",
  doNow: ["causes.magstripeDamaged.doNow.1", "causes.magstripeDamaged.doNow.2"],
  keep: [SHARED.keepScreenPhoto],
  askBank: ["causes.magstripeDamaged.askBank.1"],
  prevent: ["causes.magstripeDamaged.prevent.1", SHARED.preventBackup],
};

const chipDamaged: Cause = {
  id: "chipDamaged",
  group: "card",
  prior: -0.8,
  signals: {
    chipError: 3, swipeRequested: 2.5, cardReadError: 1.5, chipApprovalReversed: 2, offlineDeclined: 1,
    cardRemoved: 1.2, notAccepted: 0.5,
  },
  answers: {
    "otherCardsWork.yes": 1, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": -0.5, "cardWorksElsewhere.no": 1,
    "entryMode.chip": 0.8, "entryMode.tap": -0.8, "entryMode.swipe": 0.5,
    "slipPrinted.approved": -1, "slipPrinted.declined": -0.3, "slipPrinted.none": 0.3,
    "notification.charged": -0.5, "notification.hold": 1.5, "notification.declinedAlert": -1, "notification.nothing": 0.5,
    "cardCondition.chipWorn": 2.5, "cardCondition.stripeWorn": -0.5, "cardCondition.fine": -1,
    "retryWorked.yes": -0.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.chipDamaged.title",
  summaryKey: "causes.chipDamaged.summary",
  doNow: ["causes.chipDamaged.doNow.1", "causes.chipDamaged.doNow.2", "causes.chipDamaged.doNow.3"],
  keep: [SHARED.keepSlip, SHARED.keepSms, SHARED.keepScreenPhoto],
  askBank: ["causes.chipDamaged.askBank.1", "causes.chipDamaged.askBank.2"],
  prevent: ["causes.chipDamaged.prevent.1", SHARED.preventBackup],
};

export const DEVICE_AND_CARD_CAUSES: readonly Cause[] = [terminalFault, cardReaderFault, magstripeDamaged, chipDamaged];
