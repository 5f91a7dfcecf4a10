/**
 * The domain's message params in the reader's language: every "YYYY-MM-DD" param (dueDate,
 * deadline, since) becomes a written date ("3 December 2026", "2026年12月3日"), formatted in UTC
 * from the digits so no zone can move the calendar day.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatCalendarDate(date: string, locale: string): string {
  const match = DATE.exec(date);
  if (!match) return date;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // "en" alone is US order ("December 3, 2026"); the product writes "3 December 2026".
  const tag = locale === "en" ? "en-GB" : locale;
  let format = formats.get(tag);
  if (!format) formats.set(tag, (format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

export function localizeParams(params: Record<string, string | number> | undefined, locale: string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === "string" && DATE.test(value) ? formatCalendarDate(value, locale) : value]));
}

/** 0..1 → whole percent. */
export const toPercent = (value: number) => Math.round(value * 100);
