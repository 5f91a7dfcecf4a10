/** Display helpers for slips: the printed wall-clock time in the one wallClock format (i18n/date-format.ts). */
export { formatWallClock } from "@/i18n/date-format";
