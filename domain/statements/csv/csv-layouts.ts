/**
 * The bank exports SlipTrack recognises without asking. Each is data: a JSON file in layouts/
 * with its sample and its source (the bank's published layout or another project's importer),
 * validated by layouts/layout-schema.ts. This module keeps the names the rest of the app imports.
 * See docs/importers.md ("Built-in layouts").
 */
import { BUILT_IN_LAYOUTS } from "./layouts";
import type { CsvLayout } from "./layouts/layout-schema";

export type { CsvLayout, LayoutRole } from "./layouts/layout-schema";

export const CSV_LAYOUTS: readonly CsvLayout[] = BUILT_IN_LAYOUTS;

export function findCsvLayout(id: string): CsvLayout | undefined {
  return CSV_LAYOUTS.find((layout) => layout.id === id);
}
