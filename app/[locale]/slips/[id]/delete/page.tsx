import { titleFor } from "@/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { formatMoney } from "@/domain/money";
import { requireUserForPage } from "@/server/session";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { deleteSlipAction } from "@/server/slips/slip-actions";
import { formatWallClock } from "@/components/slips/slip-format";
import { getDateLocale } from "@/i18n/date-locale";
import { ActionButton } from "@/components/ui/action-button";

export const generateMetadata = titleFor("slips.delete.title");

export default async function DeleteSlipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}/delete`);
  const slip = await getSlipForUser(user.id, id);
  if (!slip) notFound();
  const t = await getTranslations({ locale, namespace: "slips" });
  const dateLocale = await getDateLocale(locale);
  return (
    <section className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t("delete.title")}</h1>
      <p className="rounded-lg border border-stone-200 bg-white p-4">
        <span className="block font-semibold" data-testid="delete-slip-merchant">
          {slip.merchantName}
        </span>
        <span className="block text-sm text-stone-600">
          {formatWallClock(slip.localDateTime, dateLocale)} · {formatMoney(slip.amountMinor, slip.currency, locale)}
        </span>
      </p>
      <p className="text-stone-700">{t("delete.body")}</p>
      <ActionButton action={deleteSlipAction} fields={{ locale, slipId: slip.id }} label={t("delete.confirm")} pendingLabel={t("delete.pending")} testId="delete-slip-confirm" formTestId="delete-slip-form" variant="danger" />
      <Link href={`/slips/${slip.id}`} className="text-sm underline" data-testid="delete-slip-cancel">
        {t("delete.cancel")}
      </Link>
    </section>
  );
}
