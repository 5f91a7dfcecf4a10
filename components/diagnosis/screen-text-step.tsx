import { readScreenTextAction } from "@/server/diagnosis/diagnosis-actions";
import { CarriedParams } from "./carried-params";
import { listCountries } from "./countries";
import type { GuideText } from "./guide-text";

type Prefill = { screenText?: string; story?: string; country?: string; carry?: string };

/**
 * Step one: what the terminal or slip said, the story in the traveller's words, the country.
 * Posted (readScreenTextAction), so the typed text reaches no address before card numbers are cut.
 * The offline guide (no server) keeps a GET form: the text stays on the phone, and the guide
 * replaces the history entry the moment it has cut a card number (offline-guide.tsx).
 */
export function ScreenTextStep({ text, prefill = {}, offline = false }: { text: GuideText; prefill?: Prefill; offline?: boolean }) {
  const { locale, tp: t, exampleKeys: examples } = text;
  const field = "w-full rounded-md border border-stone-300 bg-white px-3 py-3 text-base";
  return (
    <form {...(offline ? { method: "get", action: `/${locale}/diagnose` } : { action: readScreenTextAction })} className="flex flex-col gap-4" data-testid="screen-text-form">
      {offline ? null : <input type="hidden" name="locale" value={locale} />}
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
