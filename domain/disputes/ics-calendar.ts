/**
 * An RFC 5545 calendar of all-day reminders, written by hand because it is a few lines: CRLF line
 * ends (§3.1), lines folded at 75 octets without splitting a UTF-8 character (a fold is CRLF plus
 * one space), TEXT values escaped (§3.3.11: backslash, semicolon, comma, newline), dates as
 * VALUE=DATE (a calendar day, never an instant, so no zone can move it) and DTEND the next day
 * (§3.6.1: exclusive). Each event carries a display alarm at 09:00 of its day. DTSTAMP is the
 * `now` passed in. UIDs are stable, so re-importing the file updates events instead of
 * duplicating them. See docs/disputes.md ("Reminders").
 */
import { addDays } from "@/domain/matching/calendar-days";

export type CalendarEvent = { uid: string; date: string; summary: string; description: string };

const encoder = new TextEncoder();

export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into chunks of at most 75 octets (74 after the leading space of a continuation). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (date: string) => date.replace(/-/g, "");

/** "2026-03-20T10:04:05.123Z" → "20260320T100405Z". */
function compactStamp(instant: string): string {
  return instant.replace(/[-:]/g, "").replace(/\.\d+/, "").replace(/^(\d{8}T\d{6}).*$/, "$1Z");
}

export function buildIcsCalendar({ events, calendarName, now }: { events: readonly CalendarEvent[]; calendarName: string; now: string }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlipTrack//Dispute reminders//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeIcsText(calendarName)}`];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${compactStamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeIcsText(event.summary)}`,
      "TRIGGER:PT9H",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}
