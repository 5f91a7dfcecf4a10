/**
 * When a slip was printed: a local wall-clock time ("YYYY-MM-DDTHH:mm", as an
 * <input type="datetime-local"> sends it) plus the IANA zone it was printed in. We never convert
 * to UTC for storage — statements are matched by a window of days in local dates — but we do ask
 * the zone what time it is there now, to refuse slips from the future. Terminals' clocks are
 * often an hour fast (not switched back from summer time) and drift a few minutes, hence a
 * 90-minute margin. The clock is injected (`now`), so the check is pure and testable.
 * See docs/card-data.md.
 */
import { normalizeAmountText } from "../money/amount-text";
import { accept, refuse, requiredField, type FieldRule } from "./slip-field-kit";

export const FUTURE_MARGIN_MINUTES = 90;
export const EARLIEST_SLIP_YEAR = 2000;
/** The furthest any zone is ahead of UTC (Kiribati, UTC+14): the bound when the zone is unknown. */
const MAX_UTC_OFFSET_MINUTES = 14 * 60;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const TIME_ZONE_NAME = /^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+){1,2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const localDateTimeRule: FieldRule<string> = (text) => {
  const match = LOCAL_DATE_TIME.exec(normalizeAmountText(text).trim());
  if (!match) return refuse("errors.dateTimeFormat");
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? "0"));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) {
    return refuse("errors.dateTimeFormat");
  }
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
    hour <= 23 && minute <= 59 && (second ?? 0) <= 59;
  if (!valid) return refuse("errors.dateTimeInvalid");
  if (year < EARLIEST_SLIP_YEAR) return refuse("errors.dateTimeTooOld");
  // Seconds are dropped: matching works in days, and the form round-trips minutes.
  return accept(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`);
};

/** The zone as Intl spells it when only the case differed ("asia/tokyo" → "Asia/Tokyo"); null when unknown. */
export function resolveTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!TIME_ZONE_NAME.test(trimmed)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : trimmed;
  } catch {
    return null;
  }
}

const timeZoneRule: FieldRule<string> = (text) => {
  const zone = resolveTimeZone(text);
  return zone ? accept(zone) : refuse("errors.timeZoneUnknown");
};

export const localDateTimeSchema = requiredField(localDateTimeRule);
export const timeZoneSchema = requiredField(timeZoneRule);

/** Minutes since 1970 of a wall-clock reading, counted as if it were UTC: only for comparing wall clocks. */
function toWallMinutes(localDateTime: string): number {
  const [date = "", time = ""] = localDateTime.split("T");
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return Date.UTC(year, month - 1, day, hour, minute) / 60_000;
}

/** What a wall clock in `timeZone` showed at `now`, as "YYYY-MM-DDTHH:mm". */
export function readWallClock(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/**
 * True when the slip's local time is later than "now" in its zone plus the margin. With no valid
 * zone the furthest-ahead zone on Earth is assumed, so nothing plausible is refused.
 */
export function isLocalDateTimeInFuture(localDateTime: string, timeZone: string | null, now: Date): boolean {
  const nowMinutes = timeZone
    ? toWallMinutes(readWallClock(now, timeZone))
    : Math.floor(now.getTime() / 60_000) + MAX_UTC_OFFSET_MINUTES;
  return toWallMinutes(localDateTime) > nowMinutes + FUTURE_MARGIN_MINUTES;
}
