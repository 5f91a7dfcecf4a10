/**
 * A small, hand-kept table of big chains whose name a traveller may type in one script while the
 * statement prints another ("セブン-イレブン" / "SEVEN-ELEVEN", "星巴克" / "STARBUCKS"). Matching
 * cannot transliterate Japanese, Chinese or Korean in general, so this table is the only bridge
 * between scripts: a chain missing here compares as "different script" (known limit, see
 * docs/matching.md). Keep entries to chains travellers really meet; names are compared after
 * `foldAliasText` (NFKC, upper case, letters and digits only), so punctuation and spacing in this
 * file do not matter. A Latin name only counts on word boundaries, so "CU" is not found in
 * "CUSTOM" nor "SHELL" in "SHELLFISH".
 */
import { foldDigraphs } from "./merchant-words";
import { appendTo, compareIds } from "./multimap";

type AliasEntry = readonly [key: string, ...names: string[]];

const ALIAS_ENTRIES: readonly AliasEntry[] = [
  ["7-Eleven", "7-ELEVEN", "SEVEN-ELEVEN", "SEVEN ELEVEN", "7 ELEVEN", "7-11", "セブンイレブン", "セブン-イレブン", "7-11便利店", "柒拾壹", "세븐일레븐"],
  ["FamilyMart", "FAMILYMART", "FAMILY MART", "FAMIMA", "ファミリーマート", "ファミマ", "全家便利店", "全家", "全家便利商店"],
  ["Lawson", "LAWSON", "ローソン", "罗森", "羅森"],
  ["Starbucks", "STARBUCKS", "SBUX", "スターバックス", "星巴克", "스타벅스"],
  ["McDonald's", "MCDONALDS", "MC DONALDS", "マクドナルド", "麦当劳", "麥當勞", "맥도날드"],
  ["KFC", "KFC", "KENTUCKY FRIED CHICKEN", "ケンタッキー", "肯德基", "KFC 肯德基"],
  ["Burger King", "BURGER KING", "バーガーキング", "汉堡王", "버거킹"],
  ["Uniqlo", "UNIQLO", "ユニクロ", "优衣库", "優衣庫", "유니클로"],
  ["Muji", "MUJI", "無印良品", "无印良品", "무인양품"],
  ["Daiso", "DAISO", "ダイソー", "大创", "大創", "다이소"],
  ["Don Quijote", "DON QUIJOTE", "DONQUIJOTE", "DONKI", "ドン・キホーテ", "ドンキホーテ", "驚安の殿堂", "唐吉诃德", "唐吉訶德", "堂吉诃德"],
  ["Bic Camera", "BIC CAMERA", "BICCAMERA", "ビックカメラ", "必酷"],
  ["Yodobashi", "YODOBASHI", "ヨドバシカメラ", "ヨドバシ", "友都八喜"],
  ["Matsumoto Kiyoshi", "MATSUMOTO KIYOSHI", "MATSUKIYO", "マツモトキヨシ", "松本清"],
  ["Ichiran", "ICHIRAN", "一蘭", "一兰"],
  ["Yoshinoya", "YOSHINOYA", "吉野家"],
  ["Takashimaya", "TAKASHIMAYA", "高島屋", "高岛屋"],
  ["Isetan", "ISETAN", "伊勢丹", "伊势丹"],
  ["Aeon", "AEON", "イオン", "永旺"],
  ["Lotte", "LOTTE", "ロッテ", "乐天", "樂天", "롯데"],
  ["Shinsegae", "SHINSEGAE", "新世界百货", "신세계"],
  ["Shilla Duty Free", "SHILLA", "新罗免税", "新羅免稅", "신라면세점"],
  ["Olive Young", "OLIVE YOUNG", "OLIVEYOUNG", "올리브영", "오리브영"],
  ["GS25", "GS25", "지에스25"],
  ["CU", "CU", "씨유", "BGF RETAIL"],
  ["E-Mart", "EMART", "E-MART", "이마트", "易买得"],
  ["Watsons", "WATSONS", "屈臣氏", "왓슨스"],
  ["Mannings", "MANNINGS", "萬寧", "万宁"],
  ["Sasa", "SASA", "莎莎"],
  ["Circle K", "CIRCLE K", "OK便利店", "OK便利商店"],
  ["Carrefour", "CARREFOUR", "家乐福", "家樂福"],
  ["IKEA", "IKEA", "宜家", "イケア", "이케아"],
  ["Apple", "APPLE STORE", "APPLE.COM", "苹果零售店", "蘋果", "アップルストア"],
  ["Louis Vuitton", "LOUIS VUITTON", "路易威登", "ルイ・ヴィトン", "루이비통"],
  ["Chanel", "CHANEL", "香奈儿", "シャネル", "샤넬"],
  ["Sephora", "SEPHORA", "丝芙兰", "絲芙蘭"],
  ["Galeries Lafayette", "GALERIES LAFAYETTE", "老佛爷", "老佛爺"],
  ["Printemps", "PRINTEMPS", "巴黎春天"],
  ["Zara", "ZARA", "飒拉", "颯拉"],
  ["H&M", "H&M", "HENNES MAURITZ", "HENNES"],
  ["DFS", "DFS", "DFS GALLERIA", "T GALLERIA"],
  ["Disney", "DISNEY", "迪士尼", "ディズニー", "디즈니"],
  ["Universal Studios", "UNIVERSAL STUDIOS", "USJ", "环球影城", "ユニバーサル・スタジオ"],
  ["Haidilao", "HAIDILAO", "海底捞", "海底撈"],
  ["Din Tai Fung", "DIN TAI FUNG", "鼎泰丰", "鼎泰豐", "ディンタイフォン"],
  ["Tsui Wah", "TSUI WAH", "翠华", "翠華"],
  ["Venetian Macao", "VENETIAN MACAO", "VENETIAN", "威尼斯人"],
  ["Marriott", "MARRIOTT", "万豪", "萬豪"],
  ["Hilton", "HILTON", "希尔顿", "希爾頓", "ヒルトン"],
  ["Shell", "SHELL", "壳牌", "殼牌"],
  ["Costco", "COSTCO", "开市客", "好市多", "コストコ"],
];

export type AliasName = { key: string; folded: string };

/** NFKC, upper case, letters and digits only: the form alias names and cleaned merchants share. */
export function foldAliasText(text: string): string {
  // The same digraph fold as merchant words (AEON → AON on both sides), so table and words agree.
  return foldDigraphs(text.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]+/gu, ""));
}

/** Every alias name, folded, longest first so "SEVENELEVEN" wins over shorter overlapping names. */
export const ALIAS_NAMES: readonly AliasName[] = ALIAS_ENTRIES.flatMap(([key, ...names]) =>
  names.map((name) => ({ key, folded: foldAliasText(name) })),
).sort((a, b) => b.folded.length - a.folded.length || compareIds(a.folded, b.folded));

/** Names indexed by their first two characters, so finding an alias costs a few lookups per position. */
const BY_PREFIX = new Map<string, AliasName[]>();
for (const alias of ALIAS_NAMES) {
  appendTo(BY_PREFIX, alias.folded.slice(0, 2), alias);
}

function isLatin(folded: string): boolean {
  return /^[A-Z0-9]+$/.test(folded);
}

/**
 * The chain a cleaned merchant name belongs to, or null. `words` are the name's folded words.
 * A Latin alias must start and end on word boundaries ("SHELL" is not in "SHELLFISH"; a
 * descriptor cut mid-word still ends on a boundary: its end); a CJK alias may sit anywhere inside
 * a run, since "セブンイレブン新宿店" carries the branch in the same run.
 */
export function findChainAlias(words: readonly string[]): string | null {
  const joined = words.join("");
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const word of words) boundaries.add((offset += word.length));
  for (let i = 0; i < joined.length - 1; i += 1) {
    for (const alias of BY_PREFIX.get(joined.slice(i, i + 2)) ?? []) {
      if (!joined.startsWith(alias.folded, i)) continue;
      if (!isLatin(alias.folded) || (boundaries.has(i) && boundaries.has(i + alias.folded.length))) return alias.key;
    }
  }
  return null;
}
