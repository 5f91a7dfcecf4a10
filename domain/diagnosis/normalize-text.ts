/**
 * Turns whatever the traveller typed or pasted from a terminal screen into one canonical form
 * the phrase and code finders can compare: lower case, full-width forms folded (NFKD), accents
 * dropped ("REFUSÉE"), traditional characters mapped to simplified for the words POS terminals
 * use (交易失敗 → 交易失败), control and invisible characters turned into spaces. Punctuation
 * stays, because "12:30" must not read as code 12. See docs/diagnosis.md.
 */

/** Terminal screens hold a few lines; longer input is a paste accident, and bounding it bounds the time. */
export const MAX_ANALYSED_CHARS = 4000;

const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  敗: "败", 碼: "码", 錯: "错", 誤: "误", 網: "网", 絡: "络", 讀: "读", 額: "额", 餘: "余", 請: "请",
  連: "连", 線: "线", 聯: "联", 機: "机", 無: "无", 應: "应", 時: "时", 過: "过", 發: "发", 銀: "银",
  絕: "绝", 終: "终", 統: "统", 號: "号", 數: "数", 試: "试", 證: "证", 訊: "讯", 務: "务", 斷: "断",
  響: "响", 凍: "冻", 結: "结", 幣: "币", 匯: "汇", 換: "换", 撥: "拨", 閃: "闪", 鎖: "锁",
  紀: "纪", 錄: "录", 擇: "择", 幾: "几", 離: "离", 轉: "转", 圖: "图", 滿: "满", 單: "单", 條: "条",
  該: "该", 沒: "没", 興: "兴", 寫: "写", 廳: "厅", 處: "处", 準: "准", 憑: "凭", 確: "确",
  // words of travellers' stories (read-story.ts)
  張: "张", 別: "别", 們: "们", 說: "说", 開: "开", 卻: "却", 後: "后", 來: "来", 這: "这", 個: "个",
  顯: "显", 壞: "坏", 錢: "钱", 現: "现", 國: "国", 夠: "够", 議: "议", 電: "电",
  計: "计", 車: "车", 場: "场", 區: "区", 裡: "里", 麼: "么", 樣: "样", 還: "还", 給: "给",
};

const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
/** Letters NFKD leaves alone but people type either way: Turkish dotless i, ß, đ, Greek final sigma, Arabic alef/ta marbuta/ya forms. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: "i", ß: "ss", đ: "d", ς: "σ", أ: "ا", إ: "ا", آ: "ا", ة: "ه", ى: "ي",
};
// C0/C1 controls, zero-width and bidi marks, BOM: invisible, so they must not split or join words.
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
/** En and em dashes, minus signs: "05 – Karte nicht zugelassen" separates like "05 - …". */
const DASHES = /[\u2010-\u2015\u2212]/g;
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

/** Never throws; the result has single spaces, no leading or trailing space. */
export function normalizeTerminalText(input: string): string {
  const bounded = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const folded = bounded
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(INVISIBLE_OR_CONTROL, " ")
    // "don't" and "dont" must tokenise alike.
    .replace(APOSTROPHES, "")
    .replace(DASHES, "-")
    .toLowerCase();
  let out = "";
  for (const char of folded) out += TRADITIONAL_TO_SIMPLIFIED[char] ?? LETTER_FOLDS[char] ?? char;
  // NFC again so Hangul syllables and voiced kana, split by NFKD, read (and display) as typed.
  return out.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Chinese has no spaces between words, and people add them anyway ("密码 错误"): compare without. */
export function compactText(normalized: string): string {
  return normalized.replace(/\s+/g, "");
}

export type Token = { text: string; start: number; end: number };

/** Latin letters and digits only: CJK is matched on the compact text instead. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(/[a-z0-9]+/g)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
