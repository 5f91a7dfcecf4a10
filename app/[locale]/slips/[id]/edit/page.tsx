import { titleFor } from "@/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { updateSlipAction } from "@/server/slips/slip-actions";
import { loadSlipFormProps } from "@/server/slips/slip-form-props";
import { slipToFormValues } from "@/server/slips/slip-view";
import { photoUrl } from "@/server/slips/slip-json";
import { SlipForm } from "@/components/slips/slip-form";

export const generateMetadata = titleFor("slips.edit.title");

export default async function EditSlipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}/edit`);
  const slip = await getSlipForUser(user.id, id);
  if (!slip) notFound();
  const t = await getTranslations({ locale });
  const { labels, options } = await loadSlipFormProps(locale, user.id);
  const initial = Object.fromEntries(Object.entries(slipToFormValues(slip)).map(([k, v]) => [k, v ?? ""]));
  const existingPhotos = slip.photos.map((photo, index) => ({
    id: photo.id,
    thumbnailUrl: photoUrl(slip.id, photo.id, "thumb"),
    alt: t("photos.alt", { number: index + 1 }),
  }));
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t("slips.edit.title")}</h1>
      <SlipForm
        action={updateSlipAction}
        locale={locale}
        labels={labels}
        options={options}
        initial={initial}
        slipId={slip.id}
        existingPhotos={existingPhotos}
        cancelHref={`/${locale}/slips/${slip.id}`}
      />
    </div>
  );
}
