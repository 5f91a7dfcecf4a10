/**
 * The mapping step's settings below the columns, in three groups: a direction column's and a
 * pending column's own words; the dates (order, the year of yearless dates, the bank's country
 * that decides dates reading both ways); the amounts (decimal separator, sign of money out, the
 * file's currency). Uncontrolled fields, so a plain HTML post works the same.
 */
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type Option = { value: string; label: string };

export type MappingOptionsLabels = {
  directionTitle: string;
  directionOut: string;
  directionIn: string;
  directionHint: string;
  pendingWords: string;
  pendingHint: string;
  datesTitle: string;
  dateFormat: string;
  dateFormats: Option[];
  year: string;
  yearHint: string;
  bankCountry: string;
  bankCountryHint: string;
  bankCountryUnknown: string;
  amountsTitle: string;
  decimalSeparator: string;
  decimalSeparators: Option[];
  outflowSign: string;
  outflowSigns: Option[];
  currencyCode: string;
  choose: string;
};

function Options({ options }: { options: Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function MappingOptions({
  values,
  currencies,
  countries,
  labels,
}: {
  values: Record<string, string>;
  currencies: Option[];
  countries: Option[];
  labels: MappingOptionsLabels;
}) {
  const valueOf = (name: string) => values[name] ?? "";
  return (
    <>
      <Group title={labels.directionTitle}>
        <TextField name="directionOut" label={labels.directionOut} hint={labels.directionHint} defaultValue={valueOf("directionOut")} data-testid="mapping-direction-out" />
        <TextField name="directionIn" label={labels.directionIn} defaultValue={valueOf("directionIn")} data-testid="mapping-direction-in" />
        <TextField name="pendingWords" label={labels.pendingWords} hint={labels.pendingHint} defaultValue={valueOf("pendingWords")} />
      </Group>
      <Group title={labels.datesTitle}>
        <SelectField name="dateFormat" label={labels.dateFormat} defaultValue={valueOf("dateFormat")}>
          <Options options={labels.dateFormats} />
        </SelectField>
        <TextField name="year" label={labels.year} hint={labels.yearHint} defaultValue={valueOf("year")} inputMode="numeric" pattern="[0-9]{4}" maxLength={4} />
        <SelectField name="bankCountry" label={labels.bankCountry} hint={labels.bankCountryHint} defaultValue={valueOf("bankCountry")}>
          <option value="">{labels.bankCountryUnknown}</option>
          <Options options={countries} />
        </SelectField>
      </Group>
      <Group title={labels.amountsTitle}>
        <SelectField name="decimalSeparator" label={labels.decimalSeparator} defaultValue={valueOf("decimalSeparator")}>
          <Options options={labels.decimalSeparators} />
        </SelectField>
        <SelectField name="outflowSign" label={labels.outflowSign} defaultValue={valueOf("outflowSign") || "negative"} data-testid="mapping-outflow-sign">
          <Options options={labels.outflowSigns} />
        </SelectField>
        <SelectField name="currencyCode" label={labels.currencyCode} defaultValue={valueOf("currencyCode")} data-testid="mapping-currency">
          <option value="">{labels.choose}</option>
          <Options options={currencies} />
        </SelectField>
      </Group>
    </>
  );
}
