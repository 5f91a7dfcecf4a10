/**
 * Reads the dates banks print — 2026-11-03, 03/11/2026, 11/03/2026, 2026/11/03, 20261103,
 * 03.11.2026, 2026年11月3日, 03 Nov 2026, Nov 3, 2026, with or without a time — into the local
 * calendar date "YYYY-MM-DD" (never through a Date in UTC: the issuer's date is the truth).
 * "03/11/2026" is either 3 November or 11 March, so the day/month order is decided for a whole
 * column at once (`detectDayMonthOrder`): one value with a first part above 12 settles it.
 * See docs/importers.md.
 */

export const DATE_FORMATS = [
  "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY/MM/DD", "YYYYMMDD", "DD.MM.YYYY", "YYYY年M月D日",
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export type DayMonthOrder = "DMY" | "MDY";
export type ParsedDate = { date: string; time?: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
// "a/b" with or without a year, for deciding a column's order ("12/29" says month-first too).
const DAY_MONTH_ANY_YEAR = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/.-])/;
const DAY_NAME = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4}|\d{2})(?!\d)/;
const NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/;
const TIME = /(?:^|[\sT])(\d{1,2})[:：](\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?/;

function toYear(text: string): number {
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function toMonth(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A real calendar date between 1990 and 2100, as "YYYY-MM-DD", or null. */
export function formatCalendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function readTime(rest: string): string | undefined {
  const match = TIME.exec(rest);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function readParts(text: string, order: DayMonthOrder): { y: number; m: number; d: number; length: number } | null {
  let match = YMD.exec(text) ?? COMPACT.exec(text);
  if (match) return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), length: match[0].length };
  if ((match = NUMERIC.exec(text))) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    // A dotted date is day-first everywhere it is used (Germany, Switzerland, Russia, …).
    const isDayFirst = match[2] === "." || order === "DMY";
    return { y: toYear(match[4] ?? ""), m: isDayFirst ? b : a, d: isDayFirst ? a : b, length: match[0].length };
  }
  if ((match = DAY_NAME.exec(text))) return { y: toYear(match[3] ?? ""), m: toMonth(match[2] ?? ""), d: Number(match[1]), length: match[0].length };
  if ((match = NAME_DAY.exec(text))) return { y: Number(match[3]), m: toMonth(match[1] ?? ""), d: Number(match[2]), length: match[0].length };
  return null;
}

/** Never throws; null when the text holds no real date. */
export function parseStatementDate(input: string, order: DayMonthOrder = "DMY"): ParsedDate | null {
  const text = input.normalize("NFKC").trim();
  const parts = readParts(text, order);
  if (!parts) return null;
  const date = formatCalendarDate(parts.y, parts.m, parts.d);
  if (!date) return null;
  const time = readTime(text.slice(parts.length));
  return time ? { date, time } : { date };
}

export type StatementPeriod = { year: number; month?: number };

const YEARLESS_NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\.?(?![\d/.-])/;
const YEARLESS_DAY_NAME = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?(?![\s,-]*\d)/;
const YEARLESS_CN = /^(\d{1,2})月(\d{1,2})日/;

/**
 * A date printed without its year ("12/29", "29.12.", "29 Dec", "12月29日"), placed in the
 * statement's period: the period's year, or the year before when the month falls after the
 * period's month (a January statement lists late-December purchases). Null when it is not such
 * a date or no period is known.
 */
export function parseYearlessDate(input: string, order: DayMonthOrder, period: StatementPeriod | undefined): ParsedDate | null {
  if (!period) return null;
  const text = input.normalize("NFKC").trim();
  let month: number;
  let day: number;
  let length: number;
  let match: RegExpExecArray | null;
  if ((match = YEARLESS_CN.exec(text))) [month, day, length] = [Number(match[1]), Number(match[2]), match[0].length];
  else if ((match = YEARLESS_NUMERIC.exec(text))) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    const isDayFirst = match[2] === "." || order === "DMY";
    [month, day, length] = [isDayFirst ? b : a, isDayFirst ? a : b, match[0].length];
  } else if ((match = YEARLESS_DAY_NAME.exec(text))) [month, day, length] = [toMonth(match[2] ?? ""), Number(match[1]), match[0].length];
  else return null;
  const year = period.month !== undefined && month > period.month ? period.year - 1 : period.year;
  const date = formatCalendarDate(year, month, day);
  if (!date) return null;
  const time = readTime(text.slice(length));
  return time ? { date, time } : { date };
}

/** True when the text is a day and month with no year ("12/29", "29.12.", "29 Dec"). */
export function isYearlessDate(input: string): boolean {
  const text = input.normalize("NFKC").trim();
  return parseStatementDate(text) === null && (YEARLESS_CN.test(text) || YEARLESS_NUMERIC.test(text) || YEARLESS_DAY_NAME.test(text));
}

const MONTH_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i;

/**
 * The statement's year and month as a title or preamble line states it: "2024年01月", "2024-01",
 * "01/2024", "January 2024", a period "01.11.2026 - 30.11.2026" (its last date) or a lone
 * "2024年". The last line that says one wins (titles come first, periods later). Null when none does.
 */
export function readStatementPeriod(lines: readonly string[]): StatementPeriod | null {
  let found: StatementPeriod | null = null;
  for (const raw of lines) {
    const line = raw.normalize("NFKC");
    let match: RegExpExecArray | null;
    const dates = [...line.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4})/g)];
    const last = dates.at(-1);
    if (last) {
      const [year, month] = last[1] ? [Number(last[1]), Number(last[2])] : [Number(last[6]), Number(last[5])];
      if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12) found = { year, month };
    } else if ((match = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(line)) || (match = /(?<!\d)(\d{4})[-/.](\d{1,2})(?![\d/.-])/.exec(line))) {
      found = { year: Number(match[1]), month: Number(match[2]) };
    } else if ((match = /(?<![\d/.])(\d{1,2})[/.](\d{4})(?!\d)/.exec(line))) {
      found = { year: Number(match[2]), month: Number(match[1]) };
    } else if ((match = MONTH_WORDS.exec(line))) {
      found = { year: Number(match[2]), month: toMonth(match[1] ?? "") };
    } else if ((match = /(?<!\d)(\d{4})\s*年/.exec(line))) {
      found = { year: Number(match[1]) };
    }
    if (found && (found.year < 1990 || found.year > 2100 || (found.month !== undefined && (found.month < 1 || found.month > 12)))) found = null;
  }
  return found;
}

export function orderOfFormat(format: DateFormat | undefined): DayMonthOrder | undefined {
  if (format === "MM/DD/YYYY") return "MDY";
  return format === "DD/MM/YYYY" ? "DMY" : undefined;
}

/**
 * Decides day/month order from a whole column of "a/b/yyyy" dates. `conflict` when one value
 * needs DMY and another MDY (the column is not one format); `ambiguous` when every value reads
 * both ways (all days ≤ 12) — then the caller's hint decides; null when no value is "a/b/yyyy".
 */
export function detectDayMonthOrder(values: readonly string[]): DayMonthOrder | "ambiguous" | "conflict" | null {
  let dayFirst = false;
  let monthFirst = false;
  let isAnyNumeric = false;
  for (const value of values) {
    const match = DAY_MONTH_ANY_YEAR.exec(value.normalize("NFKC").trim());
    if (!match || match[2] === ".") continue;
    isAnyNumeric = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[3]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return "conflict";
  if (!isAnyNumeric) return null;
  return dayFirst ? "DMY" : monthFirst ? "MDY" : "ambiguous";
}
