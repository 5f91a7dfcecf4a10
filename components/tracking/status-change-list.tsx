/**
 * "What changed": the slips whose payment status moved after an import, an alert paste or a
 * feed event, each linked to its slip ("FamilyMart ¥1,280" · "Charged twice" · "was: …"). Plain
 * props (texts made on the server), so server pages and the alerts form's answer share it.
 */
import { AppLink as Link } from "@/components/ui/app-link";
import { StatusBadge } from "./status-badge";
import type { SlipStatus } from "@/domain/status";

export type StatusChangeItem = { slipId: string; to: SlipStatus; slip: string; status: string; was: string };

export function StatusChangeList({
  changes,
  isUpdating,
  labels,
  testId = "status-changes",
  level = 2,
}: {
  changes: StatusChangeItem[];
  isUpdating: boolean;
  labels: { heading: string; none: string; updating: string };
  testId?: string;
  /** The heading's level where the list sits inside another section (a feed's card). */
  level?: 2 | 3;
}) {
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section className="flex flex-col gap-2" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <Heading id={`${testId}-heading`} className={level === 3 ? "text-base font-semibold" : "text-lg font-semibold"}>
        {labels.heading}
      </Heading>
      {changes.length === 0 ? <p className="text-sm text-stone-600" data-testid="status-changes-none">{isUpdating ? labels.updating : labels.none}</p> : null}
      {changes.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {changes.map((change) => (
            <li key={change.slipId} data-testid="status-change">
              <Link href={`/slips/${change.slipId}#tracking`} className="flex flex-col gap-1 rounded-md border border-stone-200 bg-white p-3 hover:border-brand-600">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-words underline" data-testid="status-change-slip">{change.slip}</span>
                  <StatusBadge status={change.to} label={change.status} testId="status-change-status" />
                </span>
                <span className="text-sm text-stone-600">{change.was}</span>
              </Link>
            </li>
          ))}
          {isUpdating ? <li className="text-sm text-stone-600">{labels.updating}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
