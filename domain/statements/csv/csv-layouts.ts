/**
 * The bank exports SlipTrack recognises without asking, written from each bank's public
 * description of its CSV download. A layout names its columns by header text (normalised: lower
 * case, NFKC; "a|b" lists alternatives) and says what the file does not: currency, date order,
 * decimal separator and which sign is money out. Adding a bank is adding an entry here, a
 * fixture and a row in docs/importers.md.
 */
import type { DateFormat } from "../statement-date";
import type { DecimalSeparator } from "../statement-amount";

export type LayoutRole =
  | "date" | "postingDate" | "time" | "amount" | "debit" | "credit" | "currency" | "originalAmount"
  | "originalCurrency" | "fxRate" | "fee" | "type" | "status" | "reference" | "cardLast4" | "country";

export type CsvLayout = {
  id: string;
  label: string;
  /** Headers that must all be present for the layout to be recognised. */
  required: readonly string[];
  columns: Partial<Record<LayoutRole, string>> & { description: readonly string[] };
  /** "join" the description columns with " / ", or take the "first" non-empty one. */
  descriptionMode?: "join" | "first";
  currencyCode?: string;
  dateFormat?: DateFormat;
  decimalSeparator?: DecimalSeparator;
  outflowSign: "negative" | "positive";
  /** A card account: money coming in with no telling word is a refund, not "other". */
  isCardStatement?: boolean;
};

export const CSV_LAYOUTS: readonly CsvLayout[] = [
  {
    id: "chase-credit-card",
    label: "Chase credit card (US)",
    required: ["transaction date", "post date", "description", "type", "amount"],
    columns: { date: "transaction date", postingDate: "post date", description: ["description"], type: "type", amount: "amount" },
    currencyCode: "USD", dateFormat: "MM/DD/YYYY", decimalSeparator: ".", outflowSign: "negative", isCardStatement: true,
  },
  {
    id: "barclays-uk",
    label: "Barclays current account (UK)",
    required: ["number", "date", "account", "amount", "subcategory", "memo"],
    columns: { date: "date", description: ["memo"], type: "subcategory", amount: "amount" },
    currencyCode: "GBP", dateFormat: "DD/MM/YYYY", decimalSeparator: ".", outflowSign: "negative",
  },
  {
    id: "monzo",
    label: "Monzo (UK)",
    required: ["transaction id", "date", "time", "type", "name", "amount", "currency", "local amount", "local currency"],
    columns: {
      date: "date", time: "time", description: ["name"], type: "type", amount: "amount", currency: "currency",
      originalAmount: "local amount", originalCurrency: "local currency", reference: "transaction id",
    },
    dateFormat: "DD/MM/YYYY", decimalSeparator: ".", outflowSign: "negative",
  },
  {
    id: "revolut",
    label: "Revolut",
    required: ["type", "product", "started date", "completed date", "description", "amount", "fee", "currency", "state"],
    columns: {
      date: "started date", time: "started date", postingDate: "completed date", description: ["description"],
      type: "type", amount: "amount", fee: "fee", currency: "currency", status: "state",
    },
    decimalSeparator: ".", outflowSign: "negative",
  },
  {
    id: "wise",
    label: "Wise",
    required: ["transferwise id", "date", "amount", "currency", "description", "exchange rate", "merchant"],
    columns: {
      date: "date", description: ["merchant", "description"], amount: "amount", currency: "currency",
      fxRate: "exchange rate", reference: "transferwise id", cardLast4: "card last four digits",
    },
    descriptionMode: "first", dateFormat: "DD/MM/YYYY", decimalSeparator: ".", outflowSign: "negative",
  },
  {
    id: "dkb-giro",
    label: "DKB Girokonto (DE, Windows-1252, ;)",
    required: ["buchungstag", "wertstellung", "buchungstext", "auftraggeber / begünstigter", "verwendungszweck", "betrag (eur)|betrag (€)"],
    columns: {
      // Wertstellung is the value date (close to the card payment); Buchungstag is when DKB booked it.
      date: "wertstellung", postingDate: "buchungstag", type: "buchungstext",
      description: ["auftraggeber / begünstigter", "verwendungszweck"], amount: "betrag (eur)|betrag (€)",
      reference: "kundenreferenz",
    },
    currencyCode: "EUR", dateFormat: "DD.MM.YYYY", decimalSeparator: ",", outflowSign: "negative",
  },
  {
    id: "cmb-credit-card",
    label: "招商银行信用卡 China Merchants Bank credit card",
    required: ["交易日", "记账日", "交易摘要", "人民币金额"],
    columns: {
      date: "交易日", postingDate: "记账日", description: ["交易摘要"], amount: "人民币金额",
      cardLast4: "卡号末四位", originalAmount: "交易地金额",
    },
    currencyCode: "CNY", dateFormat: "YYYY/MM/DD", decimalSeparator: ".", outflowSign: "positive", isCardStatement: true,
  },
  {
    id: "icbc-debit-card",
    label: "中国工商银行借记卡 ICBC debit card (GBK)",
    required: ["交易日期", "摘要", "记账金额(收入)", "记账金额(支出)", "记账币种"],
    columns: {
      date: "交易日期", type: "摘要", description: ["交易场所", "对方户名"], debit: "记账金额(支出)",
      credit: "记账金额(收入)", currency: "记账币种", country: "交易国家或地区简称",
      originalAmount: "交易金额(支出)|交易金额(收入)", originalCurrency: "交易币种",
    },
    dateFormat: "YYYY-MM-DD", decimalSeparator: ".", outflowSign: "positive",
  },
  {
    id: "rakuten-card",
    label: "楽天カード Rakuten Card (JP, Shift_JIS)",
    required: ["利用日", "利用店名・商品名", "利用金額", "支払総額"],
    columns: { date: "利用日", description: ["利用店名・商品名"], amount: "利用金額", fee: "支払手数料" },
    currencyCode: "JPY", dateFormat: "YYYY/MM/DD", decimalSeparator: ".", outflowSign: "positive", isCardStatement: true,
  },
];

export function findCsvLayout(id: string): CsvLayout | undefined {
  return CSV_LAYOUTS.find((layout) => layout.id === id);
}
