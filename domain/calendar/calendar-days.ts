/**
 * Calendar-day arithmetic, written once for the whole domain. A slip's day is the local calendar
 * date of its wall-clock time; a statement's date is the calendar date the issuer printed. Both
 * are plain dates and are compared as day numbers: the Date.UTC calls below only count days in
 * the proleptic Gregorian calendar — they never convert an instant, so no time zone can move a
 * date. What must stay true: nothing here reads the clock, and nothing turns a local date into
 * an instant. See docs/matching.md.
 */

/** Days since 1970-01-01 for "YYYY-MM-DD" (or the date part of "YYYY-MM-DDTHH:mm"). */
export function toDayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** "YYYY-MM-DD" for a day number. */
export function formatDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDayNumber(toDayNumber(date) + days);
}

/** `later` − `earlier` in calendar days. */
export function countDaysBetween(earlier: string, later: string): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** The local calendar date of a slip: the first ten characters of its wall clock, never via UTC. */
export function readSlipLocalDate(localDateTime: string): string {
  return localDateTime.slice(0, 10);
}

/** Minutes of a wall clock counted as if it were UTC: only for comparing two wall clocks. */
export function toWallMinutes(date: string, time?: string): number {
  const hours = time ? Number(time.slice(0, 2)) : 12;
  const minutes = time ? Number(time.slice(3, 5)) : 0;
  return toDayNumber(date) * 1440 + hours * 60 + minutes;
}

/** Days in a month (month 1–12) of the proleptic Gregorian calendar: 29 for February 2028. */
export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real "YYYY-MM-DD" date (2026-02-30 is not one). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= countDaysInMonth(Number(match[1]), month);
}
