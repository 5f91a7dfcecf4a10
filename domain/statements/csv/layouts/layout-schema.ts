/**
 * The shape of a built-in bank layout. A layout is data — one JSON file per export in this
 * folder, with the sample file it was checked against beside it (`<id>.sample.csv`) and where
 * its columns come from (`source`) — validated here once when the module loads. A layout names
 * its columns by header text (normalised: lower case, NFKC; "a|b" lists alternatives), or, for
 * an export without a header row (`header: "none"`), by 0-based index with a `shape` that
 * recognises its rows. See docs/importers.md ("Built-in layouts").
 */
import { z } from "zod";
import { DATE_FORMATS } from "../../statement-date";

export const LAYOUT_ROLES = [
  "date", "postingDate", "time", "amount", "debit", "credit", "direction", "currency", "originalAmount",
  "originalCurrency", "fxRate", "fee", "type", "status", "reference", "cardLast4", "country",
] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];

const columnRef = z.union([z.string().min(1), z.number().int().min(0).max(200)]);

export const csvLayoutSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    /** ISO 3166 alpha-2 of the bank: decides day/month order when the dates read both ways. */
    country: z.string().regex(/^[A-Z]{2}$/),
    source: z.string().min(10),
    sample: z.string().regex(/\.sample\.csv$/),
    encoding: z.string(),
    /** Headers that must all be present for the layout to be recognised. */
    required: z.array(z.string()).default([]),
    header: z.literal("none").optional(),
    /** Headerless exports only: the column count and a pattern per column that every row must fit. */
    shape: z.object({ columns: z.number().int().min(2), patterns: z.record(z.string(), z.string()) }).optional(),
    columns: z.object({ description: z.array(columnRef).min(1) }).catchall(columnRef),
    descriptionMode: z.enum(["join", "first"]).optional(),
    currencyCode: z.string().length(3).optional(),
    dateFormat: z.enum(DATE_FORMATS).optional(),
    decimalSeparator: z.enum([".", ","]).optional(),
    outflowSign: z.enum(["negative", "positive"]),
    /** A card account: money coming in with no telling word is a refund, not "other". */
    isCardStatement: z.boolean().optional(),
    /** Unsigned amounts whose direction is in the description: these words mean money in. */
    inflowWords: z.array(z.string()).optional(),
  })
  .refine((l) => (l.header === "none") === (l.shape !== undefined), { message: "a headerless layout needs a shape" })
  .refine((l) => l.header === "none" || l.required.length > 0, { message: "a layout with headers needs required headers" })
  .refine((l) => Object.keys(l.columns).every((role) => role === "description" || (LAYOUT_ROLES as readonly string[]).includes(role)), { message: "unknown column role" });

export type CsvLayout = z.infer<typeof csvLayoutSchema>;
