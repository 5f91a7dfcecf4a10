/**
 * The slip's local date and time, in the slip's own order. Numeric dates are read as Y/M/D when
 * the year comes first (4 digits), else by what is possible (a part above 12 cannot be a month)
 * and then by the slip's convention: MM/DD in the US, YY/MM/DD in Korea, Japan, China and
 * Taiwan (and Canada's bilingual terminals), DD/MM elsewhere. Month names (14 MAR 25, MAR 14, 25)
 * are read too. A reading after `now` or before 2000 is impossible and dropped.
 * The time is the nearest "HH:MM[:SS] [AM|PM]" on the same line or the next.
 */
import type { SlipLine } from "./normalize-line";

export type DateOrder = "DMY" | "MDY" | "YMD";
export type DateReading = { value: string; confidence: number; line: number; reason: string };

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const MONTH_ALT: Record<string, number> = { MAI: 5, MAG: 5, MAYO: 5, OKT: 10, DEZ: 12, DIC: 12, GEN: 1, AGO: 8, AOU: 8, AVR: 4, ABR: 4, ENE: 1, FEV: 2, GIU: 6, LUG: 7, SET: 9, OTT: 10 };

function monthOf(word: string): number | null {
  const key = word.slice(0, 3);
  const index = MONTHS.indexOf(key);
  if (index >= 0) return index + 1;
  return MONTH_ALT[word] ?? MONTH_ALT[key] ?? null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Ymd = { year: number; month: number; day: number };

function valid(d: Ymd, now: Date): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.year, d.month)) return false;
  if (d.year < 2000) return false;
  return Date.UTC(d.year, d.month - 1, d.day) <= now.getTime() + 2 * 86_400_000;
}

const year4 = (y: number) => (y < 100 ? 2000 + y : y);

function readNumeric(a: string, b: string, c: string, preferred: DateOrder, now: Date): { date: Ymd; order: DateOrder; sure: boolean } | null {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) {
    const d = { year: x, month: y, day: z };
    return valid(d, now) ? { date: d, order: "YMD", sure: true } : null;
  }
  const options: Array<{ order: DateOrder; date: Ymd }> = [
    { order: "DMY", date: { year: year4(z), month: y, day: x } },
    { order: "MDY", date: { year: year4(z), month: x, day: y } },
  ];
  if (c.length === 2) options.push({ order: "YMD", date: { year: year4(x), month: y, day: z } });
  const possible = options.filter((o) => valid(o.date, now));
  if (possible.length === 0) return null;
  const chosen = possible.find((o) => o.order === preferred) ?? possible[0];
  if (!chosen) return null;
  // Several readings but only one plausible in the last five years: that one.
  const recent = possible.filter((o) => now.getTime() - Date.UTC(o.date.year, o.date.month - 1, o.date.day) < 5 * 365 * 86_400_000);
  const pickRecent = recent.length === 1 ? recent[0] : recent.find((o) => o.order === preferred) ?? chosen;
  return { date: (pickRecent ?? chosen).date, order: (pickRecent ?? chosen).order, sure: possible.length === 1 };
}

const NUMERIC_DATE = /(?<![\d.])(\d{4}|\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4}|\d{2})(?![\d])/;
const NAMED_DMY = /(?<!\d)(\d{1,2})[\s.-]*([A-Z]{3,4})[A-Z]*[\s.,-]*(\d{4}|\d{2})(?!\d)/;
const NAMED_MDY = /\b([A-Z]{3,4})[A-Z]*[\s.]+(\d{1,2}),?\s+(\d{4}|\d{2})(?!\d)/;
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const TIME = /(?<![\d:])([01]?\d|2[0-3])\s?[:：.]\s?([0-5]\d)(?:\s?[:：.]\s?([0-5]\d))?(?!\d)(?:\s?(AM|PM|A\.M\.|P\.M\.))?/;

function findDateOnLine(text: string, preferred: DateOrder, now: Date): { date: Ymd; sure: boolean; end: number; start: number } | null {
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    const d = { year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]) };
    if (valid(d, now)) return { date: d, sure: true, start: cjk.index, end: cjk.index + cjk[0].length };
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const read = readNumeric(numeric[1] ?? "", numeric[2] ?? "", numeric[3] ?? "", preferred, now);
    if (read) return { date: read.date, sure: read.sure, start: numeric.index, end: numeric.index + numeric[0].length };
  }
  const mdy = NAMED_MDY.exec(text);
  if (mdy) {
    const month = monthOf(mdy[1] ?? "");
    const d = month ? { year: year4(Number(mdy[3])), month, day: Number(mdy[2]) } : null;
    if (d && valid(d, now)) return { date: d, sure: true, start: mdy.index, end: mdy.index + mdy[0].length };
  }
  const dmy = NAMED_DMY.exec(text);
  if (dmy) {
    const month = monthOf(dmy[2] ?? "");
    const d = month ? { year: year4(Number(dmy[3])), month, day: Number(dmy[1]) } : null;
    if (d && valid(d, now)) return { date: d, sure: true, start: dmy.index, end: dmy.index + dmy[0].length };
  }
  return null;
}

function findTime(text: string): { hour: number; minute: number } | null {
  const match = TIME.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[4]?.replace(/\./g, "");
  if (half === "PM" && hour < 12) hour += 12;
  if (half === "AM" && hour === 12) hour = 0;
  return { hour, minute };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function findDateTime(lines: readonly SlipLine[], preferred: DateOrder, now: Date): DateReading | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const found = findDateOnLine(line.text, preferred, now);
    if (!found) continue;
    // The time: after the date on the same line, else the same line anywhere, else the next line.
    const after = line.text.slice(found.end);
    const time = findTime(after) ?? findTime(line.text.slice(0, found.start)) ?? (lines[i + 1] ? findTime((lines[i + 1] as SlipLine).text) : null);
    if (!time) continue;
    const d = found.date;
    const value = `${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(time.hour)}:${pad(time.minute)}`;
    const confidence = line.confidence * (found.sure ? 1 : 0.8);
    return { value, confidence, line: i, reason: found.sure ? "date and time" : `date order ${preferred} (ambiguous)` };
  }
  return null;
}
