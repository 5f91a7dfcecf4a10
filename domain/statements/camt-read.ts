/**
 * Small helpers for walking the object tree fast-xml-parser builds from an ISO 20022 camt
 * message: a node is a string, an object with "#text" and "@_…" attributes, or an array when the
 * element repeats. Namespaces are removed, so camt.053.001.02 and .08 read alike. Dates are
 * taken as written ("2026-11-03" or the date part of "2026-11-03T14:25:00+01:00"), never
 * shifted through UTC. See docs/importers.md.
 */

export type XmlNode = unknown;

/** The child at `path` ("AmtDtls.InstdAmt.Amt"), taking the first element of any array on the way. */
export function pick(node: XmlNode, path: string): XmlNode {
  let current: XmlNode = node;
  for (const key of path.split(".")) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, XmlNode>)[key];
  }
  return Array.isArray(current) ? current[0] : current;
}

/** Text content of a node (a string, or "#text" of an element with attributes); "" when none. */
export function textOf(node: XmlNode): string {
  if (typeof node === "string") return node.trim();
  if (typeof node === "number") return String(node);
  if (node && typeof node === "object" && "#text" in node) return String((node as Record<string, unknown>)["#text"]).trim();
  return "";
}

export function attributeOf(node: XmlNode, name: string): string {
  if (!node || typeof node !== "object") return "";
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === "string" ? value.trim() : "";
}

export function listOf(node: XmlNode): XmlNode[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

/** First non-empty text among several paths. */
export function firstText(node: XmlNode, paths: readonly string[]): string {
  for (const path of paths) {
    const value = textOf(pick(node, path));
    if (value !== "") return value;
  }
  return "";
}

/** A camt date node (<Dt> or <DtTm>) → local date and optional time. */
export function readCamtDate(node: XmlNode): { date: string; time?: string } | null {
  const text = firstText(node, ["Dt", "DtTm"]) || textOf(node);
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(text);
  if (!match?.[1]) return null;
  return match[2] && match[2] !== "00:00" ? { date: match[1], time: match[2] } : { date: match[1] };
}

/** Character offsets of each <Ntry> start tag in document order, to report issues by line. */
export function listEntryOffsets(text: string): number[] {
  const offsets: number[] = [];
  const pattern = /<(?:[\w-]+:)?Ntry[\s>]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}
