import { getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";

/** The 404's content in the visitor's language; shared by app/[locale]/not-found.tsx and app/not-found.tsx. */
export async function NotFoundBody({ locale }: { locale: string }) {
  const t = await getTranslations({ locale });
  return (
    <section className="flex flex-col gap-3 py-10" data-testid="not-found">
      <title>{t("meta.pageTitle", { page: t("errors.pageNotFoundTitle") })}</title>
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">404</p>
      <h1 className="text-2xl font-bold">{t("errors.pageNotFound")}</h1>
      <p className="text-stone-700">{t("errors.pageNotFoundHint")}</p>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/" className="text-brand-700 underline" data-testid="not-found-home">
            {t("errors.backHome")}
          </Link>
        </li>
        <li>
          <Link href="/diagnose" className="text-brand-700 underline">
            {t("errors.notFoundDiagnose")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
