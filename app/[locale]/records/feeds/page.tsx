import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import { CreateFeedForm, RotateFeedForm } from "@/components/records/feed-forms";
import { ActionButton } from "@/components/ui/action-button";
import { RecordsNav } from "@/components/records/records-nav";
import { readOrigin } from "@/server/http/request-origin";
import type { Locale } from "@/i18n/routing";
import { createFeedAction, deleteFeedAction, rotateFeedSecretAction } from "@/server/feed/feed-actions";
import { requireUserForPage } from "@/server/session";
import { listFeeds } from "@/server/feed/feed-queries";
import { listStatusChangesAfter } from "@/server/tracking/status-changes";
import { StatusChangeList } from "@/components/tracking/status-change-list";

export const generateMetadata = titleFor("feeds.title");

export default async function FeedsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/records/feeds`);
  const { deleted } = await searchParams;
  const [feeds, origin, t] = await Promise.all([listFeeds(user.id), readOrigin(), getTranslations({ locale, namespace: "feeds" })]);
  const secretLabels = { url: t("url"), secret: t("secret"), secretOnce: t("secretOnce") };
  const now = new Date();
  // In UTC, said so: the feed's times are the server's, not the traveller's.
  const dateLocale = await getDateLocale(locale);
  const formatTime = (date: Date) => formatInstant(date, dateLocale);
  // What each feed's last event changed (its recompute runs within seconds of the event).
  const tc = await getTranslations({ locale, namespace: "payments.changes" });
  const changedBy = new Map(
    await Promise.all(feeds.filter((feed) => feed.lastEventAt).map(async (feed) => [feed.id, await listStatusChangesAfter(user.id, feed.lastEventAt!, locale)] as const)),
  );
  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <p className="text-sm text-stone-600">{t("docsHint")}</p>
      {deleted ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="feed-deleted">
          {t("deleted")}
        </p>
      ) : null}
      {feeds.length === 0 ? (
        <p className="text-stone-700" data-testid="feeds-empty">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="feed-list">
          {feeds.map((feed) => (
            <li key={feed.id} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="feed-item">
              <div className="flex flex-col gap-1">
                <h2 className="font-semibold">{feed.name}</h2>
                <code className="break-all text-xs text-stone-700">{`${origin}/api/issuer/events/${feed.id}`}</code>
                <p className="text-sm text-stone-600">
                  {t("createdAt", { date: formatTime(feed.createdAt) })} ·{" "}
                  {feed.lastEventAt ? t("lastEvent", { date: formatTime(feed.lastEventAt), count: feed.eventCount }) : t("noEvents")}
                </p>
                {feed.previousSecretExpiresAt && feed.previousSecretExpiresAt > now ? (
                  <p className="text-sm text-stone-600">{t("previousUntil", { date: formatTime(feed.previousSecretExpiresAt) })}</p>
                ) : null}
              </div>
              {changedBy.get(feed.id) ? (
                <StatusChangeList
                  changes={changedBy.get(feed.id)!.changes}
                  isUpdating={changedBy.get(feed.id)!.isUpdating}
                  labels={{ heading: tc("feedHeading"), none: tc("none"), updating: tc("updating") }}
                  testId={`feed-changes-${feed.id}`}
                  level={3}
                />
              ) : null}
              <RotateFeedForm action={rotateFeedSecretAction} locale={locale} feedId={feed.id} origin={origin} labels={{ ...secretLabels, submit: t("rotate"), pending: t("rotating") }} />
              <details>
                <summary className="cursor-pointer text-sm text-red-800">{t("delete")}</summary>
                <p className="my-2 text-sm text-stone-700">{t("deleteHint")}</p>
                <ActionButton action={deleteFeedAction} fields={{ locale, feedId: feed.id }} label={t("deleteConfirm")} pendingLabel={t("deleting")} testId="delete-feed-submit" formTestId="delete-feed-form" variant="danger" />
              </details>
            </li>
          ))}
        </ul>
      )}
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("createTitle")}</h2>
        <CreateFeedForm action={createFeedAction} locale={locale} origin={origin} labels={{ ...secretLabels, name: t("name"), nameHint: t("nameHint"), submit: t("create"), pending: t("creating") }} />
      </section>
      <RecordsNav locale={locale} current="feeds" />
    </div>
  );
}
