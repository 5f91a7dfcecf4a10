/**
 * The one shape of a signed-in server action (after dub's safe-action): the locale from the
 * form, the signed-in user, the action's own lines, and every failure through `failure()` —
 * translated AppErrors, everything else logged with a correlation id. Redirects pass through.
 * An action body returns nothing when it redirects, or a FormState to show.
 */
import "server-only";
import type { Locale } from "@/i18n/routing";
import { requireUser, type CurrentUser } from "@/server/session";
import { failure, readLocale, type FormState } from "@/server/http/action-result";

export type ActionContext = { user: CurrentUser; locale: Locale; formData: FormData };

type Options = {
  /** What to put back into the form after a failure (never passwords). */
  echo?: (formData: FormData) => Record<string, string>;
  /** A last word on the failure's answer (e.g. "choose your photos again"). */
  onFailure?: (state: FormState, ctx: { locale: Locale; formData: FormData }) => Promise<FormState>;
};

/** S: the action's own answer (FormState, or FormState plus a result to show). */
export function userAction<S extends FormState = FormState>(run: (ctx: ActionContext) => Promise<NoInfer<S> | void>, options: Options = {}) {
  return async function action(_prev: S, formData: FormData): Promise<S> {
    const locale = readLocale(formData);
    try {
      const user = await requireUser();
      return (await run({ user, locale, formData })) ?? (null as S);
    } catch (error) {
      const state = await failure(error, locale, options.echo?.(formData));
      // A failure carries only FormState's fields, which every S extends.
      return (options.onFailure ? await options.onFailure(state, { locale, formData }) : state) as S;
    }
  };
}
