/**
 * A slip's tracked dispute beside its status: "Disputed", "Disputed — follow up now" once the
 * follow-up date passed, or how it closed. Nothing while no dispute was sent. The words carry
 * the meaning; the colour only helps.
 */
import type { DisputeBrief } from "@/domain/disputes/dispute-progress";

/** The badge's message key under "disputes.progress", or null while no dispute was sent. */
export function disputeBadgeKey(brief: DisputeBrief): string | null {
  if (brief.state === "none") return null;
  if (brief.state === "open") return brief.isOverdue ? "badgeOverdue" : "badge";
  return `badgeClosed.${brief.state}`;
}

/** The next step while a dispute is tracked (message key and date under "disputes.progress"), or null to keep the tracker's. */
export function disputeNextStep(brief: DisputeBrief): { key: "next" | "nextOverdue" | "nextClosed"; date: string | null } | null {
  if (brief.state === "none") return null;
  if (brief.state === "open") return { key: brief.isOverdue ? "nextOverdue" : "next", date: brief.followUpOn };
  return { key: "nextClosed", date: null };
}

const TONE = { open: "border-violet-300 bg-violet-50 text-violet-900", overdue: "border-red-400 bg-red-50 text-red-900", closed: "border-stone-300 bg-stone-100 text-stone-800" };

export function DisputeBadge({ brief, label, testId }: { brief: DisputeBrief; label: string; testId?: string }) {
  const tone = brief.state === "open" ? (brief.isOverdue ? TONE.overdue : TONE.open) : TONE.closed;
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${tone}`} data-dispute={brief.state} data-testid={testId}>
      {label}
    </span>
  );
}
