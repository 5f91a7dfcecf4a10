/**
 * The first rows of a CSV as they will be saved under the mapping being chosen: each row's line
 * and cells, then the record(s) it becomes (a credit shows "+"), the reason it will be skipped,
 * or that it only continues the row above. No hooks: rendered by the server after "preview"
 * (no JavaScript) and inside the mapping form as the selects change.
 */
import type { MappingPreviewText } from "@/server/imports/mapping-preview";
import { RecordCard } from "./record-card";

export type MappingPreviewLabels = { title: string; line: string; skipped: string; continues: string };

export function MappingPreviewTable({ preview, labels }: { preview: MappingPreviewText; labels: MappingPreviewLabels }) {
  return (
    <section className="flex flex-col gap-2" aria-live="polite" data-testid="mapping-preview">
      <h3 className="text-base font-semibold">{labels.title}</h3>
      {!preview.ok ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="mapping-preview-problem">{preview.reason}</p>
      ) : (
        <>
          {preview.fileIssues.map((issue) => (
            <p key={issue} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="mapping-preview-problem">{issue}</p>
          ))}
          <ol className="flex flex-col gap-2">
            {preview.rows.map((row) => (
              <li key={row.line} className="flex flex-col gap-1" data-testid="preview-row">
                <p className="break-all text-xs text-stone-600">
                  <span className="font-medium">{labels.line.replace("{line}", String(row.line))}</span> {row.cells.join(" · ")}
                </p>
                {row.records.map((record, index) => <RecordCard key={index} line={record} />)}
                {row.reason ? <p className="text-sm text-amber-900" data-testid="preview-row-skipped">{labels.skipped.replace("{reason}", row.reason)}</p> : null}
                {row.continuesAbove ? <p className="text-sm text-stone-600">{labels.continues}</p> : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
