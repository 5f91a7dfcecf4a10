"use client";
/**
 * After a failed save: one list naming every field in error, each a link to its field
 * (`#field-<name>`, FieldShell's id), so a traveller on a phone does not scroll a long form
 * looking for the red text. With JavaScript the first field in error takes the focus; without
 * it the links still jump. Announced politely (like FormMessage), not as role=alert.
 */
import { useEffect, useRef } from "react";

type Props = { heading: string; errors?: Record<string, string[]>; labelOf: (name: string) => string | undefined };

export function ErrorSummary({ heading, errors, labelOf }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([name, list]) => name !== "_form" && list.length > 0);
  const first = entries[0]?.[0];
  useEffect(() => {
    if (!first) return;
    const field = document.getElementById(`field-${first}`);
    (field ?? box.current)?.focus();
  }, [errors, first]);
  if (entries.length === 0) return null;
  return (
    <div ref={box} tabIndex={-1} aria-live="polite" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="error-summary">
      <p className="font-semibold">{heading}</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([name, list]) => {
          const label = labelOf(name);
          return (
            <li key={name}>
              <a href={`#field-${name}`} className="underline" data-testid={`error-link-${name}`}>
                {label ? `${label}: ` : ""}
                {list.join(" ")}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
