/**
 * The whole slip form, as one zod schema: raw form strings in (blank optional fields mean "not
 * printed"), normalised values out — amounts as integer minor units, codes upper-case, the time
 * as local wall clock plus zone. Every field is checked on every submit, and the rules that need
 * two fields (amount + currency, time + zone, DCC, "paid instead") run even when other fields
 * failed, so the traveller sees all problems at once, each as a message key under "slips".
 * `now` is injected (the server passes its clock), so the domain never reads one and the
 * future-date rule is testable. See docs/card-data.md and docs/money.md.
 */
import { z } from "zod";
import * as fields from "./slip-fields";
import { readSlipCrossFields } from "./slip-cross-fields";
import type { SlipErrorKey } from "./slip-error-keys";
import { localDateTimeSchema, timeZoneSchema } from "./slip-time";
import { readPrintedForms } from "./slip-field-kit";

const rawFormValue = z.string({ error: "errors.notText" satisfies SlipErrorKey }).optional();

const slipFieldsSchema = z.object({
  merchantName: fields.merchantNameSchema,
  city: fields.citySchema,
  country: fields.countrySchema,
  localDateTime: localDateTimeSchema,
  timeZone: timeZoneSchema,
  amount: fields.amountTextSchema,
  currency: fields.currencySchema,
  cardLast4: fields.cardLast4Schema,
  entryMode: fields.entryModeSchema,
  mid: fields.midSchema,
  tid: fields.tidSchema,
  batch: fields.batchSchema,
  trace: fields.traceSchema,
  rrn: fields.rrnSchema,
  approvalCode: fields.approvalCodeSchema,
  aid: fields.aidSchema,
  applicationLabel: fields.applicationLabelSchema,
  tvr: fields.tvrSchema,
  tsi: fields.tsiSchema,
  responseCode: fields.responseCodeSchema,
  offlineWording: fields.offlineWordingSchema,
  dccRate: fields.dccRateSchema,
  dccHomeAmount: fields.optionalAmountTextSchema,
  dccHomeCurrency: fields.optionalCurrencySchema,
  paidInsteadMethod: fields.paidInsteadMethodSchema,
  paidInsteadCardLast4: fields.optionalCardLast4Schema,
  paidInsteadAmount: fields.optionalAmountTextSchema,
  paidInsteadCurrency: fields.optionalCurrencySchema,
  notes: fields.notesSchema,
});

export type SlipFormField = keyof z.input<typeof slipFieldsSchema>;
/** The form's field names, in form order: also the keys of `fieldErrors`. */
export const SLIP_FORM_FIELDS = Object.keys(slipFieldsSchema.shape) as SlipFormField[];

/** Raw form values: every field a string or absent. Unknown keys (e.g. Next's "$ACTION_…") are dropped. */
const slipFormSchema = z.object(
  Object.fromEntries(SLIP_FORM_FIELDS.map((name) => [name, rawFormValue])) as Record<SlipFormField, typeof rawFormValue>,
);

export type MakeSlipInputSchemaOptions = {
  /** The moment to compare slip times with; a function is called on every parse. */
  now: Date | (() => Date);
  /**
   * The traveller's UI locale, used only to read ambiguous amounts ("1.234"). Defaults to "en":
   * both app languages write "." as the decimal point, and with a hint EUR "12.505" is refused
   * as a typo instead of becoming 12,505 euros.
   */
  locale?: string;
};

export function makeSlipInputSchema({ now, locale = "en" }: MakeSlipInputSchemaOptions) {
  return slipFormSchema.transform((raw, ctx) => {
    const parsed = slipFieldsSchema.safeParse(raw);
    const cross = readSlipCrossFields(raw, { now: typeof now === "function" ? now() : now, locale });
    const failedPaths = new Set<string>();
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      failedPaths.add(String(issue.path[0]));
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    }
    for (const issue of cross.issues) {
      if (failedPaths.has(issue.field)) continue; // one message per field: the field's own comes first
      failedPaths.add(issue.field);
      ctx.addIssue({ code: "custom", message: issue.message, path: [issue.field] });
    }
    if (!parsed.success || !cross.values) return z.NEVER;
    const data = parsed.data;
    return {
      merchantName: data.merchantName,
      city: data.city,
      country: data.country,
      localDateTime: data.localDateTime,
      timeZone: data.timeZone,
      amountMinor: cross.values.amountMinor,
      currency: data.currency,
      cardLast4: data.cardLast4,
      entryMode: data.entryMode,
      mid: data.mid,
      tid: data.tid,
      batch: data.batch,
      trace: data.trace,
      rrn: data.rrn,
      approvalCode: data.approvalCode,
      aid: data.aid,
      applicationLabel: data.applicationLabel,
      tvr: data.tvr,
      tsi: data.tsi,
      responseCode: data.responseCode,
      offlineWording: data.offlineWording,
      dccRate: data.dccRate,
      dccHomeAmountMinor: cross.values.dccHomeAmountMinor,
      dccHomeCurrency: cross.values.dccHomeCurrency,
      paidInsteadMethod: data.paidInsteadMethod,
      paidInsteadCardLast4: cross.values.paidInsteadCardLast4,
      paidInsteadAmountMinor: cross.values.paidInsteadAmountMinor,
      paidInsteadCurrency: cross.values.paidInsteadCurrency,
      notes: data.notes,
      /** Identifiers as printed where that differs from the stored normalised value ("T-0042"). */
      printedAs: readPrintedForms(raw, data),
    };
  });
}

type SlipInputSchema = ReturnType<typeof makeSlipInputSchema>;
export type SlipFormInput = z.input<SlipInputSchema>;
export type SlipInput = z.output<SlipInputSchema>;
