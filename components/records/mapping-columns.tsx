"use client";
/**
 * The table part of the mapping step: which row holds the column names ("none" when the first
 * row is already a transaction), then one role select per column, labelled with its name under
 * the chosen header row (or "Column n") and a few values below it. The header-row select is the
 * only controlled field: the column labels follow it.
 */
import { useState } from "react";
import { SelectField } from "@/components/ui/select-field";

type Option = { value: string; label: string };

export type MappingColumnsLabels = {
  headerRow: string;
  headerRowHint: string;
  headerRowAuto: string;
  headerRowNone: string;
  headerRowOption: string;
  column: string;
  columnNoHeader: string;
  examples: string;
  roles: Option[];
};

function fill(template: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce((text, [key, value]) => text.replace(`{${key}}`, String(value)), template);
}

export function MappingColumns({
  topRows,
  detectedHeaderRow,
  values,
  labels,
}: {
  topRows: string[][];
  detectedHeaderRow: number | "none";
  values: Record<string, string>;
  labels: MappingColumnsLabels;
}) {
  const [headerChoice, setHeaderChoice] = useState(values.headerRow ?? "");
  const chosen = headerChoice === "" ? detectedHeaderRow : headerChoice === "none" ? "none" : Number(headerChoice);
  const header = chosen === "none" ? [] : (topRows[chosen] ?? []);
  const below = chosen === "none" ? topRows : topRows.slice(chosen + 1);
  const width = Math.max(header.length, ...below.map((row) => row.length), 0);
  return (
    <>
      <SelectField
        name="headerRow"
        id="mapping-header-row"
        label={labels.headerRow}
        hint={labels.headerRowHint}
        value={headerChoice}
        onChange={(event) => setHeaderChoice(event.target.value)}
        data-testid="mapping-header-row"
      >
        <option value="">{labels.headerRowAuto}</option>
        <option value="none">{labels.headerRowNone}</option>
        {topRows.map((row, index) => (
          <option key={index} value={String(index)}>
            {fill(labels.headerRowOption, { n: index + 1, text: row.join(" · ").slice(0, 60) })}
          </option>
        ))}
      </SelectField>
      <ol className="flex flex-col gap-3">
        {Array.from({ length: width }, (_, index) => {
          const name = header[index]?.trim();
          const examples = below.map((row) => row[index] ?? "").filter((cell) => cell !== "").slice(0, 3);
          return (
            <li key={index} className="rounded-lg border border-stone-200 bg-white p-3">
              <SelectField
                name={`role-${index}`}
                id={`role-${index}`}
                label={name ? fill(labels.column, { n: index + 1, header: name }) : fill(labels.columnNoHeader, { n: index + 1 })}
                hint={examples.length > 0 ? fill(labels.examples, { values: examples.join(" · ") }) : undefined}
                defaultValue={values[`role-${index}`] ?? ""}
                data-testid={`mapping-role-${index}`}
              >
                {labels.roles.map((role) => (
                  <option key={role.value} value={role.value}>
                    {role.label}
                  </option>
                ))}
              </SelectField>
            </li>
          );
        })}
      </ol>
    </>
  );
}
