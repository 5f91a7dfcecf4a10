import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { buildLettersFor, getDisputeContextForUser } from "@/server/disputes/dispute-queries";

type Params = Promise<{ locale: string; id: string }>;

/** The letters of a slip's dispute: to the issuer and the merchant in the traveller's language (and English), and the note in the merchant's language. */
export default async function DisputeLettersPage({ params }: { params: Params }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}/dispute`);
  const context = await getDisputeContextForUser(user.id, id);
  if (!context) notFound();
  const letters = await buildLettersFor(context, locale);
  const t = await getTranslations({ locale, namespace: "disputes.page" });
  const block = (title: string, lang: string, text: string, testId: string) => (
    <section className="flex flex-col gap-2" key={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <pre lang={lang} className="rounded-md border border-stone-200 bg-white p-3 font-sans text-sm break-words whitespace-pre-wrap" data-testid={testId}>
        {text}
      </pre>
    </section>
  );
  const sameLanguage = locale === "en";
  return (
    <article className="flex flex-col gap-5 py-4">
      <Link href={`/slips/${id}#dispute`} className="text-sm underline">
        {t("backToSlip")}
      </Link>
      <h1 className="text-2xl font-bold">{t("lettersTitle")}</h1>
      {!letters ? (
        <p data-testid="dispute-no-grounds">{t("noGrounds")}</p>
      ) : (
        <>
          {block(t("issuerLetter"), letters.issuer.traveller.lang, letters.issuer.traveller.text, "issuer-letter")}
          {sameLanguage ? null : block(t("issuerLetterEnglish"), "en", letters.issuer.english.text, "issuer-letter-english")}
          {block(t("merchantLetter"), letters.merchant.traveller.lang, letters.merchant.traveller.text, "merchant-letter")}
          {sameLanguage ? null : block(t("merchantLetterEnglish"), "en", letters.merchant.english.text, "merchant-letter-english")}
          {letters.note ? block(t("merchantNote"), letters.note.lang === "zh-Hant" ? "zh-Hant" : letters.note.lang, letters.note.text, "merchant-note") : null}
        </>
      )}
    </article>
  );
}
