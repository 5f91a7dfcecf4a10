/** One issuer record as a card: merchant and amount first, then date, kind, state, source and card. No hooks: renders on the server or inside a client form. */
import type { RecordLine } from "@/server/records/present-record";

export function RecordCard({ line, badge, note }: { line: RecordLine; badge?: string | null; note?: string | null }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm" data-testid="record-item">
      <span className="flex items-baseline justify-between gap-3">
        <span className="break-words font-semibold" data-testid="record-merchant">{line.merchant}</span>
        <span className={`whitespace-nowrap font-semibold tabular-nums ${line.isCredit ? "text-brand-700" : ""}`} data-testid="record-amount">
          {line.amount}
        </span>
      </span>
      {line.original ? <span className="block text-right text-xs tabular-nums text-stone-600">{line.original}</span> : null}
      <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
        <span>{line.when}</span>
        <span aria-hidden="true">·</span>
        <span>{line.kind}</span>
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700" data-testid="record-state">{line.state}</span>
        <span aria-hidden="true">·</span>
        <span>{line.source}</span>
        {line.card ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{line.card}</span>
          </>
        ) : null}
        {badge ? <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700" data-testid="record-badge">{badge}</span> : null}
      </span>
      {note ? <span className="mt-1 block text-xs text-stone-600" data-testid="record-note">{note}</span> : null}
    </div>
  );
}
