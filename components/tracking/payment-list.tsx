/** A list of slips with their status badge, a small timeline and the next step, each linking to its slip page. */
import { formatMoney } from "@/domain/money";
import { AppLink as Link } from "@/components/ui/app-link";
import { formatWallClock } from "@/components/slips/slip-format";
import type { PaymentItem, PaymentStage } from "@/server/tracking/tracking-queries";
import { MiniTimeline } from "./mini-timeline";
import { StatusBadge } from "./status-badge";
import { DisputeBadge } from "@/components/disputes/dispute-badge";

export type PaymentListLabels = {
  status: (item: PaymentItem) => string;
  /** The tracked dispute's badge, or null while none was sent. */
  dispute: (item: PaymentItem) => string | null;
  nextStep: (item: PaymentItem) => string;
  since: (date: string) => string;
  toCheck: (count: number) => string;
  timeline: string;
  stage: (number: number, stage: PaymentStage) => string;
};

export function PaymentList({ items, locale, dateLocale, labels, testId }: { items: PaymentItem[]; locale: string; dateLocale: string; labels: PaymentListLabels; testId: string }) {
  return (
    <ul className="flex flex-col gap-3" data-testid={testId}>
      {items.map((item) => (
        <li key={item.slipId}>
          <Link href={`/slips/${item.slipId}#tracking`} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600" data-testid="payment-item">
            <span className="flex items-baseline justify-between gap-3">
              <span className="font-semibold">{item.merchantName}</span>
              <span className="whitespace-nowrap font-semibold tabular-nums">{formatMoney(item.amountMinor, item.currency, locale)}</span>
            </span>
            <span className="text-sm text-stone-600">{formatWallClock(item.localDateTime, dateLocale)}</span>
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={item.status} label={labels.status(item)} testId="payment-status" />
              {labels.dispute(item) ? <DisputeBadge brief={item.disputeProgress} label={labels.dispute(item)!} testId="payment-dispute" /> : null}
              <span className="text-sm text-stone-600">{labels.since(item.since)}</span>
              {item.proposedCount > 0 ? <span className="text-sm font-medium text-amber-900">{labels.toCheck(item.proposedCount)}</span> : null}
            </span>
            <MiniTimeline stages={item.stages} label={labels.timeline} stageLabel={labels.stage} />
            <span className="text-sm">{labels.nextStep(item)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
