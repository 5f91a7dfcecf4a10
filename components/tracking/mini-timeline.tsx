/**
 * The five-stage path in brief, for a row of "My payments": one dot per stage, filled when
 * proven, ringed when expected, hollow when unknown, crossed when it did not happen (the same
 * marks as the slip page's timeline). The dots are decoration; a screen reader hears each stage
 * with its state, and the slip page has the evidence.
 */
import type { PaymentStage } from "@/server/tracking/tracking-queries";

const DOTS: Record<string, string> = {
  proven: "bg-brand-600 border-brand-600",
  expected: "bg-white border-amber-500 border-dashed",
  unknown: "bg-white border-stone-300",
  skipped: "bg-stone-200 border-stone-400",
};

export function MiniTimeline({ stages, label, stageLabel }: { stages: PaymentStage[]; label: string; stageLabel: (number: number, stage: PaymentStage) => string }) {
  if (stages.length === 0) return null;
  return (
    <ol className="flex items-center" aria-label={label} data-testid="mini-timeline">
      {stages.map((stage, index) => (
        <li key={stage.stage} className="flex items-center" data-stage={stage.stage} data-state={stage.state}>
          {index > 0 ? <span aria-hidden="true" className={`h-0.5 w-4 ${stage.state === "proven" ? "bg-brand-600" : "bg-stone-300"}`} /> : null}
          <span aria-hidden="true" className={`flex h-3.5 w-3.5 items-center justify-center rounded-full border-2 text-[8px] leading-none ${DOTS[stage.state] ?? DOTS.unknown}`}>
            {stage.state === "skipped" ? "×" : null}
          </span>
          <span className="sr-only">{stageLabel(index + 1, stage)}</span>
        </li>
      ))}
    </ol>
  );
}
