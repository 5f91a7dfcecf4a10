/**
 * How the columns of a CSV turn into a record. A known layout produces one from its headers; for
 * any other file the traveller maps the columns once on the preview screen (the engine proposes
 * one first: `proposeMapping`), and the app stores it under `mappingKey(headers)` so the next
 * export from the same bank needs no questions. Columns are 0-based indices into the rows.
 * See docs/importers.md ("The mapping step").
 */
import { z } from "zod";
import { hashStable } from "@/domain/issuer-records";
import { currencyExponent } from "@/domain/money";
import { DATE_FORMATS } from "../statement-date";
import { normaliseHeader } from "./read-table";

const column = z.number().int().min(0).max(500);
const words = z.array(z.string().trim().min(1).max(40)).max(20);

export const columnMappingSchema = z
  .object({
    /** Which row holds the column names (0-based among the file's non-blank rows), or "none" when the first row is data. */
    headerRow: z.union([z.number().int().min(0).max(200), z.literal("none")]).optional(),
    date: column,
    description: z.union([column, z.array(column).min(1).max(5)]),
    amount: column.optional(),
    debit: column.optional(),
    credit: column.optional(),
    /** A column saying which way the money went ("S"/"H", "DR"/"CR", "Af"/"Bij", "借"/"贷", "Debit"/"Credit" …). */
    direction: column.optional(),
    /** The file's own words for money out and in, when they are not among the known ones. */
    directionWords: z.object({ out: words, in: words }).optional(),
    /** A column marking rows the bank has not booked yet ("Pending", "vorgemerkt", "未入账" …). */
    pending: column.optional(),
    pendingWords: words.optional(),
    /** A column holding each row's ISO code … */
    currency: column.optional(),
    /** … or one code for the whole file when it has no such column. */
    currencyCode: z.string().refine((c) => currencyExponent(c) !== null).optional(),
    /** The local (foreign) amount and its currency, when the file shows them. */
    originalAmount: column.optional(),
    originalCurrency: column.optional(),
    postingDate: column.optional(),
    time: column.optional(),
    reference: column.optional(),
    cardLast4: column.optional(),
    type: column.optional(),
    status: column.optional(),
    dateFormat: z.enum(DATE_FORMATS).optional(),
    decimalSeparator: z.enum([".", ","]).optional(),
    /** Which sign means money out in the amount column; most bank exports: "negative". */
    outflowSign: z.enum(["negative", "positive"]).optional(),
    /** The year of dates printed without one ("12/29"), when the file's title does not say it. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** The bank's country (ISO 3166 alpha-2): decides day/month order when every date reads both ways. */
    bankCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
  })
  .refine((m) => m.amount !== undefined || (m.debit !== undefined && m.credit !== undefined), {
    message: "amountOrDebitCredit",
  });

export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What a row needs to become records: the public mapping plus the extras only layouts know. */
export type RowMapping = ColumnMapping & {
  fxRate?: number;
  fee?: number;
  country?: number;
  /** Unsigned amounts: description words that mean money in (交通银行 "退货", "还款"). */
  inflowWords?: readonly string[];
};

/** Every column a mapping names, for checking it against the file's width. */
export function mappedColumns(mapping: RowMapping): number[] {
  const { date, description, amount, debit, credit, direction, pending, currency, originalAmount, originalCurrency,
    postingDate, time, reference, cardLast4, type, status, fxRate, fee, country } = mapping;
  return [date, ...(Array.isArray(description) ? description : [description]), amount, debit, credit, direction, pending,
    currency, originalAmount, originalCurrency, postingDate, time, reference, cardLast4, type, status, fxRate, fee, country]
    .filter((c): c is number => c !== undefined);
}

/**
 * A key for a file without a header row, so a mapping can still be remembered for the next export
 * of the same bank: the column count and what each column holds in the first rows (d = date,
 * n = number or empty — debit and credit columns take turns being empty —, t = text). Same bank,
 * same export → same key.
 */
export function shapeKey(rows: readonly { cells: readonly string[] }[]): string {
  const sample = rows.slice(0, 5);
  const width = Math.max(0, ...sample.map((r) => r.cells.length));
  const kinds = Array.from({ length: width }, (_, i) => {
    const values = sample.map((r) => r.cells[i] ?? "").filter((v) => v !== "");
    if (values.length === 0) return "n";
    if (values.every((v) => /^\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}/.test(v) || /^\d{1,2} [A-Za-z]{3}/.test(v))) return "d";
    if (values.every((v) => /^[-+(]?[\d.,' ]+\)?$/.test(v))) return "n";
    return "t";
  });
  return `shape-${hashStable(`${width}:${kinds.join("")}`)}`;
}

/** A stable key for a header row: same headers (in any case/spacing) → same key, whatever the delimiter or encoding. */
export function mappingKey(headers: readonly string[]): string {
  return `csv-${hashStable(headers.map(normaliseHeader).join("\u0001"))}`;
}
