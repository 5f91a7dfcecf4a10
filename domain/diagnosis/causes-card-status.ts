/**
 * A card stopped by a setting of its holder or its issuer, not by a risk decision (PRODUCT.md §2,
 * group "issuer"): overseas use switched off in the bank app, response 57 "not permitted to
 * cardholder", 62 "restricted card", 54 expired (a replacement is waiting), a card frozen in the
 * app or never activated. Its next step differs from a fraud decline (05): switch the setting on
 * in the bank app or call, then retry — the same card then works. No charge follows.
 * See docs/diagnosis.md.
 */
import { SHARED, type Cause } from "./cause-model";

const cardRestricted: Cause = {
  id: "cardRestricted",
  group: "issuer",
  prior: -0.3,
  signals: {
    notPermitted: 4, restrictedCard: 4, expiredCard: 4.5, storyOverseasOff: 5.5, declined: 1.2, referToIssuer: 0.8,
    doNotHonour: 0.5, notAccepted: 1, transactionFailed: 0.3, offlineDeclined: 0.5,
  },
  answers: {
    "slipPrinted.approved": -2, "slipPrinted.offlineApproved": -1.5, "slipPrinted.declined": 1,
    "notification.charged": -2, "notification.hold": -1.5, "notification.declinedAlert": 1,
    "otherCardsWork.yes": 0.8, "otherCardsWork.no": -1,
    "cardWorksElsewhere.yes": -1.5, "cardWorksElsewhere.no": 1.2,
    "retryWorked.yes": -1.5, "retryWorked.no": 0.5,
    "cardStatus.yes": 2.5, "cardStatus.no": -1,
    "usedAbroadBefore.yes": -1.5, "usedAbroadBefore.no": 2,
    "balanceLow.yes": -0.5,
  },
  chargeOutlook: "noChargeExpected",
  titleKey: "causes.cardRestricted.title",
  summaryKey: "causes.cardRestricted.summary",
  doNow: ["causes.cardRestricted.doNow.1", "causes.cardRestricted.doNow.2", "causes.cardRestricted.doNow.3"],
  keep: [SHARED.keepScreenPhoto],
  askBank: ["causes.cardRestricted.askBank.1", "causes.cardRestricted.askBank.2"],
  prevent: ["causes.cardRestricted.prevent.1", SHARED.preventBackup],
};

export const CARD_STATUS_CAUSES: readonly Cause[] = [cardRestricted];
