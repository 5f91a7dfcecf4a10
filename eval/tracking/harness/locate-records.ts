/**
 * Finds where a label's key sits in its raw file, without the app's parsers: the line an OFX
 * <STMTTRN> or a camt <Ntry> starts on, the lines a pasted message spans. Imported records carry
 * the line they came from (references.row), so a key and a record meet on that line. Reading the
 * bytes as latin1 keeps one character per byte: line numbers do not depend on the encoding (none
 * of the set's encodings uses 0x0A inside a character).
 */
import type { IssuerRecord } from "@/domain/issuer-records";
import type { RecordKey, TripFile } from "./trip-types";

export type FileLocator = {
  /** Lines (1-based, as the importer counts them) that the key points at; empty when it names nothing. */
  linesOf(key: RecordKey): number[];
  /** The key of an imported record, for reports ("line 7", "FITID …"). */
  keyOf(record: IssuerRecord): RecordKey;
  /** Whether an imported record sits where the key points (alerts: inside the message). */
  matches(key: RecordKey, record: IssuerRecord): boolean;
  /** CSV: how many lines the importer's row numbers fall behind the file's, at most. */
  lineDrift?: number;
};

function lineAtOffsets(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

type Block = { line: number; text: string };

function listBlocks(text: string, open: RegExp, close: string): Block[] {
  const lineAt = lineAtOffsets(text);
  const blocks: Block[] = [];
  for (const match of text.matchAll(open)) {
    const start = match.index ?? 0;
    const end = text.indexOf(close, start);
    blocks.push({ line: lineAt(start), text: text.slice(start, end === -1 ? undefined : end) });
  }
  return blocks;
}

/** Message spans of a paste: blank-line blocks, or single lines for one-message-per-line pastes. */
function listMessages(text: string, mode: TripFile["messages"]): { from: number; to: number }[] {
  const lines = text.split(/\r\n|\n|\r/);
  const spans: { from: number; to: number }[] = [];
  let current: { from: number; to: number } | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") {
      current = null;
      return;
    }
    if (mode === "line" || !current) {
      current = { from: line, to: line };
      spans.push(current);
    } else current.to = line;
  });
  return spans;
}

export function makeLocator(file: TripFile, bytes: Uint8Array, format: string | null, delimiter: string | null = null): FileLocator {
  const raw = Buffer.from(bytes).toString("latin1");
  if (file.kind === "alerts") {
    const messages = listMessages(Buffer.from(bytes).toString("utf8"), file.messages);
    return {
      linesOf: (key) => {
        const span = key.alert === undefined ? undefined : messages[key.alert - 1];
        return span ? Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i) : [];
      },
      keyOf: (record) => {
        const index = messages.findIndex((m) => (record.references.row ?? 0) >= m.from && (record.references.row ?? 0) <= m.to);
        return { file: file.name, alert: index + 1 };
      },
      matches: (key, record) => {
        const span = key.alert === undefined ? undefined : messages[key.alert - 1];
        const row = record.references.row ?? 0;
        return span !== undefined && row >= span.from && row <= span.to;
      },
    };
  }
  if (format === "ofx") {
    const transactions = listBlocks(raw, /<STMTTRN>/gi, "</STMTTRN>").map((b) => ({ ...b, fitid: /<FITID>\s*([^<\r\n]+)/i.exec(b.text)?.[1]?.trim() }));
    const lineOf = (fitid: string | undefined) => transactions.find((t) => fitid !== undefined && t.fitid === fitid)?.line;
    // A record is found by its FITID. When the card-number guard has cut the FITID ("•••• 0465"),
    // by position instead: the importer's row is the <STMTTRN> line or, in one-tag-per-line SGML,
    // the line before it (its OFX line count starts a tag's length early).
    const isCut = (record: IssuerRecord) => (record.references.fitId ?? "").includes("•");
    const near = (record: IssuerRecord, line: number | undefined) => line !== undefined && record.references.row !== undefined && record.references.row >= line - 1 && record.references.row <= line;
    return {
      linesOf: (key) => { const line = lineOf(key.fitid); return line === undefined ? [] : [line - 1, line]; },
      keyOf: (record) => {
        const fitid = isCut(record) ? transactions.find((t) => near(record, t.line))?.fitid : record.references.fitId;
        return { file: file.name, fitid: fitid ?? `?row ${record.references.row}` };
      },
      matches: (key, record) => key.fitid !== undefined && (record.references.fitId === key.fitid || (isCut(record) && near(record, lineOf(key.fitid)))),
    };
  }
  if (format === "camt") {
    const entries = listBlocks(raw, /<(?:[\w-]+:)?Ntry[\s>]/g, "</Ntry>");
    const refOf = (b: Block) => /<(?:[\w-]+:)?AcctSvcrRef>([^<]+)</.exec(b.text)?.[1]?.trim();
    const lineOfKey = (key: RecordKey) => (key.entry !== undefined ? entries[key.entry - 1]?.line : entries.find((b) => key.ref !== undefined && refOf(b) === key.ref)?.line);
    return {
      linesOf: (key) => { const line = lineOfKey(key); return line === undefined ? [] : [line]; },
      keyOf: (record) => {
        const entry = entries.find((b) => b.line === record.references.row);
        const ref = entry ? refOf(entry) : undefined;
        return { file: file.name, ...(ref ? { ref } : { entry: entry ? entries.indexOf(entry) + 1 : 0 }) };
      },
      matches: (key, record) => record.references.row !== undefined && record.references.row === lineOfKey(key),
    };
  }
  // CSV (and anything read as CSV): labels give the true line; the importer's rows carry its own
  // count, which drops newlines that its cell trimming removes (a quoted cell ending in a line
  // break). Both counts are rebuilt here from the raw rows, so a key still finds its record.
  const lines = csvLineNumbers(raw, delimiter ?? ",");
  const toImporter = new Map(lines.map((l) => [l.trueLine, l.importerLine]));
  const toTrue = new Map(lines.map((l) => [l.importerLine, l.trueLine]));
  return {
    linesOf: (key) => (key.line === undefined ? [] : [toImporter.get(key.line) ?? key.line]),
    keyOf: (record) => ({ file: file.name, line: toTrue.get(record.references.row ?? 0) ?? record.references.row ?? 0, ...(record.kind === "fee" ? { part: "fee" as const } : {}) }),
    matches: (key, record) => key.line !== undefined && record.references.row === (toImporter.get(key.line) ?? key.line),
    lineDrift: Math.max(0, ...lines.map((l) => l.trueLine - l.importerLine)),
  };
}

type CsvLine = { trueLine: number; importerLine: number };

/**
 * Start lines of the CSV rows: the true line, and the line as the importer counts it (every row
 * is one line plus the line breaks left inside its cells after trimming). Quotes, delimiters and
 * line breaks are ASCII in every encoding of the set, so the raw bytes (as latin1) suffice.
 */
export function csvLineNumbers(raw: string, delimiter: string): CsvLine[] {
  const out: CsvLine[] = [];
  let trueLine = 1;
  let importerLine = 1;
  let i = 0;
  while (i <= raw.length) {
    const start = { trueLine, importerLine };
    let cell = "";
    let quoted = false;
    let newlinesInRow = 0;
    let keptNewlines = 0;
    const endCell = () => {
      keptNewlines += (cell.trim().match(/\n/g) ?? []).length;
      cell = "";
    };
    let ended = false;
    for (; i < raw.length; i += 1) {
      const ch = raw[i]!;
      if (quoted) {
        if (ch === '"' && raw[i + 1] === '"') { cell += '"'; i += 1; }
        else if (ch === '"') quoted = false;
        else { if (ch === "\n") newlinesInRow += 1; cell += ch; }
        continue;
      }
      if (ch === '"') quoted = true;
      else if (ch === delimiter) endCell();
      else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && raw[i + 1] === "\n") i += 1;
        i += 1;
        ended = true;
        break;
      } else cell += ch;
    }
    endCell();
    out.push(start);
    trueLine += 1 + newlinesInRow;
    importerLine += 1 + keptNewlines;
    if (!ended) break;
  }
  return out;
}

/**
 * The imported records a key names: those where the locator places it; when a CSV line made two
 * records (a fee column), `part: "fee"` picks the fee record and a plain key the other one.
 */
export function selectRecords(key: RecordKey, locator: FileLocator, records: readonly IssuerRecord[]): IssuerRecord[] {
  const here = records.filter((r) => locator.matches(key, r));
  if (key.part === "fee") return here.filter((r) => r.kind === "fee");
  if (key.line === undefined || here.length <= 1) return here;
  return here.filter((r) => r.kind !== "fee");
}
