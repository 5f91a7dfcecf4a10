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
          {user ? null : (
            <Link href="/sign-in" className="text-sm underline" data-testid="nav-sign-in">
              {t("signIn")}
            </Link>
          )}
        </div>
        {user ? (
          // One line at 390 px in both languages (e2e/polish.spec.ts measures it): short labels, no wrapping.
          <nav aria-label={t("mainNav")} className="flex w-full items-center gap-x-3 overflow-x-auto whitespace-nowrap text-sm" data-testid="main-nav">
            <Link href="/diagnose" className="underline" data-testid="nav-diagnose">
              {t("diagnose")}
            </Link>
            <Link href="/slips" className="underline" data-testid="nav-slips">
              {t("slips")}
            </Link>
            <Link href="/payments" className="underline" data-testid="nav-payments">
              {t("payments")}
            </Link>
            <Link href="/records" className="underline" data-testid="nav-records">
              {t("records")}
            </Link>
            <Link href="/account" className="underline" data-testid="nav-account">
              {t("account")}
            </Link>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
