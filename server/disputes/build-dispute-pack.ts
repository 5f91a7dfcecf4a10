/**
 * `buildDisputePack(input) → PDF bytes`: the evidence pack a traveller sends with a dispute —
 * the letter(s), the slip's facts, the slip's photo, the issuer records that prove each charge
 * (with the alert text of pasted SMS), and the payment's timeline drawn as a picture — in the
 * traveller's language, Chinese embedded as a subset of Noto Sans SC (pack-fonts.ts). The photo
 * is re-encoded by sharp to at most 1600 px and JPEG quality 80, which keeps a pack with one phone
 * photo well under 2 MB (docs/disputes.md "Evidence pack" has the measured sizes). Every string
 * is redacted of card numbers before it is drawn. See docs/disputes.md.
 */
import "server-only";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { formatCountry, formatLetterDate, formatLetterMoney, readLast4, type LetterLanguage, type Translate } from "@/domain/disputes";
import { readSlipLocalDate } from "@/domain/matching/calendar-days";
import type { DisputePackInput, PackRecord } from "./pack-input";
import { fontkitForPdfLib, openFont, readPackFonts } from "./pack-fonts";
import { MUTED, PAGE, PageWriter, type PackFont } from "./pack-text";
import { drawTimeline } from "./pack-timeline";

export const PACK_PHOTO = { maxEdge: 1600, quality: 80 } as const;
/** The title's size and line gap: the rendering test redraws the title at exactly this place. */
export const PACK_TITLE_SIZE = 20;
export const PACK_TITLE_LINE_GAP = 1.2;

export function packTranslator(lang: LetterLanguage): Translate {
  const t = createTranslator({ locale: lang, messages: lang === "zh-CN" ? zhCN : en, namespace: "disputes" });
  return (key, params) => (t as unknown as (k: string, p?: object) => string)(key, params);
}

type Fonts = { regular: PackFont; bold: PackFont };

function heading(w: PageWriter, fonts: Fonts, text: string): void {
  w.ensure(60);
  w.gap(14);
  w.text(text, fonts.bold, 13);
  w.page.drawLine({ start: { x: PAGE.margin, y: w.y - 3 }, end: { x: PAGE.width - PAGE.margin, y: w.y - 3 }, thickness: 0.5, color: MUTED });
  w.gap(8);
}

function drawLetters(w: PageWriter, fonts: Fonts, input: DisputePackInput, t: Translate): void {
  input.letters.forEach((letter, i) => {
    if (i > 0) w.addPage();
    heading(w, fonts, t(letter.lang === input.lang ? "pack.letter" : "pack.letterEnglish"));
    w.text(letter.subject, fonts.bold, 10.5);
    for (const paragraph of letter.paragraphs) {
      w.gap(6);
      w.text(paragraph.text, fonts.regular, 10);
    }
  });
}

function slipRows(input: DisputePackInput, t: Translate): [string, string][] {
  const { slip, lang } = input;
  const last4 = readLast4(slip.cardLast4);
  const date = `${formatLetterDate(readSlipLocalDate(slip.localDateTime), lang)} ${slip.localDateTime.slice(11, 16)}${slip.timeZone ? ` (${slip.timeZone})` : ""}`.trim();
  const rows: [string, string | null | undefined][] = [
    ["merchant", slip.merchantName], ["place", [slip.city, formatCountry(slip.country, lang) ?? slip.country].filter(Boolean).join(", ")], ["dateTime", date],
    ["amount", formatLetterMoney(slip.amountMinor, slip.currency, lang)], ["card", last4 ? t("pack.field.cardValue", { last4 }) : null],
    ["entryMode", slip.entryMode ? t("pack.entry", { mode: slip.entryMode }) : null], ["offlineWording", slip.offlineWording], ["responseCode", slip.responseCode], ["approvalCode", slip.approvalCode],
    ["rrn", slip.rrn], ["tid", slip.tid], ["mid", slip.mid], ["trace", slip.trace], ["batch", slip.batch], ["aid", slip.aid], ["applicationLabel", slip.applicationLabel],
    ["dcc", slip.dccHomeAmountMinor && slip.dccHomeCurrency ? t("pack.field.dccValue", { amount: formatLetterMoney(slip.dccHomeAmountMinor, slip.dccHomeCurrency, lang), rate: slip.dccRate ?? "—" }) : null],
    ["paidInstead", slip.paidInsteadMethod ? t("pack.field.paidInsteadValue", {
      method: slip.paidInsteadMethod, hasAmount: slip.paidInsteadAmountMinor && slip.paidInsteadCurrency ? "yes" : "no",
      amount: slip.paidInsteadAmountMinor && slip.paidInsteadCurrency ? formatLetterMoney(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency, lang) : "",
    }) : null],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === "string" && r[1].trim() !== "").map(([field, value]) => [t(`pack.field.${field}`), value]);
}

function drawTable(w: PageWriter, fonts: Fonts, rows: [string, string][]): void {
  for (const [label, value] of rows) {
    w.ensure(28);
    const top = w.y;
    w.text(label, fonts.bold, 9, { width: 130, color: MUTED });
    const afterLabel = w.y;
    w.y = top;
    w.text(value, fonts.regular, 9.5, { x: PAGE.margin + 140 });
    w.y = Math.min(w.y, afterLabel);
  }
}

async function drawPhoto(w: PageWriter, doc: PDFDocument, fonts: Fonts, photo: Uint8Array, t: Translate): Promise<void> {
  const jpeg = await sharp(photo).rotate().resize({ width: PACK_PHOTO.maxEdge, height: PACK_PHOTO.maxEdge, fit: "inside", withoutEnlargement: true }).jpeg({ quality: PACK_PHOTO.quality, mozjpeg: true }).toBuffer();
  const image = await doc.embedJpg(jpeg);
  w.addPage();
  heading(w, fonts, t("pack.photo"));
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const maxHeight = w.y - PAGE.margin - 20;
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  w.page.drawImage(image, { x: PAGE.margin, y: w.y - height, width, height });
  w.y -= height;
}

function drawRecords(w: PageWriter, fonts: Fonts, records: PackRecord[], lang: LetterLanguage, t: Translate): void {
  heading(w, fonts, t("pack.records"));
  if (records.length === 0) {
    w.text(t("pack.noRecords"), fonts.regular, 9.5, { color: MUTED });
    return;
  }
  const columns = [{ key: "date", x: 0, width: 90 }, { key: "kind", x: 92, width: 60 }, { key: "amount", x: 154, width: 100 }, { key: "merchant", x: 256, width: 150 }, { key: "source", x: 408, width: 87 }];
  const row = (cells: string[], font: PackFont, size: number) => {
    w.ensure(24);
    const top = w.y;
    let bottom = top;
    cells.forEach((cell, i) => {
      w.y = top;
      w.text(cell, font, size, { x: PAGE.margin + columns[i]!.x, width: columns[i]!.width });
      bottom = Math.min(bottom, w.y);
    });
    w.y = bottom;
  };
  row(columns.map((c) => t(`pack.column.${c.key}`)), fonts.bold, 8.5);
  for (const record of records) {
    const posted = record.postingDate && record.postingDate !== record.transactionDate ? ` → ${formatLetterDate(record.postingDate, lang)}` : "";
    const original = record.originalAmountMinor !== undefined && record.originalCurrency && record.originalCurrency !== record.billedCurrency
      ? `\n${formatLetterMoney(record.originalAmountMinor, record.originalCurrency, lang)}` : "";
    const reference = record.references.authCode ?? record.references.rrn ?? record.references.arn;
    row([
      `${formatLetterDate(record.transactionDate, lang)}${posted}`, t(`pack.kind.${record.kind}`),
      `${record.billedAmountMinor < 0 ? "−" : ""}${formatLetterMoney(record.billedAmountMinor, record.billedCurrency, lang)}${original}`,
      `${record.merchant}${reference ? `\n${reference}` : ""}`, t(`pack.source.${record.source}`),
    ], fonts.regular, 8.5);
    if (record.alertText?.trim()) {
      w.text(`${t("pack.alertText")}: ${record.alertText.trim()}`, fonts.regular, 8, { x: PAGE.margin + 12, color: MUTED });
    }
    w.gap(4);
  }
}

function drawFooters(w: PageWriter, fonts: Fonts, t: Translate, generated: string): void {
  w.pages.forEach((page, i) => {
    const text = `${generated}   ${t("pack.page", { page: i + 1, pages: w.pages.length })}`;
    page.drawText(text, { x: PAGE.margin, y: PAGE.margin - 24, size: 7.5, font: fonts.regular.pdf, color: MUTED });
  });
}

export async function buildDisputePack(input: DisputePackInput): Promise<Uint8Array> {
  const t = packTranslator(input.lang);
  const files = readPackFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const fonts: Fonts = {
    regular: { pdf: await doc.embedFont(files.regular, { subset: true }), glyphs: openFont(files.regular) },
    bold: { pdf: await doc.embedFont(files.bold, { subset: true }), glyphs: openFont(files.bold) },
  };
  const { slip, lang } = input;
  const subtitle = t("pack.subtitle", { merchant: slip.merchantName, date: formatLetterDate(readSlipLocalDate(slip.localDateTime), lang), amount: formatLetterMoney(slip.amountMinor, slip.currency, lang) });
  doc.setTitle(`${t("pack.title")} – ${subtitle}`, { showInWindowTitleBar: true });
  doc.setLanguage(lang);
  doc.setProducer("SlipTrack");
  // Both dates from `today`: the same input gives the same file.
  doc.setCreationDate(new Date(`${input.today}T00:00:00Z`));
  doc.setModificationDate(new Date(`${input.today}T00:00:00Z`));

  const w = new PageWriter(doc);
  w.text(t("pack.title"), fonts.bold, PACK_TITLE_SIZE, { lineGap: PACK_TITLE_LINE_GAP });
  w.text(subtitle, fonts.regular, 11, { color: MUTED });
  drawLetters(w, fonts, input, t);
  w.addPage();
  heading(w, fonts, t("pack.slip"));
  drawTable(w, fonts, slipRows(input, t));
  heading(w, fonts, t("pack.timeline"));
  drawTimeline(w, { timeline: input.timeline, slipDateTime: slip.localDateTime, records: input.records, font: fonts.regular, lang, t });
  drawRecords(w, fonts, input.records, lang, t);
  if (input.photo?.bytes.length) await drawPhoto(w, doc, fonts, input.photo.bytes, t);
  drawFooters(w, fonts, t, t("pack.generated", { date: formatLetterDate(input.today, lang) }));
  return doc.save({ useObjectStreams: true });
}

