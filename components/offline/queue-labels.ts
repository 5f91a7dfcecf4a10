/** Labels of the offline slip queue, from messages/*.json "offlineSlips" (templates keep {count} and {reason}). */
export type QueueLabels = {
  title: string;
  intro: string;
  queued: string;
  waitingTitle: string;
  waitingNone: string;
  statusWaiting: string;
  statusRefused: string;
  signInNeeded: string;
  photos: string;
  edit: string;
  delete: string;
  editing: string;
  sendNow: string;
  signOutWaiting: string;
  signOutConfirm: string;
  signOutCancel: string;
};

/** "{count}"-style placeholders; the messages hold nothing fancier for these labels. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
