import { getMessages, getTranslations } from "next-intl/server";
import { CarriedParams } from "./carried-params";
import { listCountries } from "./countries";

type Prefill = { screenText?: string; story?: string; country?: string; carry?: string };

/** Step one: what the terminal or slip said, the story in the traveller's words, the country. A GET form. */
export async function ScreenTextStep({ locale, prefill = {} }: { locale: string; prefill?: Prefill }) {
  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  const { diagnosePage } = await getMessages({ locale });
  const examples = Object.entries(diagnosePage.examples);
  const field = "w-full rounded-md border border-stone-300 bg-white px-3 py-3 text-base";
  return (
    <form method="get" action={`/${locale}/diagnose`} className="flex flex-col gap-4" data-testid="screen-text-form">
      <input type="hidden" name="s" value="1" />
      {prefill.carry ? <CarriedParams query={prefill.carry} /> : null}
      <label htmlFor="screen-text" className="text-base font-semibold">
        {t("screenTextLabel")}
      </label>
      <p id="screen-text-hint" className="-mt-2 text-sm text-stone-600">
        {t("screenTextHint")}
      </p>
      <input id="screen-text" name="t" type="text" maxLength={2000} autoComplete="off" defaultValue={prefill.screenText} aria-describedby="screen-text-hint" className={field} />
      <label htmlFor="story" className="text-base font-semibold">
        {t("storyLabel")}
      </label>
      <p id="story-hint" className="-mt-2 text-sm text-stone-600">
        {t("storyHint")}
      </p>
      <textarea id="story" name="st" rows={3} maxLength={2000} defaultValue={prefill.story} aria-describedby="story-hint" className={field} data-testid="story" />
      <label htmlFor="country" className="text-base font-semibold">
        {t("countryLabel")}
      </label>
      <select id="country" name="c" defaultValue={prefill.country ?? ""} className={field} data-testid="country">
        <option value="">{t("countryNone")}</option>
        {listCountries(locale).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-3 text-base font-semibold text-white" data-testid="screen-text-submit">
        {t("screenTextSubmit")}
      </button>
      <fieldset className="mt-2">
        <legend className="text-sm font-medium text-stone-700">{t("examplesLabel")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {examples.map(([id, example]) => (
            <button key={id} type="submit" name="t" value={example} className="rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm">
              {example}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
