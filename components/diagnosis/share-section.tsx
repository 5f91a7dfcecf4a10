import { headers } from "next/headers";
import { AppLink as Link } from "@/components/ui/app-link";
import { saveDiagnosisAction } from "@/server/diagnosis/diagnosis-actions";
import { getCurrentUser } from "@/server/session";
import type { GuideText } from "./guide-text";
import { ResultLinks } from "./result-links";

/** Share link, save (signed in) or sign in to save, and the way back to more questions or a new start. */
export async function ShareSection({ text, query, saved, canAnswerMore }: { text: GuideText; query: string; saved: boolean; canAnswerMore: boolean }) {
  const { locale, tp: t } = text;
  const h = await headers();
  const shareUrl = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}/${locale}/diagnose?${query}`;
  const user = await getCurrentUser();
  const resultPath = `/diagnose?${query}${query ? "&" : ""}r=1`;
  return (
    <>
      <section className="no-print rounded-lg bg-white p-4 shadow-sm" data-testid="share">
        <h2 className="text-base font-semibold">{t("shareTitle")}</h2>
        <div className="mt-3 flex flex-col gap-3">
          <p className="text-sm text-stone-600">{t("shareHint")}</p>
          <label htmlFor="share-url" className="text-sm font-medium">
            {t("shareUrlLabel")}
          </label>
          <input id="share-url" readOnly value={shareUrl} className="w-full rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs" data-testid="share-url" />
          {saved ? (
            <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="diagnosis-saved">
              {t("saved")}
            </p>
          ) : user ? (
            <form action={saveDiagnosisAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="query" value={query} />
              <button type="submit" className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white" data-testid="save-diagnosis">
                {t("save")}
              </button>
            </form>
          ) : (
            <Link href={{ pathname: "/sign-in", query: { next: `/${locale}${resultPath}` } }} className="text-sm font-semibold text-brand-700 underline">
              {t("signInToSave")}
            </Link>
          )}
        </div>
      </section>
      <ResultLinks text={text} query={query} canAnswerMore={canAnswerMore} />
    </>
  );
}
