/** A definition list of a slip's facts; rows without a value are left out. */
export type Fact = { label: string; value: React.ReactNode; testId?: string };

export function SlipFacts({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
      {shown.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-sm text-stone-600">{fact.label}</dt>
          <dd className="break-words font-medium sm:mb-0 mb-1" data-testid={fact.testId}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
