/**
 * The column-mapping step of an unknown CSV as a form: one select per column naming its role
 * ("role-0", "role-1", …), plus the date order, decimal separator, which sign is money out and
 * the currency when no column holds one. Turned into a ColumnMapping (domain/statements), or
 * field errors with message keys.
 */
import "server-only";
import { columnMappingSchema, DATE_FORMATS, type ColumnMapping } from "@/domain/statements";
import { isCurrencyCode } from "@/domain/money";

export const MAPPING_ROLES = ["date", "postingDate", "description", "amount", "debit", "credit", "currency", "reference", "cardLast4"] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

const SINGLE_ROLES: readonly MappingRole[] = ["date", "postingDate", "amount", "debit", "credit", "currency", "reference", "cardLast4"];
const MAX_COLUMNS = 500;

export type MappingFormResult = { ok: true; mapping: ColumnMapping } | { ok: false; fieldErrors: Record<string, string[]> };

/** The roles chosen per column, by column index. */
export function readRoles(formData: FormData): Map<number, MappingRole> {
  const roles = new Map<number, MappingRole>();
  for (const [name, value] of formData.entries()) {
    const match = /^role-(\d{1,3})$/.exec(name);
    const index = Number(match?.[1]);
    if (match && index < MAX_COLUMNS && typeof value === "string" && (MAPPING_ROLES as readonly string[]).includes(value)) roles.set(index, value as MappingRole);
  }
  return roles;
}

export function mappingFromForm(formData: FormData): MappingFormResult {
  const roles = readRoles(formData);
  const columnsOf = (role: MappingRole) => [...roles].filter(([, r]) => r === role).map(([index]) => index).sort((a, b) => a - b);
  const errors: string[] = [];
  if (SINGLE_ROLES.some((role) => columnsOf(role).length > 1)) errors.push("imports.mapping.errors.once");
  const [date] = columnsOf("date");
  const description = columnsOf("description");
  const [amount] = columnsOf("amount");
  const [debit] = columnsOf("debit");
  const [credit] = columnsOf("credit");
  if (date === undefined) errors.push("imports.mapping.errors.date");
  if (description.length === 0 || description.length > 5) errors.push("imports.mapping.errors.description");
  const hasDebitCredit = debit !== undefined && credit !== undefined;
  if ((amount === undefined) === !hasDebitCredit || (amount !== undefined && (debit !== undefined || credit !== undefined))) errors.push("imports.mapping.errors.amount");
  const [currency] = columnsOf("currency");
  const currencyCode = String(formData.get("currencyCode") ?? "").trim().toUpperCase();
  if (currency === undefined && !isCurrencyCode(currencyCode)) errors.push("imports.mapping.errors.currency");
  if (errors.length > 0) return { ok: false, fieldErrors: { _form: [...new Set(errors)] } };

  const dateFormat = String(formData.get("dateFormat") ?? "");
  const decimalSeparator = String(formData.get("decimalSeparator") ?? "");
  const mapping: Record<string, unknown> = {
    date,
    description: description.length === 1 ? description[0] : description,
    outflowSign: formData.get("outflowSign") === "positive" ? "positive" : "negative",
  };
  if (amount !== undefined) mapping.amount = amount;
  if (hasDebitCredit) Object.assign(mapping, { debit, credit });
  if (currency !== undefined) mapping.currency = currency;
  else mapping.currencyCode = currencyCode;
  for (const role of ["postingDate", "reference", "cardLast4"] as const) {
    const [column] = columnsOf(role);
    if (column !== undefined) mapping[role] = column;
  }
  if ((DATE_FORMATS as readonly string[]).includes(dateFormat)) mapping.dateFormat = dateFormat;
  if (decimalSeparator === "." || decimalSeparator === ",") mapping.decimalSeparator = decimalSeparator;
  const checked = columnMappingSchema.safeParse(mapping);
  return checked.success ? { ok: true, mapping: checked.data } : { ok: false, fieldErrors: { _form: ["records.csv.mappingInvalid"] } };
}

/** A stored mapping back as the form's values, to show the traveller what was chosen. */
export function mappingToFormValues(mapping: ColumnMapping | undefined): Record<string, string> {
  if (!mapping) return {};
  const values: Record<string, string> = { outflowSign: mapping.outflowSign ?? "negative" };
  const set = (column: number | undefined, role: MappingRole) => {
    if (column !== undefined) values[`role-${column}`] = role;
  };
  set(mapping.date, "date");
  for (const column of Array.isArray(mapping.description) ? mapping.description : [mapping.description]) set(column, "description");
  set(mapping.amount, "amount");
  set(mapping.debit, "debit");
  set(mapping.credit, "credit");
  set(mapping.currency, "currency");
  set(mapping.postingDate, "postingDate");
  set(mapping.reference, "reference");
  set(mapping.cardLast4, "cardLast4");
  if (mapping.currencyCode) values.currencyCode = mapping.currencyCode;
  if (mapping.dateFormat) values.dateFormat = mapping.dateFormat;
  if (mapping.decimalSeparator) values.decimalSeparator = mapping.decimalSeparator;
  return values;
}

/** Header words that usually name a role, in the languages of the banks we see most. */
const ROLE_WORDS: [MappingRole, RegExp][] = [
  ["postingDate", /posting|booking|buchungstag|valuta|value date|入账|记账日/i],
  ["date", /date|fecha|datum|data|日期|日付|交易日/i],
  ["debit", /debit|cargo|soll|withdraw|money out|paid out|支出|借方/i],
  ["credit", /credit|abono|haben|deposit|money in|paid in|收入|贷方/i],
  ["amount", /amount|importe|betrag|montant|importo|sum|金额|金額/i],
  ["currency", /currency|divisa|währung|devise|valuta|币种|通貨/i],
  ["cardLast4", /card|tarjeta|karte|卡号/i],
  ["reference", /reference|ref\b|referenz|referencia|参考|流水号/i],
  ["description", /description|concepto|merchant|memo|payee|narrative|details|verwendungszweck|beschreibung|libell|摘要|商户|说明|内容/i],
];

/** A first guess of each column's role from its header, so most files need only a check. */
export function guessRoles(headers: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const taken = new Set<MappingRole>();
  headers.forEach((header, index) => {
    const found = ROLE_WORDS.find(([role, words]) => words.test(header) && (role === "description" || !taken.has(role)));
    if (!found) return;
    taken.add(found[0]);
    values[`role-${index}`] = found[0];
  });
  return values;
}
