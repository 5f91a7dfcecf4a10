import { beforeAll, describe, expect, it } from "vitest";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, rgb } from "pdf-lib";
import sharp from "sharp";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { buildDisputePack, PACK_TITLE_LINE_GAP, PACK_TITLE_SIZE, packTranslator } from "./build-dispute-pack";
import { packInput, SMS_TEXT } from "./pack-fixtures";
import { fontkitForPdfLib, openFont, readPackFonts } from "./pack-fonts";
import { PAGE } from "./pack-text";
import { compareInk, extractText, hasPoppler, inkOf, renderGray } from "./pdf-render";

const TWO_MB = 2 * 1024 * 1024;
const poppler = hasPoppler();
if (!poppler) console.warn("pdftoppm/pdftotext not found: the rendering and text checks of the dispute pack are skipped. Install them with `apt-get install -y poppler-utils`.");

/** Every embedded font: its name and the size of its font file (a subset is small). */
function listEmbeddedFonts(doc: PDFDocument): { name: string; bytes: number }[] {
  const fonts: { name: string; bytes: number }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const file = object.get(PDFName.of("FontFile2")) ?? object.get(PDFName.of("FontFile3"));
    const stream = file instanceof PDFRef ? doc.context.lookup(file) : null;
    fonts.push({ name: String(object.get(PDFName.of("FontName"))), bytes: stream instanceof PDFRawStream ? stream.getContentsSize() : 0 });
  }
  return fonts;
}

/** A photo as heavy as they come: full-range noise, 4000×3000, JPEG quality 95 (≈ 10 MB). */
function worstPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const noise = Buffer.alloc(width * height * 3);
  let seed = 11;
  for (let i = 0; i < noise.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = seed >> 23;
  }
  return sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

describe("buildDisputePack", () => {
  let pack: Uint8Array;
  let doc: PDFDocument;

  beforeAll(async () => {
    pack = await buildDisputePack(await packInput());
    doc = await PDFDocument.load(pack);
  }, 60_000);

  it("opens as a PDF with the letters, the slip, the records and timeline, and the photo on its own page", async () => {
    expect(doc.getPageCount()).toBe(4);
    expect(doc.getTitle()).toContain("争议证据材料");
    const images = [...doc.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of("Subtype")) === PDFName.of("Image"));
    expect(images).toHaveLength(1);
  });

  it("embeds Noto Sans SC Regular and Bold as subsets, not the 10 MB files", () => {
    const fonts = listEmbeddedFonts(doc);
    expect(fonts.map((f) => f.name.replace(/-\d+$/, "")).sort()).toEqual(["/NotoSansSC-Bold", "/NotoSansSC-Regular"]);
    for (const font of fonts) expect(font.bytes).toBeGreaterThan(1000);
    for (const font of fonts) expect(font.bytes).toBeLessThan(400_000);
  });

  it("stays under 2 MB with one photo, even a 10 MB one", async () => {
    expect(pack.byteLength).toBeLessThan(TWO_MB);
    const heavy = await worstPhoto();
    expect(heavy.byteLength).toBeGreaterThan(5_000_000);
    const withHeavy = await buildDisputePack(await packInput({ photo: { bytes: heavy } }));
    console.info(`pack sizes: ${pack.byteLength} bytes with a phone photo, ${withHeavy.byteLength} with a ${heavy.byteLength}-byte noise photo`);
    expect(withHeavy.byteLength).toBeLessThan(TWO_MB);
  }, 60_000);

  it.skipIf(!poppler)("holds the letters' text, the SMS, the statement lines and the slip's facts", () => {
    const text = extractText(pack).replace(/[\u00a0\u202f]/g, " ");
    for (const expected of ["争议证据材料", "银行卡争议：Visa 12.6.1：重复扣款", "尾号 4242", "I ask you to raise a chargeback under Visa 12.6.1", "SIAM CRAFT HOUSE BANGKOK TH", "482913", "606312345678", "付款进度", "已证实", "李伟"]) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, "")).toContain(SMS_TEXT.replace(/\s+/g, ""));
  });

  it.skipIf(!poppler)("never holds a full card number, even when the inputs carry one", async () => {
    const input = await packInput({ photo: null });
    const pan = "4111 1111 1111 1111";
    input.slip = { ...input.slip, cardLast4: "4111111111111111", merchantName: `SIAM CRAFT HOUSE ${pan}`, rrn: pan };
    input.records = input.records.map((r) => ({ ...r, merchant: `${r.merchant} ${pan}`, alertText: r.alertText ? `${r.alertText} 卡号${pan}` : r.alertText }));
    input.letters = input.letters.map((l) => ({ ...l, paragraphs: [...l.paragraphs, { text: `card ${pan}` }] }));
    const text = extractText(await buildDisputePack(input));
    expect(containsCardNumber(text)).toBe(false);
    expect(text).toContain("•••• 1111");
  }, 60_000);

  it.skipIf(!poppler)("draws the Chinese title as glyphs, not boxes: its rendering matches the font's own outlines", async () => {
    const { bold } = readPackFonts();
    const font = openFont(bold);
    const title = packTranslator("zh-CN")("pack.title");
    const leading = PACK_TITLE_SIZE * PACK_TITLE_LINE_GAP;
    const baseline = PAGE.height - PAGE.margin - leading + (leading - PACK_TITLE_SIZE) / 2;
    const scale = PACK_TITLE_SIZE / font.unitsPerEm;

    /** The title drawn as vector outlines straight from the font file — no font embedding involved. */
    async function outlines(glyphIdOf: (char: string) => number): Promise<Uint8Array> {
      const reference = await PDFDocument.create();
      reference.registerFontkit(fontkitForPdfLib as never);
      const page = reference.addPage([PAGE.width, PAGE.height]);
      let x = PAGE.margin;
      for (const char of title) {
        const glyph = font.getGlyph(glyphIdOf(char));
        page.drawSvgPath(glyph.path.scale(1, -1).toSVG(), { x, y: baseline, scale, color: rgb(0.1, 0.1, 0.12) });
        x += font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth * scale;
      }
      return reference.save();
    }

    const box = { x: PAGE.margin - 2, top: PAGE.height - baseline - PACK_TITLE_SIZE, width: PACK_TITLE_SIZE * title.length + 6, height: PACK_TITLE_SIZE * 1.3 };
    const rendered = renderGray(pack, 1, 150, box);
    const glyphs = renderGray(await outlines((c) => font.glyphForCodePoint(c.codePointAt(0)!).id), 1, 150, box);
    const boxes = renderGray(await outlines(() => 0), 1, 150, box);
    expect(inkOf(rendered).size).toBeGreaterThan(500);
    expect(inkOf(boxes).size).toBeGreaterThan(100);
    const matchGlyphs = compareInk(rendered, glyphs);
    const matchBoxes = compareInk(rendered, boxes);
    console.info(`Chinese title: ink agreement ${matchGlyphs.toFixed(3)} with the font's glyph outlines, ${matchBoxes.toFixed(3)} with .notdef boxes`);
    expect(matchGlyphs).toBeGreaterThan(0.9);
    expect(matchBoxes).toBeLessThan(0.6);
  }, 60_000);

  it("builds an English pack with an English-only letter", async () => {
    const input = await packInput({ photo: null });
    const english = await buildDisputePack({ ...input, lang: "en", letters: input.letters.filter((l) => l.lang === "en") });
    const loaded = await PDFDocument.load(english);
    expect(loaded.getPageCount()).toBe(2);
    expect(loaded.getTitle()).toContain("Dispute evidence pack");
    if (poppler) expect(extractText(english)).toContain("Statement lines and alerts");
  }, 60_000);
});
