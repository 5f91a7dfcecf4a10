/**
 * The slip page's tracking section (docs/statuses.md "In the app"): status with its evidence and
 * the date it changed, the next step with its due date, the five-stage path, the matches with
 * their score parts and reasons in words, confirm / reject forms, and dispute grounds for a
 * double charge. Server-rendered; the forms post without JavaScript.
 */
import type { Timeline } from "@/domain/status";
import { getTimelineForUser, getTrackingForUser, type TrackingView as TrackingData } from "@/server/tracking/tracking-queries";
import { PaymentTimeline } from "./payment-timeline";
import { TrackingDispute, TrackingEvidence, TrackingNextStep, TrackingStatus } from "./tracking-facts";
import { MatchList } from "./match-list";
import { trackingTexts } from "./tracking-texts";

type Props = { userId: string; slipId: string; locale: string; decided?: string };

/** Loads what it shows (scoped by the user), so the slip page renders it with one line. */
export async function TrackingSection({ userId, slipId, locale, decided }: Props) {
  const [tracking, timeline] = [await getTrackingForUser(userId, slipId), await getTimelineForUser(userId, slipId)];
  if (!tracking || !timeline) return null;
  return <TrackingView tracking={tracking} timeline={timeline} locale={locale} decided={decided} />;
}

async function TrackingView({ tracking, timeline, locale, decided }: { tracking: TrackingData; timeline: Timeline; locale: string; decided?: string }) {
  const { t, tt, text } = await trackingTexts(locale);
  return (
    <section id="tracking" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="tracking-heading" data-testid="tracking-section">
      <h2 id="tracking-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <TrackingStatus tracking={tracking} locale={locale} decided={decided} />
      <TrackingEvidence tracking={tracking} locale={locale} />
      <TrackingNextStep tracking={tracking} locale={locale} />
      {tracking.dispute ? <TrackingDispute dispute={tracking.dispute} locale={locale} /> : null}
      <PaymentTimeline
        timeline={timeline}
        labels={{
          heading: t("timelineHeading"),
          stageLabel: (number, stage, state) => t("stageLabel", { number, stage, state }),
          stage: (name) => tt(`timeline.stage.${name}`),
          state: (name) => tt(`timeline.state.${name}`),
          text,
          next: (value) => t("timelineNext", { text: value }),
        }}
      />
      <MatchList matches={tracking.matches} locale={locale} />
    </section>
  );
}
