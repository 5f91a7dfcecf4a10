/**
 * How the columns of a CSV turn into a record. A known layout produces one from its headers; for
 * any other file the traveller maps the columns once on the preview screen, and the app stores
 * the mapping under `mappingKey(headers)` so the next export from the same bank needs no
 * questions. Columns are 0-based indices into the header row. See docs/importers.md.
 */
import { z } from "zod";
import { hashStable } from "@/domain/issuer-records";
import { currencyExponent } from "@/domain/money";
import { DATE_FORMATS } from "../statement-date";
import { normaliseHeader } from "./read-table";

const column = z.number().int().min(0).max(500);

export const columnMappingSchema = z
  .object({
    date: column,
    description: z.union([column, z.array(column).min(1).max(5)]),
    amount: column.optional(),
    debit: column.optional(),
    credit: column.optional(),
    /** A column holding each row's ISO code … */
    currency: column.optional(),
    /** … or one code for the whole file when it has no such column. */
    currencyCode: z.string().refine((c) => currencyExponent(c) !== null).optional(),
    postingDate: column.optional(),
    reference: column.optional(),
    cardLast4: column.optional(),
    dateFormat: z.enum(DATE_FORMATS).optional(),
    decimalSeparator: z.enum([".", ","]).optional(),
    /** Which sign means money out in the amount column; most bank exports: "negative". */
    outflowSign: z.enum(["negative", "positive"]).optional(),
  })
  .refine((m) => m.amount !== undefined || (m.debit !== undefined && m.credit !== undefined), {
    message: "amountOrDebitCredit",
  });

export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What a row needs to become records: the public mapping plus the extras only layouts know. */
export type RowMapping = ColumnMapping & {
  time?: number;
  originalAmount?: number;
  originalCurrency?: number;
  fxRate?: number;
  fee?: number;
  type?: number;
  status?: number;
  country?: number;
};

/** A stable key for a header row: same headers (in any case/spacing) → same key, whatever the delimiter or encoding. */
export function mappingKey(headers: readonly string[]): string {
  return `csv-${hashStable(headers.map(normaliseHeader).join("\u0001"))}`;
}
