/**
 * One date and time style per language, through next-intl's formatter (issue 18): the named
 * formats below are the only ones pages use, and every date goes through them.
 *
 * - calendarDate — a day with no time ("3 December 2026", "2026年12月3日"): due dates, deadlines.
 * - wallClock — what a slip printed, its own local time ("14 Mar 2025, 18:05").
 * - instant — a moment SlipTrack recorded (a link made, a feed event): in UTC, said so.
 *
 * The English region follows the browser: Accept-Language "en-US" writes "December 3, 2026",
 * "en-GB" (and English without a region) "3 December 2026". Chinese is zh-CN. Days and wall
 * clocks are formatted in UTC from their digits, so no zone can move them.
 */
import { createFormatter, type DateTimeFormatOptions } from "next-intl";

export const DATE_FORMATS = {
  calendarDate: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  wallClock: { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
  instant: { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
} as const satisfies Record<string, DateTimeFormatOptions>;

/** English without a region reads the product's default order: day, month, year. */
const DEFAULT_ENGLISH = "en-GB";

/**
 * The locale dates are written in: the page's language, with the English region taken from the
 * browser's Accept-Language when it names one ("en-US", "en-AU", "en-IN"…).
 */
export function dateLocaleFor(locale: string, acceptLanguage: string | null | undefined): string {
  if (!locale.startsWith("en")) return locale;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim() ?? "";
    if (!/^en-[A-Za-z]{2}$/.test(tag)) continue;
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
    if (supported) return supported;
  }
  return DEFAULT_ENGLISH;
}

type Formatter = ReturnType<typeof createFormatter>;
const formatters = new Map<string, Formatter>();

function formatterFor(dateLocale: string): Formatter {
  // "en" alone is US order in Intl; the page language "en" means the product's default here.
  const tag = dateLocale === "en" ? DEFAULT_ENGLISH : dateLocale;
  let format = formatters.get(tag);
  if (!format) formatters.set(tag, (format = createFormatter({ locale: tag, timeZone: "UTC", formats: { dateTime: DATE_FORMATS } })));
  return format;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DD" as a written date; anything else is returned as it is. */
export function formatCalendarDate(date: string, dateLocale: string): string {
  const m = DAY.exec(date);
  if (!m) return date;
  return formatterFor(dateLocale).dateTime(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), "calendarDate");
}

/** "YYYY-MM-DDTHH:mm" as that same wall-clock time; anything else is returned as it is. */
export function formatWallClock(localDateTime: string, dateLocale: string): string {
  const m = WALL_CLOCK.exec(localDateTime);
  if (!m) return localDateTime;
  return formatterFor(dateLocale).dateTime(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))), "wallClock");
}

/** A recorded moment, in UTC and said so ("6 Dec 2026, 20:36 UTC"). */
export function formatInstant(date: Date, dateLocale: string): string {
  return `${formatterFor(dateLocale).dateTime(date, "instant")} UTC`;
}
