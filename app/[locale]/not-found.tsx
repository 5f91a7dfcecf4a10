import { getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section className="py-10">
      <h1 className="text-xl font-semibold">{t("pageNotFound")}</h1>
      <p className="mt-4">
        <Link href="/" className="text-brand-700 underline">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}
