/**
 * Cuts a pasted batch of SMS or app notifications into single messages. People paste from a
 * phone's message list, so boundaries come in many forms: blank lines; a bank tag opening a
 * message ("【招商银行】", "[建设银行]", "Chase:"); a tag closing one ("…【工商银行】" — most
 * Chinese banks sign at the end); a new alert's typical first words ("您尾号…", "Your card…",
 * "A charge of…"); or a line holding only a timestamp, which the phone shows above each message
 * and which we keep as the message's received time. Card numbers are cut to the last 4 here,
 * before any other code sees the text. See docs/importers.md.
 */
import { redactCardNumbers } from "@/domain/cards/card-number-guard";

export type PastedAlert = { text: string; line: number; header?: string };

const BANK_NAMES = "招商银行|招行|工商银行|中国工商银行|工行|中国银行|中行|建设银行|中国建设银行|建行|农业银行|中国农业银行|农行|交通银行|交行";
const CHINESE_START = new RegExp(`^(?:【|\\[|〔|您|尊敬的|贵宾|尾号\\d|账户\\d|(?:${BANK_NAMES})[:：])`);
const ENGLISH_START = new RegExp(
  "^(?:Your |You (?:spent|paid|made|used|have|received)|A (?:charge|purchase|transaction|payment|refund|withdrawal|pre-?auth)" +
    "|An? (?:\\$|£|€)|Chase|Amex|American Express|Capital One|Citi|Barclays|Barclaycard|HSBC|Monzo|Revolut|Wells Fargo" +
    "|Bank of America|BofA|Lloyds|NatWest|Discover|Transaction|Purchase|Declined|Paid |Spent |\\d{4,8} is your )",
  "i",
);
const CLOSING_TAG = /(?:【[^】]{2,12}】|\[[^\]]{2,12}\])\s*$/;
// A date (optional) and a time, as a phone's message list shows it above each message.
const TIMESTAMP =
  "(?:(?:今天|昨天|Today|Yesterday|\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?|\\d{1,2}月\\d{1,2}日|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?" +
  "|(?:[A-Za-z]{3,9},?\\s+)?[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)[,\\s]*(?:at\\s*)?)?" +
  "(?:上午|下午)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:AM|PM)?";
const TIMESTAMP_ONLY = new RegExp(`^${TIMESTAMP}$|^\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?$`, "i");

// A timestamp opening a line, then the message: "2026-11-03 14:25 您尾号…", "Nov 3, 2026 2:25 PM Your card…".
const TIMESTAMP_PREFIX = new RegExp(`^(${TIMESTAMP})\\s+(\\S.*)$`, "i");
// A bank's closing tag in the middle of a line ("…元。【工商银行】尾号5678卡…"): the next message starts after it.
const CLOSING_TAG_INSIDE = /(?<=\S(?:【[^】]{2,12}】|\[[^\]]{2,12}\]))\s*(?=\S)/g;

function startsMessage(line: string): boolean {
  return CHINESE_START.test(line) || ENGLISH_START.test(line);
}

/** Never throws; returns every non-blank piece of the paste, none dropped. */
export function splitAlerts(text: string): PastedAlert[] {
  const alerts: PastedAlert[] = [];
  let current: { lines: string[]; line: number; header?: string } | null = null;
  let header: string | undefined;
  const close = () => {
    if (current) alerts.push({ text: current.lines.join("\n"), line: current.line, header: current.header });
    current = null;
  };
  const lines = redactCardNumbers(text).split(/\r\n|\n|\r/).flatMap((raw, index) =>
    raw.trim().split(CLOSING_TAG_INSIDE).map((piece) => ({ piece: piece.trim(), index })));
  lines.forEach(({ piece, index }) => {
    let line = piece;
    if (line === "") return close();
    if (TIMESTAMP_ONLY.test(line)) {
      close();
      header = line;
      return;
    }
    const prefixed = TIMESTAMP_PREFIX.exec(line);
    if (prefixed?.[1] && prefixed[2] && startsMessage(prefixed[2])) {
      close();
      header = prefixed[1].trim();
      line = prefixed[2];
    }
    if (current && startsMessage(line)) close();
    if (!current) {
      current = { lines: [], line: index + 1, header };
      header = undefined;
    }
    current.lines.push(line);
    if (CLOSING_TAG.test(line) && !/^(?:【|\[)[^】\]]*(?:】|\])\s*$/.test(line)) close();
  });
  close();
  if (header !== undefined) alerts.push({ text: header, line: text.split(/\r\n|\n|\r/).length });
  return alerts.filter((a) => a.text !== "");
}
