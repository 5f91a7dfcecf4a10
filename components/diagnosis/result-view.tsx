import { getTranslations } from "next-intl/server";
import { getCause, type DiagnosisResult, type Reason } from "@/domain/diagnosis";

const OUTLOOK_STYLE = {
  mayBeChargedLater: "border-amber-500 bg-amber-50",
  noChargeExpected: "border-emerald-600 bg-emerald-50",
  holdReleased: "border-sky-600 bg-sky-50",
  unclear: "border-stone-400 bg-stone-100",
} as const;

function percent(likelihood: number) {
  return Math.round(likelihood * 100);
}

/** The whole result: charge outlook first (the traveller's first worry), then cause, why, and advice. */
export async function ResultView({ locale, result }: { locale: string; result: DiagnosisResult }) {
  const t = await getTranslations({ locale, namespace: "diagnosis" });
  const tp = await getTranslations({ locale, namespace: "diagnosePage" });
  const [top, ...others] = result.causes;
  const outlook = result.advice.chargeOutlook;
  const matchedBySignal = new Map(result.signals.map((s) => [s.id as string, s.matched]));
  const reasonText = (r: Reason) =>
    r.kind === "signal"
      ? tp("screenSaid", { matched: matchedBySignal.get(r.id) ?? "", label: t(r.labelKey) })
      : tp("answered", { label: t(r.labelKey) });
  const list = (title: string, keys: string[], testId: string, hint?: string) =>
    keys.length ? (
      <section className="flex flex-col gap-2" data-testid={testId}>
        <h3 className="text-base font-semibold">{title}</h3>
        {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
        <ul className="list-disc space-y-1 pl-5 text-base leading-relaxed">
          {keys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <article className="flex flex-col gap-6" data-testid="diagnosis-result" data-cause={top?.id} data-outlook={outlook}>
      <section className={`rounded-lg border-l-4 p-4 ${OUTLOOK_STYLE[outlook]}`} data-testid="charge-outlook">
        <h2 className="text-lg font-bold">{t(`chargeOutlook.${outlook}.title`)}</h2>
        <p className="mt-1 text-base leading-relaxed">{t(`chargeOutlook.${outlook}.body`)}</p>
      </section>

      {top ? (
        <section className="flex flex-col gap-2">
          <p className="text-sm font-medium uppercase tracking-wide text-stone-500">{tp("resultTitle")}</p>
          <h2 className="text-xl font-bold" data-testid="top-cause">
            {t(getCause(top.id).titleKey)}
          </h2>
          <p className="text-sm font-semibold text-brand-700">{tp("likelihood", { percent: percent(top.likelihood) })}</p>
          <p className="text-base leading-relaxed">{t(getCause(top.id).summaryKey)}</p>
          <h3 className="mt-2 text-base font-semibold">{tp("why")}</h3>
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

      {list(tp("doNow"), result.advice.doNow, "advice-do-now")}
      {list(tp("keep"), result.advice.keep, "advice-keep")}
      {list(tp("askBank"), result.advice.askBank, "advice-ask-bank", tp("askBankHint"))}
      {list(tp("prevent"), result.advice.prevent, "advice-prevent")}

      {others.length ? (
        <section className="flex flex-col gap-2">
          <h3 className="text-base font-semibold">{tp("otherCauses")}</h3>
          <ul className="flex flex-col gap-1 text-sm" data-testid="other-causes">
            {others.slice(0, 4).map((c) => (
              <li key={c.id} className="flex justify-between gap-3">
                <span>{t(getCause(c.id).titleKey)}</span>
                <span className="shrink-0 text-stone-600">{percent(c.likelihood)}%</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
