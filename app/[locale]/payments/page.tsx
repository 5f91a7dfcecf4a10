import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { getPaymentsForUser } from "@/server/tracking/tracking-queries";
import { readCursor } from "@/server/http/keyset";
import { todayIso } from "@/server/tracking/recompute";
import { markNotificationReadAction } from "@/server/tracking/tracking-actions";
import { ActionButton } from "@/components/ui/action-button";
import { PaymentList, type PaymentListLabels } from "@/components/tracking/payment-list";
import { disputeBadgeKey, disputeNextStep } from "@/components/disputes/dispute-badge";
import { formatCalendarDate, localizeParams } from "@/components/tracking/tracking-format";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import { formatInstant } from "@/i18n/date-format";
import { statusMessageKey } from "@/domain/status";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "payments" });
  return { title: t("title") };
}

export default async function PaymentsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ after?: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/payments`);
  const after = (await searchParams).after;
  const overview = await getPaymentsForUser(user.id, todayIso(), { cursor: readCursor(after) });
  const t = await getTranslations({ locale, namespace: "payments" });
  const tt = looseKeys(await getTranslations({ locale, namespace: "tracking" }));
  const tn = await getTranslations({ locale, namespace: "notifications" });
  const dateLocale = await getDateLocale(locale);
  const tp = looseKeys(await getTranslations({ locale, namespace: "disputes.progress" }));
  const labels: PaymentListLabels = {
    status: (item) => tt(statusMessageKey(item.status, item.isProbable)),
    dispute: (item) => {
      const key = disputeBadgeKey(item.disputeProgress);
      return key ? tp(key) : null;
    },
    nextStep: (item) => {
      const disputed = disputeNextStep(item.disputeProgress);
      if (disputed) return tp(disputed.key, { date: disputed.date ? formatCalendarDate(disputed.date, dateLocale) : "" });
      return tt.has(item.nextStep.key) ? tt(item.nextStep.key, localizeParams(item.nextStep.params, dateLocale)) : "";
    },
    since: (date) => t("since", { date: formatCalendarDate(date, dateLocale) }),
    toCheck: (count) => t("toCheck", { count }),
    timeline: t("tracking.timelineHeading"),
    stage: (number, stage) => t("tracking.stageLabel", { number, stage: tt(`timeline.stage.${stage.stage}`), state: tt(`timeline.state.${stage.state}`) }),
  };
  const isEmpty = overview.needsAction.length === 0 && overview.others.length === 0;
  return (
    <div className="flex flex-col gap-6 py-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
        {overview.isUpdating ? <p role="status" className="text-sm text-amber-800">{t("updating")}</p> : null}
      </header>

      <section id="notifications" className="flex flex-col gap-2" aria-labelledby="notifications-heading" data-testid="notifications">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="notifications-heading" className="text-lg font-semibold">
            {t("notificationsHeading")}
          </h2>
          {overview.unreadCount > 1 ? <ActionButton action={markNotificationReadAction} fields={{ locale }} label={t("markAllRead")} pendingLabel={t("saving")} testId="notifications-read-all" variant="secondary" compact /> : null}
        </div>
        {overview.notifications.length === 0 ? <p className="text-sm text-stone-600">{t("noNotifications")}</p> : null}
        <ul className="flex flex-col gap-2">
          {overview.notifications.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-center justify-between gap-2 rounded-md border p-3 ${n.readAt ? "border-stone-200 bg-white" : "border-amber-300 bg-amber-50"}`} data-testid="notification" data-kind={n.kind} data-read={n.readAt ? "yes" : "no"}>
              <span className="flex flex-col">
                <span>
                  {n.readAt ? null : <span className="mr-2 rounded bg-amber-200 px-1.5 text-xs font-semibold">{t("unread")}</span>}
                  <Link href={`/slips/${n.slipId}${n.kind.startsWith("reminder.dispute") ? "#dispute" : "#tracking"}`} className="underline">
                    {n.kind === "duplicate" || n.kind === "posted" ? tn(`kind.${n.kind}`, { merchant: n.merchantName }) : tn(n.kind, { merchant: n.merchantName })}
                  </Link>
                </span>
                <span className="text-xs text-stone-600">{formatInstant(n.createdAt, dateLocale)}</span>
              </span>
              {n.readAt ? null : <ActionButton action={markNotificationReadAction} fields={{ locale, notificationId: n.id }} label={t("markRead")} pendingLabel={t("saving")} testId="notification-read" variant="secondary" compact />}
            </li>
          ))}
        </ul>
      </section>

      {isEmpty ? (
        <p className="text-stone-700" data-testid="payments-empty">
          {t("empty")}{" "}
          <Link href="/slips/new" className="underline">
            {t("logSlip")}
          </Link>
        </p>
      ) : (
        <>
          <section className="flex flex-col gap-2" aria-labelledby="needs-action-heading">
            <h2 id="needs-action-heading" className="text-lg font-semibold">
              {t("needsActionHeading")}
            </h2>
            {overview.needsAction.length === 0 ? <p className="text-sm text-stone-600">{t("needsActionNone")}</p> : <PaymentList items={overview.needsAction} locale={locale} dateLocale={dateLocale} labels={labels} testId="payments-needs-action" />}
          </section>
          {overview.others.length > 0 ? (
            <section className="flex flex-col gap-2" aria-labelledby="others-heading">
              <h2 id="others-heading" className="text-lg font-semibold">
                {t("othersHeading")}
              </h2>
              <PaymentList items={overview.others} locale={locale} dateLocale={dateLocale} labels={labels} testId="payments-others" />
            </section>
          ) : null}
          {overview.nextCursor || after ? (
            <nav className="flex flex-wrap justify-between gap-3 text-sm" aria-label={t("pages")}>
              {after ? <Link href="/payments" className="underline">{t("newest")}</Link> : <span />}
              {overview.nextCursor ? <Link href={`/payments?after=${encodeURIComponent(overview.nextCursor)}`} className="underline" data-testid="payments-older">{t("older")}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
