/**
 * The domain's message params in the reader's language: every "YYYY-MM-DD" param (dueDate,
 * deadline, since) becomes a written date ("3 December 2026", "2026年12月3日") through the one
 * calendarDate format (i18n/date-format.ts); `dateLocale` comes from getDateLocale.
 */
import { formatCalendarDate } from "@/i18n/date-format";

export { formatCalendarDate };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function localizeParams(params: Record<string, string | number> | undefined, dateLocale: string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === "string" && DATE.test(value) ? formatCalendarDate(value, dateLocale) : value]));
}

/** 0..1 → whole percent. */
export const toPercent = (value: number) => Math.round(value * 100);
