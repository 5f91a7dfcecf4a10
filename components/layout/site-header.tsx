import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { OfflineStatus } from "@/components/offline/offline-status";
import { AppLink as Link } from "@/components/ui/app-link";
import { getCurrentUser } from "@/server/session";
import { LanguageSwitcher } from "./language-switcher";

/**
 * Without an Auth.js session cookie nobody can be signed in: skip the session check. This also
 * keeps the prerendered offline shells (rendered for nobody, at build time) free of it.
 */
async function hasSessionCookie() {
  return (await cookies()).getAll().some((c) => c.name.includes("authjs.session-token"));
}

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const ts = await getTranslations({ locale, namespace: "slips" });
  const tp = await getTranslations({ locale, namespace: "payments" });
  const tr = await getTranslations({ locale, namespace: "issuerRecords" });
  const to = await getTranslations({ locale, namespace: "offline" });
  const tq = await getTranslations({ locale, namespace: "offlineSlips" });
  const user = (await hasSessionCookie()) ? await getCurrentUser() : null;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex w-full max-w-2xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("home")}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <OfflineStatus
            locale={locale}
            labels={{
              badge: to("badge"),
              badgeHint: to("badgeHint"),
              updateReady: to("updateReady"),
              reload: to("reload"),
              keepForOffline: to("keepForOffline"),
              keepForOfflineHint: to("keepForOfflineHint"),
              waiting: tq.raw("waitingTitle") as string,
            }}
          />
          <LanguageSwitcher label={t("language")} current={locale} />
          {user ? (
            <>
              <Link href="/slips" className="text-sm underline" data-testid="nav-slips">
                {ts("navLink")}
              </Link>
              <Link href="/payments" className="text-sm underline" data-testid="nav-payments">
                {tp("navLink")}
              </Link>
              <Link href="/records" className="text-sm underline" data-testid="nav-records">
                {tr("navLink")}
              </Link>
              <Link href="/account" className="text-sm underline" data-testid="nav-account">
                {t("account")}
              </Link>
            </>
          ) : (
            <Link href="/sign-in" className="text-sm underline" data-testid="nav-sign-in">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
