/**
 * Where each ground's name, code and time limit comes from. The card networks' full rule books are
 * not public for cardholders, so each entry names the public page that states the rule (Visa's own
 * merchant pages where they exist, otherwise dispute-management vendors that quote the rule
 * books) and what it says. docs/disputes.md lists them beside the grounds; a finding carries the
 * ids so the UI can show "why this date".
 */
export type DisputeSource = { id: string; url: string; says: string };

export const DISPUTE_SOURCES = {
  visa126: {
    id: "visa126",
    url: "http://resources.midigator.com/12-6-duplicate-processing-paid-by-other-means/",
    says: "Visa 12.6 Duplicate Processing / Paid by Other Means: 120 calendar days from the transaction processing date.",
  },
  visa123: {
    id: "visa123",
    url: "https://usa.review.visa.com/supporting-info/incorrect-currency-condition-12-3.html",
    says: "Visa 12.3 Incorrect Currency covers a cardholder not advised of, or not agreeing to, Dynamic Currency Conversion; 120 days from processing (midigator.com 12.3 page).",
  },
  visa125: {
    id: "visa125",
    url: "https://quavo-inc.atlassian.net/wiki/pages/viewpage.action?pageId=340928636",
    says: "Visa Processing Errors: Incorrect Amount is 12.5, Incorrect Currency 12.3, Duplicate Processing or Paid by Other Means 12.6; Credit Not Processed 13.6, Cancelled Merchandise/Services 13.7. 120 days from processing.",
  },
  visa112: {
    id: "visa112",
    url: "https://usa.review.visa.com/supporting-info/declined-authorization-condition-11-2.html",
    says: "Visa 11.2 Declined Authorization: a Decline response was received and the transaction completed anyway (an offline chip approval is the merchant's defence); 75 calendar days from processing (midigator.com 11.2 page).",
  },
  visa136: {
    id: "visa136",
    url: "https://quavo-inc.atlassian.net/wiki/spaces/QEK/pages/340928583/Credit+Not+Processed+13.6",
    says: "Visa 13.6 Credit Not Processed: a credit or voided transaction receipt that was not processed; wait 15 days from the date on the credit receipt (unless undated); at most 120 days from the processing date or the credit receipt date.",
  },
  mc4834: {
    id: "mc4834",
    url: "https://www.paymentsandrisk.com/docs/reference/reason-codes/mastercard/poi-error",
    says: "Mastercard 4834 Point-of-Interaction Error: duplicate processing, paid by other means, amount differs, incorrect currency / DCC without consent (former 4846); 90 days (some summaries, e.g. Midigator, say 120).",
  },
  mc4808: {
    id: "mc4808",
    url: "http://resources.midigator.com/4808-authorization-related-chargeback/",
    says: "Mastercard 4808 Authorization-Related: required authorization not obtained (incl. a forced decline); 90 calendar days from processing.",
  },
  mc4853: {
    id: "mc4853",
    url: "https://docs.adyen.com/issuing/disputes",
    says: "Mastercard disputes: credit not processed 120 days from the payment date (Mastercard 4853 Cardholder Dispute, which absorbed 4860); duplicate / paid by other means 90 days.",
  },
  unionpay: {
    id: "unionpay",
    url: "https://dcmdev.sc.com/hk/bank-with-us/atm-card/dispute-resolution",
    says: "Standard Chartered HK: UnionPay incorrect currency/amount and duplicated billing within 150 calendar days of processing, including a mandatory 30-day retrieval request — so the issuer must start by day 120. UnionPay's own rules are not public.",
  },
  issuerWindow: {
    id: "issuerWindow",
    url: "https://sc.com/hk/credit-cards/dispute-resolution",
    says: "Issuers set earlier limits of their own: Standard Chartered HK and ICBC (Asia) take disputes within 60 days of the statement date; Chong Hing Bank within 60 days of the statement date.",
  },
  chineseIssuer: {
    id: "chineseIssuer",
    url: "http://fsou.com/html/text/con1/2684364/268436486_1.html",
    says: "ICBC Peony card contract (as published): query or ask to correct a wrong entry within 10 days of obtaining the statement; the issuer answers queries and correction requests within 30 days.",
  },
  holdExpiry: {
    id: "holdExpiry",
    url: "https://paymentsandrisk.com/docs/reference/reason-codes/mastercard/authorization",
    says: "Mastercard authorization protection periods: 7 calendar days for final and undefined authorizations, 30 for preauthorizations; an authorization itself cannot be disputed (Stripe Issuing docs) — a hold is released by the issuer, not charged back.",
  },
} as const satisfies Record<string, DisputeSource>;

export type DisputeSourceId = keyof typeof DISPUTE_SOURCES;
