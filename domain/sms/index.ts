/**
 * Pasted bank alerts (SMS and app notifications) → issuer records. See docs/importers.md.
 */
export { parseAlerts } from "./parse-alerts";
export type { AlertParseOptions, AlertParseResult, NotUnderstoodAlert, SkippedAlert } from "./parse-alerts";
export { splitAlerts } from "./split-alerts";
export type { PastedAlert } from "./split-alerts";
