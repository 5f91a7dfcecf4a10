import { getTranslations } from "next-intl/server";
import { oauthSignInAction, magicLinkAction } from "@/server/auth/auth-providers";
import { MagicLinkForm } from "./magic-link-form";

/** OAuth buttons and the magic-link form, shown only for providers that are configured. */
export async function OtherProviders({ locale, providers }: { locale: string; providers: { github: boolean; google: boolean; email: boolean } }) {
  if (!providers.github && !providers.google && !providers.email) return null;
  const t = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const oauth = (["github", "google"] as const).filter((p) => providers[p]);
  return (
    <div className="flex flex-col gap-3 border-t border-stone-200 pt-4">
      <p className="text-sm text-stone-600">{t("orContinueWith")}</p>
      {oauth.map((provider) => (
        <form key={provider} action={oauthSignInAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="provider" value={provider} />
          <button type="submit" className="w-full rounded-md border border-stone-300 bg-white px-4 py-3 font-medium">
            {provider === "github" ? t("withGithub") : t("withGoogle")}
          </button>
        </form>
      ))}
      {providers.email ? (
        <MagicLinkForm action={magicLinkAction} locale={locale} labels={{ title: t("magicLinkTitle"), email: t("email"), submit: t("magicLinkSubmit"), pending: tc("loading") }} />
      ) : null}
    </div>
  );
}
