/** A share link that does not open (unknown, expired or revoked — told apart for no one). */
import { getLocale, getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";

export default async function SharedLinkGone() {
  const locale = await getLocale();
  const t = await getTranslations({ locale });
  return (
    <section className="flex flex-col gap-3 py-10" data-testid="shared-gone">
      <title>{t("meta.pageTitle", { page: t("sharing.gone.pageTitle") })}</title>
      <meta name="robots" content="noindex, nofollow" />
      <h1 className="text-2xl font-bold">{t("sharing.gone.title")}</h1>
      <p className="text-stone-700">{t("sharing.gone.body")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("errors.backHome")}
        </Link>
      </p>
    </section>
  );
}
