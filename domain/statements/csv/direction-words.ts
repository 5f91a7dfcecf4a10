/**
 * The words banks put in a direction column beside an unsigned amount — German "S"/"H" and
 * "Soll"/"Haben", "DR"/"CR", "Debit"/"Credit", Dutch "Af"/"Bij", Chinese "借"/"贷" and
 * "支出"/"收入", "outflow"/"inflow" — and in a pending column ("Pending", "vorgemerkt", "未入账").
 * A cell is read word by word ("借 Dr" is out), case and width ignored; a file's own words, given
 * in the mapping, are checked first. An empty or unknown cell says nothing: the amount's own sign
 * (or CR/DR marker) then decides. See docs/importers.md ("The mapping step").
 */
export type Direction = "out" | "in";
export type DirectionWords = { out: readonly string[]; in: readonly string[] };

export const KNOWN_DIRECTION_WORDS: DirectionWords = {
  out: ["s", "soll", "dr", "debit", "debet", "d", "af", "借", "借方", "支出", "支", "出", "out", "outflow", "withdrawal", "charge", "lastschrift", "belastung", "débit", "cargo", "出金", "引落"],
  in: ["h", "haben", "cr", "credit", "c", "bij", "贷", "貸", "贷方", "收入", "收", "入", "存入", "in", "inflow", "deposit", "gutschrift", "crédit", "abono", "入金"],
};
export const KNOWN_PENDING_WORDS = ["pending", "pdng", "vorgemerkt", "umsatz vorgemerkt", "authorised", "authorized", "未入账", "待入账", "処理中", "未確定", "en attente", "in behandeling"];

function tokens(cell: string): string[] {
  const text = cell.normalize("NFKC").toLowerCase().trim();
  return text === "" ? [] : [text, ...text.split(/[\s/()|,.:;-]+/).filter(Boolean)];
}

function toSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.normalize("NFKC").toLowerCase().trim()));
}

const KNOWN_OUT = toSet(KNOWN_DIRECTION_WORDS.out);
const KNOWN_IN = toSet(KNOWN_DIRECTION_WORDS.in);
const KNOWN_PENDING = toSet(KNOWN_PENDING_WORDS);

export type DirectionReader = (cell: string) => Direction | null;

/** One reader per file: the file's own words first, then the known ones. */
export function makeDirectionReader(own?: DirectionWords): DirectionReader {
  const ownOut = toSet(own?.out ?? []);
  const ownIn = toSet(own?.in ?? []);
  return (cell) => {
    const found = tokens(cell);
    if (found.some((t) => ownOut.has(t))) return "out";
    if (found.some((t) => ownIn.has(t))) return "in";
    if (found.some((t) => KNOWN_OUT.has(t))) return "out";
    if (found.some((t) => KNOWN_IN.has(t))) return "in";
    return null;
  };
}

export function makePendingReader(own?: readonly string[]): (cell: string) => boolean {
  const words = own && own.length > 0 ? toSet(own) : KNOWN_PENDING;
  return (cell) => tokens(cell).some((t) => words.has(t));
}
