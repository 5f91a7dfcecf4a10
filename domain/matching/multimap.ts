/**
 * Appends to a list kept in a Map, creating it on first use. In place on purpose: copying the
 * list on every append would make grouping 100 000 records quadratic. See docs/matching.md.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
