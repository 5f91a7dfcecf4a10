/**
 * Share links on the slip page ("Share this slip": make one, see and revoke this slip's links)
 * and on the account page (every link, each with its slip). Loads what it shows, scoped by the
 * user; times in UTC, said so, like the feeds page. Revoking is a plain post without JavaScript.
 */
import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import { AppLink as Link } from "@/components/ui/app-link";
import { ActionButton } from "@/components/ui/action-button";
import { DEFAULT_SHARE_LINK_DAYS, SHARE_LINK_DAYS } from "@/domain/sharing/share-link";
import { listShareLinksForUser, type ShareLinkItem } from "@/server/sharing/share-links";
import { createShareLinkAction, revokeShareLinkAction } from "@/server/sharing/share-actions";
import { ShareLinkForm } from "./share-link-form";

const STATE_STYLE = {
  open: "bg-brand-50 text-brand-700",
  expired: "bg-stone-100 text-stone-700",
  revoked: "bg-stone-100 text-stone-700",
} as const;

async function ShareLinkList({ links, locale, from, showSlip }: { links: ShareLinkItem[]; locale: string; from: "slip" | "account"; showSlip: boolean }) {
  const t = await getTranslations({ locale, namespace: "sharing" });
  const dateLocale = await getDateLocale(locale);
  const formatTime = (date: Date) => formatInstant(date, dateLocale);
  if (links.length === 0) return <p className="text-sm text-stone-600" data-testid="share-links-none">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="share-links">
      {links.map((link) => (
        <li key={link.id} className="flex flex-col gap-2 rounded-md border border-stone-200 bg-white p-3 text-sm" data-testid="share-link-row" data-state={link.state}>
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[link.state]}`} data-testid="share-link-state">
              {t(`state.${link.state}`)}
            </span>
            {showSlip ? (
              <Link href={`/slips/${link.slipId}#share`} className="font-medium break-words underline" data-testid="share-link-slip">
                {link.merchantName}
              </Link>
            ) : null}
          </div>
          <p className="text-stone-700">{t("createdOn", { date: formatTime(link.createdAt) })}</p>
          {link.state === "open" ? (
            <>
              <p className="text-stone-700">{t("worksUntil", { date: formatTime(link.expiresAt) })}</p>
              <ActionButton action={revokeShareLinkAction} fields={{ locale, linkId: link.id, from }} label={t("revoke")} pendingLabel={t("revoking")} testId="share-link-revoke" variant="secondary" compact />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function RevokedBanner({ text }: { text: string }) {
  return (
    <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="share-link-revoked">
      {text}
    </p>
  );
}

/** The slip page's section (id="share"). */
export async function ShareSection({ userId, slipId, locale, revoked }: { userId: string; slipId: string; locale: string; revoked?: boolean }) {
  const t = await getTranslations({ locale, namespace: "sharing" });
  const links = await listShareLinksForUser(userId, { slipId });
  return (
    <section id="share" className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4" aria-labelledby="share-heading" data-testid="share-section">
      <h2 id="share-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {revoked ? <RevokedBanner text={t("revoked")} /> : null}
      <ShareLinkForm
        action={createShareLinkAction}
        locale={locale}
        slipId={slipId}
        labels={{
          days: t("days"),
          dayOptions: SHARE_LINK_DAYS.map((days) => ({ value: String(days), label: t("dayOptions", { days }) })),
          defaultDays: String(DEFAULT_SHARE_LINK_DAYS),
          submit: t("create"),
          pending: t("creating"),
          link: t("link"),
          linkOnce: t("linkOnce"),
        }}
      />
      {links.length > 0 ? (
        <>
          <h3 className="text-sm font-semibold text-stone-700">{t("listTitle")}</h3>
          <ShareLinkList links={links} locale={locale} from="slip" showSlip={false} />
        </>
      ) : null}
    </section>
  );
}

/** The account page's section (id="shared-links"). */
export async function AccountShareLinks({ userId, locale, revoked }: { userId: string; locale: string; revoked?: boolean }) {
  const t = await getTranslations({ locale, namespace: "sharing" });
  const links = await listShareLinksForUser(userId);
  return (
    <section id="shared-links" className="flex flex-col gap-3" aria-labelledby="shared-links-heading" data-testid="account-share-links">
      <h2 id="shared-links-heading" className="text-lg font-semibold">
        {t("accountTitle")}
      </h2>
      <p className="text-sm text-stone-600">{t("accountIntro")}</p>
      {revoked ? <RevokedBanner text={t("revoked")} /> : null}
      <ShareLinkList links={links} locale={locale} from="account" showSlip />
    </section>
  );
}
