/**
 * The language switcher: plain links to /api/locale, which returns the reader to the same page
 * and query in the other language. A server component — no JavaScript ships for it.
 */
const LOCALES = [
  { code: "en", name: "English" },
  { code: "zh-CN", name: "简体中文" },
] as const;

export function LanguageSwitcher({ label, current }: { label: string; current: string }) {
  return (
    <nav aria-label={label} className="flex gap-2 text-sm" data-testid="language-switcher">
      {LOCALES.map(({ code, name }) =>
        code === current ? (
          <span key={code} aria-current="true" className="font-semibold">
            {name}
          </span>
        ) : (
          <a key={code} href={`/api/locale?to=${code}`} hrefLang={code} lang={code} rel="nofollow" className="underline">
            {name}
          </a>
        ),
      )}
    </nav>
  );
}
