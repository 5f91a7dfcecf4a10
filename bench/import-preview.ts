/**
 * The mapping screen's live preview on a 1 MB CSV, timed in the domain alone (no server): bytes
 * → decoded table (encoding, delimiter, rows) → layout detection → header-row detection and the
 * proposed mapping → previewRows (the first rows as they will be saved, column-wide decisions over
 * every row). The file is an export no built-in layout knows — a preamble, ';', comma decimals and
 * an S/H direction column — so every step of the unknown-file path runs. Target: ≤ 1 s on the
 * project's 2-core machine. A known layout (Monzo, 1 MB) is timed too, for comparison.
 *   npx tsx bench/import-preview.ts [megabytes]
 * Exits non-zero when a preview takes longer than the target.
 */
import { detectCsvLayout } from "@/domain/statements";
import { detectHeaderRow } from "@/domain/statements/csv/find-header";
import { readCsvTable, type CsvTable } from "@/domain/statements/csv/parse-csv-statement";
import { previewRows } from "@/domain/statements/csv/preview-rows";
import { proposeMapping } from "@/domain/statements/csv/propose-mapping";

const MEGABYTES = Number(process.argv[2] ?? 1);
const TARGET_MS = 1000;
const MERCHANTS = ["KARTENZAHLUNG 7-ELEVEN BANGKOK TH", "GUTSCHRIFT ACME GMBH GEHALT", "LASTSCHRIFT STADTWERKE", "SUMUP *BÄCKEREI GROSS", "ICHIRAN SHIBUYA TOKYO JP"];

function unknownBankCsv(bytes: number): Uint8Array {
  const lines = ["Kontoauszug;Girokonto DE12 3456 7890 1234 5678 90", "Zeitraum;01.01.2026 - 31.12.2026", "", "Buchungstag;Valuta;Empfänger/Auftraggeber;Verwendungszweck;Betrag;S/H;Währung"];
  let size = lines.join("\n").length;
  for (let i = 0; size < bytes; i += 1) {
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 30) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")}.${String(day.getUTCMonth() + 1).padStart(2, "0")}.${day.getUTCFullYear()}`;
    const line = `${date};${date};${MERCHANTS[i % MERCHANTS.length]};Ref ${100000 + i} Karte 1 2029-12;${(i % 900) + 1},${String(i % 100).padStart(2, "0")};${i % 7 === 0 ? "H" : "S"};EUR`;
    lines.push(line);
    size += line.length + 1;
  }
  return new TextEncoder().encode(lines.join("\n"));
}

function monzoCsv(bytes: number): Uint8Array {
  const lines = ["Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"];
  let size = lines[0]?.length ?? 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = `tx_${i},${String((i % 28) + 1).padStart(2, "0")}/11/2026,14:25:10,Card payment,7-Eleven,,Groceries,-10.52,GBP,-450.00,THB,,Sukhumvit Rd,,7-ELEVEN BANGKOK TH,,-10.52,`;
    lines.push(line);
    size += line.length + 1;
  }
  return new TextEncoder().encode(lines.join("\n"));
}

function time<T>(label: string, run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  const elapsed = performance.now() - started;
  console.info(`  ${label.padEnd(38)} ${elapsed.toFixed(0).padStart(5)} ms`);
  return [value, elapsed];
}

function previewOf(name: string, bytes: Uint8Array): number {
  console.info(`${name}: ${(bytes.length / 1e6).toFixed(2)} MB`);
  const started = performance.now();
  const [table] = time("decode + delimiter + rows", () => readCsvTable(bytes));
  if ("refused" in table) throw new Error(`refused: ${table.refused.issues[0]?.message}`);
  const csv: CsvTable = table;
  const [layout] = time("layout detection", () => detectCsvLayout(new TextDecoder().decode(bytes.subarray(0, 64 * 1024))));
  const [header] = time("header row + proposed mapping", () => {
    const found = detectHeaderRow(csv.rows);
    const headers = found.headerRow === "none" ? [] : (csv.rows[found.headerRow]?.cells ?? []);
    return { found, proposal: proposeMapping(headers, csv.rows.slice(found.dataStart, found.dataStart + 50), found.headerRow) };
  });
  if (!header.proposal) throw new Error("no mapping proposed");
  const [preview] = time("previewRows (10 rows, decisions over all)", () => previewRows(csv, header.proposal!, 10));
  const total = performance.now() - started;
  if (!preview.ok) throw new Error(`preview refused: ${preview.issue}`);
  const first = preview.rows[0]?.records[0];
  console.info(`  layout ${layout.layoutId ?? "unknown"}; ${csv.rows.length} rows; first row → ${first?.transactionDate} ${first?.billedAmountMinor} ${first?.billedCurrency}`);
  console.info(`  total                                  ${total.toFixed(0).padStart(5)} ms`);
  return total;
}

const totals = [previewOf("Monzo (built-in layout)", monzoCsv(MEGABYTES * 1024 * 1024)), previewOf("unknown bank (preamble, ';', S/H column)", unknownBankCsv(MEGABYTES * 1024 * 1024))];
const worst = Math.max(...totals);
console.info(`import preview: worst ${worst.toFixed(0)} ms for ${MEGABYTES} MB (target ≤ ${TARGET_MS} ms)`);
if (worst > TARGET_MS) process.exit(1);
