/**
 * The five-stage path of PRODUCT.md §1 drawn as a vertical track: a dot per stage (filled when
 * proven, ringed when expected, hollow when there is no sign, crossed when it did not happen)
 * joined by a line. The picture is decoration; every stage also says in words its name, state,
 * the evidence that proves it, or what is expected by when (each expectation once) — so screen
 * readers get it all.
 */
import { readTimelineOnce, type Timeline } from "@/domain/status";

export type TimelineLabels = {
  heading: string;
  stageLabel: (number: number, stage: string, state: string) => string;
  stage: (name: string) => string;
  state: (name: string) => string;
  text: (key: string, params?: Record<string, string | number>) => string;
  next: (text: string) => string;
};

const DOTS: Record<string, string> = {
  proven: "bg-brand-600 border-brand-600",
  expected: "bg-white border-amber-500 border-dashed",
  unknown: "bg-white border-stone-300",
  skipped: "bg-stone-200 border-stone-400",
};

export function PaymentTimeline({ timeline, labels }: { timeline: Timeline; labels: TimelineLabels }) {
  // Each expectation is said once, at the first stage that has it (domain/status/timeline-reading.ts).
  const reading = readTimelineOnce(timeline);
  return (
    <section className="flex flex-col gap-3" aria-labelledby="timeline-heading" data-testid="payment-timeline">
      <h3 id="timeline-heading" className="text-base font-semibold">
        {labels.heading}
      </h3>
      <ol className="flex flex-col">
        {timeline.stages.map((stage, index) => {
          const isLast = index === timeline.stages.length - 1;
          return (
            <li key={stage.stage} className="relative flex gap-3 pb-4" data-testid={`timeline-stage-${stage.stage}`} data-state={stage.state}>
              {isLast ? null : <span aria-hidden="true" className={`absolute top-5 left-[9px] h-full w-0.5 ${stage.state === "proven" ? "bg-brand-600" : "bg-stone-300"}`} />}
              <span aria-hidden="true" className={`relative z-10 mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full border-2 text-[10px] ${DOTS[stage.state] ?? DOTS.unknown}`}>
                {stage.state === "skipped" ? "×" : stage.state === "proven" ? <span className="text-white">✓</span> : null}
              </span>
              <div className="flex flex-col gap-0.5">
                <span className="sr-only">{labels.stageLabel(index + 1, labels.stage(stage.stage), labels.state(stage.state))}</span>
                <span aria-hidden="true" className="font-medium">
                  {labels.stage(stage.stage)} <span className="text-sm font-normal text-stone-600">· {labels.state(stage.state)}</span>
                </span>
                {stage.evidence.reasonKeys.map((key) => (
                  <span key={key} className="text-sm text-stone-700">
                    {labels.text(key)}
                  </span>
                ))}
                {stage.expected && reading.sayExpected[index] ? <span className="text-sm text-amber-900" data-testid="timeline-expected">{labels.text(stage.expected.key, stage.expected.params)}</span> : null}
              </div>
            </li>
          );
        })}
      </ol>
      {timeline.next && reading.sayNext ? (
        <p className="text-sm text-stone-700" data-testid="timeline-next">
          {labels.next(labels.text(timeline.next.key, timeline.next.params))}
        </p>
      ) : null}
    </section>
  );
}
