/**
 * A shared slip, read-only, for whoever holds an open share link (docs/sharing.md): no sign-in —
 * the token is the permission, and the link decides the owner and the slip. It shows the
 * status and matched bank records, the slip's facts, what the terminal printed and its
 * photos; never the notes, and no action. An unknown, expired or revoked token is the same
 * "this link does not open" page (not-found.tsx). Not indexed, and no referrer leaves it.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import { titleFor } from "@/i18n/page-title";
import type { Locale } from "@/i18n/routing";
import { resolveShareToken } from "@/server/sharing/share-links";
import { getSavedDiagnosisForUser, getSlipForUser } from "@/server/slips/slip-queries";
import { SlipHeader, SlipMainFacts, SlipPhotos, SlipPrinted } from "@/components/slips/slip-sections";
import { TrackingSection } from "@/components/tracking/tracking-section";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFor("sharing.view.pageTitle", { robots: { index: false, follow: false }, referrer: "no-referrer" });

type Params = Promise<{ locale: string; token: string }>;

export default async function SharedSlipPage({ params }: { params: Params }) {
  const { token, locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const share = await resolveShareToken(token);
  if (!share) notFound();
  const slip = await getSlipForUser(share.userId, share.slipId);
  if (!slip) notFound();
  const diagnosis = slip.savedDiagnosisId ? await getSavedDiagnosisForUser(share.userId, slip.savedDiagnosisId) : null;
  const t = await getTranslations({ locale, namespace: "sharing.view" });
  const expires = formatInstant(share.expiresAt, await getDateLocale(locale));
  const photoBase = `/api/shared/${encodeURIComponent(token)}/photos`;
  return (
    <article className="flex flex-col gap-5 py-4" data-testid="shared-slip">
      <div className="flex flex-col gap-1 rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm" data-testid="shared-banner">
        <p>{t("banner")}</p>
        <p data-testid="shared-expires">{t("expires", { date: expires })}</p>
      </div>
      <SlipHeader slip={slip} locale={locale} />
      <TrackingSection userId={share.userId} slipId={slip.id} locale={locale} readOnly />
      <SlipMainFacts slip={slip} locale={locale} diagnosisCauseId={diagnosis?.causeId ?? null} />
      <SlipPrinted slip={slip} locale={locale} />
      <SlipPhotos slip={slip} locale={locale} urlFor={(photoId, size) => `${photoBase}/${encodeURIComponent(photoId)}${size ? `?size=${size}` : ""}`} />
    </article>
  );
}
