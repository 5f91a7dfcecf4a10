import { getTranslations } from "next-intl/server";

/** Step one: what the terminal or slip said. A GET form, so the answer lands in the URL. */
export async function ScreenTextStep({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  const examples = Object.keys(t.raw("examples") as Record<string, string>);
  return (
    <form method="get" action={`/${locale}/diagnose`} className="flex flex-col gap-4" data-testid="screen-text-form">
      <input type="hidden" name="s" value="1" />
      <label htmlFor="screen-text" className="text-base font-semibold">
        {t("screenTextLabel")}
      </label>
      <p id="screen-text-hint" className="-mt-2 text-sm text-stone-600">
        {t("screenTextHint")}
      </p>
      <input
        id="screen-text"
        name="t"
        type="text"
        maxLength={2000}
        autoComplete="off"
        autoCapitalize="characters"
        aria-describedby="screen-text-hint"
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-3 text-base"
      />
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-3 text-base font-semibold text-white" data-testid="screen-text-submit">
        {t("screenTextSubmit")}
      </button>
      <fieldset className="mt-2">
        <legend className="text-sm font-medium text-stone-700">{t("examplesLabel")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {examples.map((key) => (
            <button key={key} type="submit" name="t" value={t(`examples.${key}`)} className="rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm">
              {t(`examples.${key}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
