"use client";
/**
 * The optional parts of the slip form: what the slip printed (collapsed unless something is
 * filled in or wrong, a plain <details> so it opens without JavaScript) and how the traveller
 * paid instead.
 */
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Option, SlipFormLabels, ValueOf } from "@/server/slips/slip-form-types";

type Common = { labels: SlipFormLabels; valueOf: ValueOf; errorsOf: (name: string) => string[] | undefined };

const PRINTED_CODES = ["mid", "tid", "batch", "trace", "rrn", "approvalCode", "aid", "applicationLabel", "tvr", "tsi", "responseCode", "offlineWording", "dccRate"] as const;
const PRINTED_ALL = [...PRINTED_CODES, "dccHomeAmount", "dccHomeCurrency"] as const;
const NUMERIC = new Set(["batch", "trace"]);

function CurrencyOptions({ currencies }: { currencies: Option[] }) {
  return currencies.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}

export function PrintedFields({ labels, valueOf, errorsOf, currencies }: Common & { currencies: Option[] }) {
  const form = labels.form;
  const isOpen = PRINTED_ALL.some((name) => valueOf(name) !== "" || errorsOf(name));
  return (
    <details open={isOpen} className="rounded-lg border border-stone-200 bg-white p-3" data-testid="printed-section">
      <summary className="cursor-pointer text-sm font-semibold">{form.printedTitle}</summary>
      <p className="mt-2 text-xs text-stone-600">{form.printedHint}</p>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
        {PRINTED_CODES.map((name) => (
          <TextField
            key={name}
            name={name}
            label={form[name]}
            defaultValue={valueOf(name)}
            errors={errorsOf(name)}
            autoComplete="off"
            autoCapitalize={name === "offlineWording" || name === "applicationLabel" ? "characters" : "off"}
            inputMode={NUMERIC.has(name) ? "numeric" : name === "dccRate" ? "decimal" : undefined}
          />
        ))}
        <TextField name="dccHomeAmount" label={form.dccHomeAmount} inputMode="decimal" defaultValue={valueOf("dccHomeAmount")} errors={errorsOf("dccHomeAmount")} autoComplete="off" />
        <SelectField name="dccHomeCurrency" label={form.dccHomeCurrency} defaultValue={valueOf("dccHomeCurrency")} errors={errorsOf("dccHomeCurrency")}>
          <option value="">{form.none}</option>
          <CurrencyOptions currencies={currencies} />
        </SelectField>
      </div>
    </details>
  );
}

export function PaidInsteadFields({ labels, valueOf, errorsOf, currencies }: Common & { currencies: Option[] }) {
  const form = labels.form;
  const methods = Object.entries(labels.paidInsteadMethods);
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3" data-testid="paid-instead-section">
      <legend className="px-1 text-sm font-semibold">{form.paidInsteadTitle}</legend>
      <p className="text-xs text-stone-600">{form.paidInsteadHint}</p>
      <SelectField name="paidInsteadMethod" label={form.paidInsteadMethod} defaultValue={valueOf("paidInsteadMethod")} errors={errorsOf("paidInsteadMethod")}>
        <option value="">{form.paidInsteadNone}</option>
        {methods.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField name="paidInsteadCardLast4" label={form.paidInsteadCardLast4} inputMode="numeric" autoComplete="off" defaultValue={valueOf("paidInsteadCardLast4")} errors={errorsOf("paidInsteadCardLast4")} />
      <TextField name="paidInsteadAmount" label={form.paidInsteadAmount} inputMode="decimal" autoComplete="off" defaultValue={valueOf("paidInsteadAmount")} errors={errorsOf("paidInsteadAmount")} />
      <SelectField name="paidInsteadCurrency" label={form.paidInsteadCurrency} defaultValue={valueOf("paidInsteadCurrency")} errors={errorsOf("paidInsteadCurrency")}>
        <option value="">{form.paidInsteadCurrencySame}</option>
        <CurrencyOptions currencies={currencies} />
      </SelectField>
    </fieldset>
  );
}
