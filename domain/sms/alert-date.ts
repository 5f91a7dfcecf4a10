/**
 * Reads the date and time an alert states — "11月03日14:25", "11月3日14时25分", "2026-11-03
 * 14:25", "2026年11月3日", "Nov 3, 2026 at 2:25 PM", "03 Nov", "11/03/26" — and settles a missing
 * year: the latest date that is not after `now` (plus one day, because the bank's zone may be
 * ahead of the clock we were given). An alert is read days, not years, after it arrived, so
 * "12月31日" pasted on 2 January is last year's. "03/11" is read day-first for UK/EU styles and
 * month-first for US ones; a part above 12 overrides the style. See docs/importers.md.
 */
import { formatCalendarDate } from "@/domain/statements/statement-date";

/** `month` is absent for a day-only date ("13日08时43分"): the paste date supplies month and year. */
export type AlertDateParts = { year?: number; month?: number; day: number; time?: string };
export type YearContext = { now: Date; defaultYear?: number };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const CN_FULL = /(?<!\d)(\d{4}|\d{2}(?=年))\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
// A day without its month, followed by a time: "01日19时09分", "10日09:27", "于13日08时43分".
const CN_DAY_ONLY = /(?<![\d月/-])(\d{1,2})日\s*(?=\d{1,2}\s*[时:：]\s*\d{2})/;
const CN_SHORT = /(\d{1,2})月(\d{1,2})日/;
const NAME_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/i;
const DAY_NAME = /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[\s-]+(\d{4}|\d{2}(?![\d:])))?/i;
// "/" and "-" only: "12.50" is an amount, never 12 May.
const NUMERIC = /(?<![\d.,$£€¥])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|\/|[.,]\d)/g;
const TIME = /(?<!\d)(\d{1,2})\s*(?:[:：]|时)\s*(\d{2})\s*分?(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?/;
const CN_MERIDIEM = /(上午|下午|晚上)\s*(\d{1,2})[:：时](\d{2})/;

function toYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function readTime(text: string): string | undefined {
  const cn = CN_MERIDIEM.exec(text);
  const match = cn ? null : TIME.exec(text);
  let hour = Number(cn ? cn[2] : match?.[1]);
  const minute = Number(cn ? cn[3] : match?.[2]);
  if (!cn && !match) return undefined;
  const meridiem = (cn?.[1] ?? match?.[3] ?? "").toLowerCase().replace(/\./g, "");
  if ((meridiem === "pm" || meridiem === "下午" || meridiem === "晚上") && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (!(hour <= 23 && minute <= 59)) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function findNumericDate(text: string): RegExpExecArray | null {
  for (const match of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    if (a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)) return match as RegExpExecArray;
  }
  return null;
}

/** The first date in the text; `dayFirst` is the style's reading of "03/11". Null when none. */
export function readAlertDate(text: string, dayFirst: boolean): AlertDateParts | null {
  let parts: AlertDateParts | null = null;
  let match: RegExpExecArray | null;
  let rest = text;
  if ((match = CN_FULL.exec(text))) parts = { year: toYear(match[1]), month: Number(match[2]), day: Number(match[3]) };
  else if ((match = CN_SHORT.exec(text))) parts = { month: Number(match[1]), day: Number(match[2]) };
  else if ((match = CN_DAY_ONLY.exec(text))) parts = { day: Number(match[1]) };
  else if ((match = NAME_DAY.exec(text))) parts = { year: toYear(match[3]), month: MONTHS.indexOf((match[1] ?? "").slice(0, 3).toLowerCase()) + 1, day: Number(match[2]) };
  else if ((match = DAY_NAME.exec(text))) parts = { year: toYear(match[3]), month: MONTHS.indexOf((match[2] ?? "").slice(0, 3).toLowerCase()) + 1, day: Number(match[1]) };
  else if ((match = findNumericDate(text))) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    const isDayFirst = a > 12 || (dayFirst && b <= 12);
    parts = { year: toYear(match[4]), month: isDayFirst ? b : a, day: isDayFirst ? a : b };
  }
  if (!parts || !match) return null;
  rest = text.slice(match.index + match[0].length);
  const time = readTime(rest.slice(0, 40)) ?? readTime(text.slice(0, match.index));
  return time ? { ...parts, time } : parts;
}

/** "YYYY-MM-DD" with the year settled, or null for an impossible date (31 February). */
export function resolveAlertDate(parts: AlertDateParts, context: YearContext): string | null {
  const limit = new Date(context.now.getTime() + 86_400_000);
  const limitYear = limit.getUTCFullYear();
  const limitKey = limit.toISOString().slice(0, 10);
  if (parts.month === undefined) {
    // Day only: this month of the paste date, else the months before it (never a date after the paste).
    for (let back = 0; back < 3; back += 1) {
      const month = new Date(Date.UTC(limitYear, limit.getUTCMonth() - back, 1));
      const date = formatCalendarDate(month.getUTCFullYear(), month.getUTCMonth() + 1, parts.day);
      if (date && date <= limitKey) return date;
    }
    return null;
  }
  if (parts.year !== undefined) return formatCalendarDate(parts.year, parts.month, parts.day);
  if (context.defaultYear !== undefined) return formatCalendarDate(context.defaultYear, parts.month, parts.day);
  for (const year of [limitYear, limitYear - 1, limitYear - 2, limitYear - 3, limitYear - 4]) {
    // 29 February only exists in leap years: step back to the last year that has it.
    const date = formatCalendarDate(year, parts.month, parts.day);
    if (date && date <= limitKey) return date;
  }
  return null;
}
