import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { buildLettersFor, getDisputeContextForUser, type ShownLetter } from "@/server/disputes/dispute-queries";
import { letterEditAction } from "@/server/disputes/dispute-actions";
import { LetterEditForm } from "@/components/disputes/letter-edit-form";

type Params = Promise<{ locale: string; id: string }>;

/**
 * The letters of a slip's dispute: to the issuer and the merchant in the traveller's language (and
 * English), each editable (the traveller's wording is saved and used by the evidence pack), and
 * the note in the merchant's language.
 */
export default async function DisputeLettersPage({ params, searchParams }: { params: Params; searchParams: Promise<{ letter?: string }> }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}/dispute`);
  const context = await getDisputeContextForUser(user.id, id);
  if (!context) notFound();
  const letters = await buildLettersFor(context, locale);
  const t = await getTranslations({ locale, namespace: "disputes.page" });
  const tl = await getTranslations({ locale, namespace: "disputes.letters" });
  const saved = (await searchParams).letter;
  const editable = (title: string, letter: ShownLetter, testId: string) => (
    <section className="flex flex-col gap-2" key={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <LetterEditForm
        action={letterEditAction} locale={locale} slipId={id} audience={letter.audience} lang={letter.lang} text={letter.text} edited={letter.edited} testId={testId}
        labels={{ title: tl("edit"), edited: tl("edited"), save: tl("save"), saving: tl("saving"), reset: tl("reset") }}
      />
    </section>
  );
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
      {saved === "saved" || saved === "reset" ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" role="status" data-testid="letter-saved">
          {tl(saved === "saved" ? "saved" : "resetDone")}
        </p>
      ) : null}
      {!letters ? (
        <p data-testid="dispute-no-grounds">{t("noGrounds")}</p>
      ) : (
        <>
          {editable(t("issuerLetter"), letters.issuer.traveller, "issuer-letter")}
          {sameLanguage ? null : editable(t("issuerLetterEnglish"), letters.issuer.english, "issuer-letter-english")}
          {editable(t("merchantLetter"), letters.merchant.traveller, "merchant-letter")}
          {sameLanguage ? null : editable(t("merchantLetterEnglish"), letters.merchant.english, "merchant-letter-english")}
          {letters.note ? block(t("merchantNote"), letters.note.lang === "zh-Hant" ? "zh-Hant" : letters.note.lang, letters.note.text, "merchant-note") : null}
        </>
      )}
    </article>
  );
}
