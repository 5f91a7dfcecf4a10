import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { JOURNEYS } from "@/components/layout/journeys";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <div className="flex flex-col gap-6 py-4">
      <section>
        <h1 className="text-2xl font-bold leading-tight" data-testid="home-heading">
          {t("heading")}
        </h1>
        <p className="mt-3 text-base leading-relaxed text-stone-700">{t("lead")}</p>
      </section>
      <section aria-labelledby="journeys">
        <h2 id="journeys" className="text-lg font-semibold">
          {t("journeysHeading")}
        </h2>
        <ul className="mt-3 flex flex-col gap-3">
          {JOURNEYS.filter((j) => j.available).map((j) => (
            <li key={j.key}>
              <Link href={j.href} className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600" data-testid={`journey-${j.key}`}>
                <span className="block text-base font-semibold text-brand-700">{t(j.key)}</span>
                <span className="mt-1 block text-sm text-stone-600">{t(`${j.key}Hint`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
