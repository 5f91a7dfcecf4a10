/**
 * The one input every dispute function reads: the slip as logged, its charges as matching found
 * them (domain/matching `Charge`, rejected records already left out), the status domain/status
 * derived, what the traveller told us that no record can prove (a refund promised, DCC not
 * chosen), the issuer's own limit when known, and `today`. The later route fills it from the
 * database. Everything is optional that a slip may lack: a missing fact leaves its sentence out.
 * See docs/disputes.md.
 */
import type { Charge } from "@/domain/matching";
import type { SlipStatus } from "@/domain/status/status-types";
import type { CardNetwork } from "./card-network";

export type DisputeSlip = {
  merchantName: string;
  city?: string | null;
  /** ISO 3166 alpha-2. */
  country?: string | null;
  /** Local wall clock "YYYY-MM-DDTHH:mm" — never converted to UTC. */
  localDateTime: string;
  timeZone?: string | null;
  amountMinor: number;
  currency: string;
  /** Meant to hold 4 digits; anything longer is cut to its last 4 before use. */
  cardLast4?: string | null;
  entryMode?: string | null;
  mid?: string | null;
  tid?: string | null;
  batch?: string | null;
  trace?: string | null;
  rrn?: string | null;
  approvalCode?: string | null;
  aid?: string | null;
  applicationLabel?: string | null;
  responseCode?: string | null;
  offlineWording?: string | null;
  dccRate?: string | null;
  dccHomeAmountMinor?: number | null;
  dccHomeCurrency?: string | null;
  paidInsteadMethod?: "otherCard" | "cash" | "wallet" | null;
  paidInsteadCardLast4?: string | null;
  paidInsteadAmountMinor?: number | null;
  paidInsteadCurrency?: string | null;
};

/** What only the traveller can say. Each field changes what the letter claims, so none is guessed. */
export type TravellerReport = {
  /** The terminal or staff said the payment was declined. */
  declined?: boolean;
  /** Staff cancelled (voided) the payment at the counter, on this date when known. */
  cancelled?: boolean;
  cancelledOn?: string | null;
  /** The traveller holds the void or credit receipt. */
  hasVoidReceipt?: boolean;
  /** true: was not offered or refused paying in the home currency; false: chose it. */
  noDccConsent?: boolean;
  /** The merchant promised a refund, on this date (the credit receipt's date when there is one). */
  refundPromised?: boolean;
  refundPromisedOn?: string | null;
  refundPromisedAmountMinor?: number | null;
  /** The traveller already asked the merchant, on this date. */
  merchantContactedOn?: string | null;
};

export type IssuerInfo = {
  name?: string | null;
  /** A mainland Chinese issuer: its own 争议交易 / 差错处理 request is the route. */
  isChinese?: boolean;
  /** The issuer's own deadline as a date, when the traveller knows it. */
  deadline?: string | null;
  /** Or its window: this many days from the statement date (e.g. 60). */
  windowDays?: number | null;
  statementDate?: string | null;
};

export type DisputeCase = {
  slip: DisputeSlip;
  charges: readonly Charge[];
  status: SlipStatus;
  today: string;
  /** When known from elsewhere; otherwise read from the slip's AID or application label. */
  network?: CardNetwork;
  issuer?: IssuerInfo;
  report?: TravellerReport;
  cardholderName?: string | null;
};
