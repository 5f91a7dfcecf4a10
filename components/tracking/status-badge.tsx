/** A slip's status as a coloured pill; the words carry the meaning, the colour only helps. */
import type { SlipStatus } from "@/domain/status";

const TONES: Record<SlipStatus, string> = {
  awaiting: "bg-stone-100 text-stone-800 border-stone-300",
  pending: "bg-amber-50 text-amber-900 border-amber-300",
  posted: "bg-sky-50 text-sky-900 border-sky-300",
  duplicate: "bg-red-50 text-red-900 border-red-300",
  reversed: "bg-emerald-50 text-emerald-900 border-emerald-300",
  refunded: "bg-emerald-50 text-emerald-900 border-emerald-300",
  unmatched_stale: "bg-stone-100 text-stone-800 border-stone-400",
};

export function StatusBadge({ status, label, testId }: { status: SlipStatus; label: string; testId?: string }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONES[status]}`} data-status={status} data-testid={testId}>
      {label}
    </span>
  );
}
