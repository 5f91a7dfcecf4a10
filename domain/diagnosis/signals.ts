/**
 * The vocabulary of things a terminal screen or slip can tell us. The interpreter turns free
 * text ("UNABLE TO GO ONLINE", "响应码 51", "Z3") into these ids, and each cause weighs them; so
 * a new wording only needs a phrase entry, never a change in the causes. An id names what the
 * terminal said, not what we conclude from it: "hostTimeout" may still be the shop's network.
 * See docs/diagnosis.md.
 */

export const SIGNAL_IDS = [
  // going online failed
  "unableToGoOnline", "offline", "offlineApproved", "unableOnlineApproved", "offlineDeclined",
  "unableOnlineDeclined", "hostUnavailable", "issuerInoperative", "systemMalfunction", "systemBusy",
  "hostTimeout", "commsError", "noDialTone", "lostCarrier", "noSignal", "retryLater",
  // the terminal itself
  "terminalError", "printerError", "signOnRequired",
  // reading the card
  "cardReadError", "chipError", "swipeRequested", "swipeError", "insertRequested", "cardRemoved",
  "chipApprovalReversed", "cardCollision",
  // contactless and acceptance
  "contactlessLimit", "seePhone", "notAccepted",
  // the issuer's answer
  "approved", "declined", "transactionFailed", "doNotHonour", "referToIssuer", "notPermitted",
  "insufficientFunds", "overAmountLimit", "overCountLimit", "wrongPin", "pinTriesExceeded",
  "expiredCard", "restrictedCard", "invalidCard", "cardBlocked", "duplicateTransmission",
  // the shop's side
  "currencyConversion", "cancelled", "amountError",
  // cues from the traveller's own story (read-story.ts), never from the screen
  "storyOverseasOff", "storyLimitReached", "storyFraudBlock", "storyForeignCardRefused", "storyBrandRefused",
  "storyChipAndPinOnly", "storyUnattendedMachine", "storyNoPin", "storyOutage", "storyCashOrQrOnly",
  "storyMovedAndWorked", "storyStaffMishandled", "storyAskedToInsert", "storyCardMinimum",
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/** What the interpreter found, and the piece of text (normalised) that made it say so. */
export type RecognisedSignal = { id: SignalId; matched: string };

const SIGNAL_ID_SET: ReadonlySet<string> = new Set(SIGNAL_IDS);

export function isSignalId(value: string): value is SignalId {
  return SIGNAL_ID_SET.has(value);
}

/** Message key of the line the result page shows as a reason ("The screen said: …"). */
export function getSignalLabelKey(id: SignalId): string {
  return `signals.${id}`;
}
