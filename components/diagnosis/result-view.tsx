import { getTranslations } from "next-intl/server";
import { getCause, type DiagnosisResult, type Reason } from "@/domain/diagnosis";
import { AppLink as Link } from "@/components/ui/app-link";
import { PrintButton } from "./print-button";
import { looseKeys } from "@/i18n/loose-keys";

const OUTLOOK_STYLE = {
  mayBeChargedLater: "border-amber-500 bg-amber-50",
  noChargeExpected: "border-emerald-600 bg-emerald-50",
  holdReleased: "border-sky-600 bg-sky-50",
  unclear: "border-stone-400 bg-stone-100",
} as const;

function percent(likelihood: number) {
  return Math.round(likelihood * 100);
}

/**
 * The whole result, phone first: the charge outlook (the first worry), the main cause and what to
 * do now fit above the fold at 390 px; why, what to keep, what to ask the bank and how to avoid
 * it are folded in <details> (opens without JavaScript), as are the other causes.
 */
export async function ResultView({ locale, result, slipHref }: { locale: string; result: DiagnosisResult; slipHref: string }) {
  // Diagnosis keys come from the domain (questions, options, causes); domain/diagnosis/messages.test.ts checks them.
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const tp = await getTranslations({ locale, namespace: "diagnosePage" });
  const [top, ...others] = result.causes;
  const outlook = result.advice.chargeOutlook;
  const matchedBySignal = new Map(result.signals.map((s) => [s.id as string, s.matched]));
  const reasonText = (r: Reason) =>
    r.kind === "signal" && r.id.startsWith("story")
      ? tp("storySaid", { label: t(r.labelKey) })
      : r.kind === "signal"
        ? tp("screenSaid", { matched: matchedBySignal.get(r.id) ?? "", label: t(r.labelKey) })
        : tp("answered", { label: t(r.labelKey) });
  const list = (title: string, keys: string[], testId: string, hint?: string) =>
    keys.length ? (
      <section className="flex flex-col gap-2" data-testid={testId}>
        <h3 className="text-base font-semibold">{title}</h3>
        {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
        <ul className="list-disc space-y-1 pl-5 text-sm leading-relaxed">
          {keys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <article className="flex flex-col gap-4" data-testid="diagnosis-result" data-cause={top?.id} data-outlook={outlook}>
      <section className={`rounded-lg border-l-4 p-3 ${OUTLOOK_STYLE[outlook]}`} data-testid="charge-outlook">
        <h2 className="text-lg font-bold">{t(`chargeOutlook.${outlook}.title`)}</h2>
        <p className="mt-1 text-sm leading-relaxed">{t(`chargeOutlook.${outlook}.body`)}</p>
      </section>

      {top ? (
        <section className="flex flex-col gap-1">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-500">{tp("resultTitle")}</p>
          <h2 className="text-xl font-bold" data-testid="top-cause">
            {t(getCause(top.id).titleKey)}
          </h2>
          <p className="text-sm font-semibold text-brand-700">{tp("likelihood", { percent: percent(top.likelihood) })}</p>
        </section>
      ) : null}

      {list(tp("doNow"), result.advice.doNow, "advice-do-now")}

      <p className="no-print flex flex-wrap items-center gap-3">
        <Link href={slipHref} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white" data-testid="log-slip" title={tp("logSlipHint")}>
          {tp("logSlip")}
        </Link>
        <PrintButton label={tp("print")} />
      </p>

      <details className="rounded-md bg-white p-3 shadow-sm" data-testid="result-details">
        <summary className="cursor-pointer text-base font-semibold">{tp("moreDetails")}</summary>
        <div className="mt-3 flex flex-col gap-5">
          {top ? (
            <section className="flex flex-col gap-2">
              <p className="text-base leading-relaxed">{t(getCause(top.id).summaryKey)}</p>
              <h3 className="text-base font-semibold">{tp("why")}</h3>
              {top.reasons.length ? (
                <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="reasons">
                  {top.reasons.map((r) => (
                    <li key={`${r.kind}-${r.id}`}>{reasonText(r)}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-stone-600">{tp("noReasons")}</p>
              )}
            </section>
          ) : null}
          {list(tp("keep"), result.advice.keep, "advice-keep")}
          {list(tp("askBank"), result.advice.askBank, "advice-ask-bank", tp("askBankHint"))}
          {list(tp("prevent"), result.advice.prevent, "advice-prevent")}
        </div>
      </details>

      {others.length ? (
        <details className="rounded-md bg-white p-3 shadow-sm">
          <summary className="cursor-pointer text-base font-semibold">{tp("otherCausesSummary")}</summary>
          <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="other-causes">
            {others.slice(0, 4).map((c) => (
              <li key={c.id} className="flex justify-between gap-3">
                <span>{t(getCause(c.id).titleKey)}</span>
                <span className="shrink-0 text-stone-600">{percent(c.likelihood)}%</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
