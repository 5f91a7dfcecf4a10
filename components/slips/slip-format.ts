/** Display helpers for slips: the printed wall-clock time as written in the reader's language. */

/**
 * "YYYY-MM-DDTHH:mm" shown as that same wall-clock time ("14 Mar 2025, 18:05"): formatted in
 * UTC from a UTC instant built from the digits, so no zone conversion can move it.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

export function formatWallClock(localDateTime: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime);
  if (!match) return localDateTime;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Building a DateTimeFormat costs far more than using one: a list page formats dozens.
  let format = wallClockFormats.get(locale);
  if (!format) wallClockFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })));
  return format.format(instant);
}
