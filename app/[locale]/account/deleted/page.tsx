import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";

export const generateMetadata = titleFor("account.deletedTitle");

/** Where a deleted account lands: public, shows nothing about anyone. */
export default async function AccountDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <section className="flex flex-col gap-3 py-6">
      <h1 className="text-2xl font-bold" data-testid="account-deleted">
        {t("account.deletedTitle")}
      </h1>
      <p className="text-stone-700">{t("account.deletedBody")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("errors.backHome")}
      </Link>
    </section>
  );
}
