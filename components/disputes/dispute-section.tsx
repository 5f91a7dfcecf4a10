/**
 * The slip page's "Dispute this charge" section (docs/disputes.md): the recommended ground with
 * its network code, the deadline and days left, what to send, and links to the letters, the
 * evidence pack (PDF) and the reminder calendar (.ics). Shown only when the slip has grounds.
 * Loads what it shows, scoped by the user.
 */
import { getTranslations } from "next-intl/server";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import { AppLink as Link } from "@/components/ui/app-link";
import { formatGroundTitle, type Translate } from "@/domain/disputes";
import { getDisputeContextForUser } from "@/server/disputes/dispute-queries";
import { formatCalendarDate } from "@/components/tracking/tracking-format";

type Props = { userId: string; slipId: string; locale: string };

export async function DisputeSection({ userId, slipId, locale }: Props) {
  const context = await getDisputeContextForUser(userId, slipId);
  const finding = context?.findings[0];
  if (!finding) return null;
  const t = await getTranslations({ locale, namespace: "disputes.page" });
  // Grounds and evidence keys come from domain/disputes; its message tests check them.
  const td = looseKeys(await getTranslations({ locale, namespace: "disputes" }));
  const translate: Translate = (key, params) => (td as unknown as (k: string, p?: object) => string)(key, params);
  const { deadline, daysLeft, isExpired } = finding.deadline;
  const dateLocale = await getDateLocale(locale);
  const query = `?locale=${encodeURIComponent(locale)}`;
  const button = "rounded-md border border-red-300 bg-white px-4 py-3 text-center font-semibold text-red-800";
  return (
    <section id="dispute" className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4" aria-labelledby="dispute-heading" data-testid="dispute-section">
      <h2 id="dispute-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold text-stone-700">{t("recommended")}</h3>
        <p className="font-medium break-words" data-testid="dispute-ground">
          {formatGroundTitle(finding, translate)}
        </p>
        {finding.reasonCode ? (
          <p className="text-sm" data-testid="dispute-code">
            {t("networkCode", { code: finding.reasonCode })}
          </p>
        ) : null}
        <p className="text-sm" data-testid="dispute-deadline">
          {deadline === null ? t("noDeadline") : isExpired ? t("deadlinePassed", { date: formatCalendarDate(deadline, dateLocale) }) : t("deadline", { date: formatCalendarDate(deadline, dateLocale), daysLeft: daysLeft ?? 0 })}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold text-stone-700">{t("evidenceHeading")}</h3>
        <ul className="list-disc pl-5 text-sm" data-testid="dispute-evidence">
          {finding.evidence.map((key) => (
            <li key={key}>{td.has(key) ? translate(key) : key}</li>
          ))}
        </ul>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Link href={`/slips/${slipId}/dispute`} className={button} data-testid="dispute-letters-link">
          {t("openLetters")}
        </Link>
        <a href={`/api/slips/${slipId}/dispute-pack${query}`} download className={button} data-testid="dispute-pack-link">
          {t("downloadPack")}
        </a>
        <a href={`/api/slips/${slipId}/dispute-reminders.ics${query}`} download className={button} data-testid="dispute-ics-link">
          {t("downloadReminders")}
        </a>
      </div>
    </section>
  );
}
