/**
 * The timeline as a picture: the five stages of the payment path (PRODUCT.md §1) as stations on
 * a track — filled when proven, hollow when expected, grey and dashed when unknown, crossed out
 * when skipped — each named in words below, and beneath it a dated axis with the slip and every
 * issuer record as a tick, so the order of events is visible at a glance. Vector drawing only.
 */
import "server-only";
import { rgb } from "pdf-lib";
import type { Timeline } from "@/domain/status";
import { countDaysBetween, readSlipLocalDate } from "@/domain/matching/calendar-days";
import { formatLetterDate, formatLetterMoney, type LetterLanguage, type Translate } from "@/domain/disputes";
import type { PackRecord } from "./pack-input";
import { INK, MUTED, PAGE, type PackFont, type PageWriter, prepareText, wrapText } from "./pack-text";

const GREEN = rgb(0.1, 0.5, 0.3);
const GREY = rgb(0.65, 0.65, 0.68);
const RED = rgb(0.7, 0.15, 0.15);

export const TIMELINE_HEIGHT = 230;

export function drawTimeline(w: PageWriter, args: { timeline: Timeline; slipDateTime: string; records: PackRecord[]; font: PackFont; lang: LetterLanguage; t: Translate }): void {
  const { timeline, font, t, lang } = args;
  w.ensure(TIMELINE_HEIGHT);
  const page = w.page;
  const left = PAGE.margin + 20;
  const right = PAGE.width - PAGE.margin - 20;
  const trackY = w.y - 30;
  const step = (right - left) / (timeline.stages.length - 1);
  page.drawLine({ start: { x: left, y: trackY }, end: { x: right, y: trackY }, thickness: 2, color: GREY });
  timeline.stages.forEach((stage, i) => {
    const x = left + i * step;
    const color = stage.state === "proven" ? GREEN : stage.state === "skipped" ? RED : GREY;
    if (stage.state === "proven") page.drawCircle({ x, y: trackY, size: 8, color });
    else page.drawCircle({ x, y: trackY, size: 8, borderColor: color, borderWidth: 2, color: rgb(1, 1, 1), ...(stage.state === "unknown" ? { borderDashArray: [2, 2] } : {}) });
    if (stage.state === "skipped") {
      page.drawLine({ start: { x: x - 6, y: trackY - 6 }, end: { x: x + 6, y: trackY + 6 }, thickness: 1.5, color });
      page.drawLine({ start: { x: x - 6, y: trackY + 6 }, end: { x: x + 6, y: trackY - 6 }, thickness: 1.5, color });
    }
    const label = [t(`pack.stage.${stage.stage}`), t(`pack.state.${stage.state}`)];
    label.forEach((text, line) => {
      for (const [j, part] of wrapText(prepareText(text, font), font.pdf, 7.5, step - 6).entries()) {
        const width = font.pdf.widthOfTextAtSize(part, 7.5);
        page.drawText(part, { x: x - width / 2, y: trackY - 22 - (line * 2 + j) * 10, size: 7.5, font: font.pdf, color: line === 0 ? INK : MUTED });
      }
    });
  });
  drawDateAxis(w, { ...args, axisY: trackY - 110, left, right, lang });
  w.y -= TIMELINE_HEIGHT;
}

function drawDateAxis(w: PageWriter, args: { slipDateTime: string; records: PackRecord[]; font: PackFont; lang: LetterLanguage; t: Translate; axisY: number; left: number; right: number }): void {
  const { records, font, lang, t, axisY, left, right } = args;
  const slipDate = readSlipLocalDate(args.slipDateTime);
  const events = [
    { date: slipDate, label: t("pack.slipEvent"), color: INK },
    ...records.map((r) => ({
      date: r.postingDate ?? r.transactionDate,
      label: `${t(`pack.kind.${r.kind}`)} ${formatLetterMoney(r.billedAmountMinor, r.billedCurrency, lang)}`,
      color: r.billedAmountMinor < 0 ? GREEN : r.kind === "authorisation" ? GREY : RED,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = events[0]!.date;
  const span = Math.max(1, countDaysBetween(first, events.at(-1)!.date));
  const page = w.page;
  page.drawLine({ start: { x: left, y: axisY }, end: { x: right, y: axisY }, thickness: 1, color: MUTED });
  events.forEach((event, i) => {
    const x = left + ((right - left) * countDaysBetween(first, event.date)) / span;
    page.drawLine({ start: { x, y: axisY - 4 }, end: { x, y: axisY + 4 }, thickness: 1.5, color: event.color });
    // Alternate labels above and below so events a day apart stay readable.
    const above = i % 2 === 0;
    const lines = [formatLetterDate(event.date, lang), event.label].map((s) => prepareText(s, font));
    lines.forEach((text, j) => {
      const width = font.pdf.widthOfTextAtSize(text, 7);
      const clampedX = Math.min(Math.max(x - width / 2, PAGE.margin), PAGE.width - PAGE.margin - width);
      const y = above ? axisY + 10 + (1 - j) * 9 : axisY - 16 - j * 9;
      page.drawText(text, { x: clampedX, y, size: 7, font: font.pdf, color: j === 0 ? MUTED : event.color });
    });
  });
}
