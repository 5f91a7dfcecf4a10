import type { DiagnosisResult } from "@/domain/diagnosis";
import type { GuideText } from "./guide-text";

/** What the interpreter read from the typed screen text — or a plain "not recognised". */
export function RecognisedSignals({ text, result, screenText }: { text: GuideText; result: DiagnosisResult; screenText?: string }) {
  if (!screenText) return null;
  const { t, tp } = text;
  if (!result.recognised) {
    return (
      <p className="rounded-md bg-stone-100 px-3 py-2 text-sm" data-testid="not-recognised">
        {tp("notRecognised", { text: screenText.slice(0, 120) })}
      </p>
    );
  }
  return (
    <section className="rounded-md bg-white p-3 text-sm shadow-sm" data-testid="recognised-signals">
      <h2 className="font-semibold">{tp("recognisedTitle")}</h2>
      <ul className="mt-1 list-disc pl-5">
        {result.signals.map((s) => (
          <li key={`${s.id}-${s.matched}`} data-signal={s.id}>
            <span className="font-mono">{s.matched}</span> — {t(`signals.${s.id}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
