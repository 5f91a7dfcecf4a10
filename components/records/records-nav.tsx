/** Links between the records pages: the list, importing a statement, pasting alerts, issuer feeds. */
import { getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";

const LINKS = [
  { key: "list", href: "/records" },
  { key: "import", href: "/records/import" },
  { key: "alerts", href: "/records/alerts" },
  { key: "feeds", href: "/records/feeds" },
] as const;

export async function RecordsNav({ locale, current }: { locale: string; current?: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations({ locale, namespace: "issuerRecords.nav" });
  return (
    <nav className="flex flex-wrap gap-2" aria-label={t("label")} data-testid="records-nav">
      {LINKS.filter((link) => link.key !== current).map((link) => (
        <Link key={link.key} href={link.href} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600" data-testid={`records-nav-${link.key}`}>
          {t(link.key)}
        </Link>
      ))}
    </nav>
  );
}
