/** Hidden inputs that carry the answers so far through a plain GET form (no JavaScript needed). */
export function CarriedParams({ query, skip }: { query: string; skip?: string }) {
  return (
    <>
      {[...new URLSearchParams(query)].filter(([name]) => name !== skip).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
