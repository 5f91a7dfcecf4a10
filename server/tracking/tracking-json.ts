/**
 * How tracking travels through the JSON API: the stored status with its evidence, next step and
 * dispute grounds, and every match with its score parts and reasons (message keys under
 * "tracking" plus their params; dates "YYYY-MM-DD"), amounts also as decimal strings.
 */
import "server-only";
import { formatMinorAsDecimal } from "@/domain/money";
import type { MatchView, PaymentsOverview, TrackingView } from "@/server/tracking/tracking-queries";

export function toApiMatch(match: MatchView) {
  return { ...match, record: { ...match.record, billedAmount: formatMinorAsDecimal(match.record.billedAmountMinor, match.record.billedCurrency) } };
}

export function toApiTracking(tracking: TrackingView | null) {
  if (!tracking) return null;
  return { ...tracking, matches: tracking.matches.map(toApiMatch) };
}

export function toApiPayments(overview: PaymentsOverview) {
  const item = (i: PaymentsOverview["needsAction"][number]) => ({ ...i, amount: formatMinorAsDecimal(i.amountMinor, i.currency) });
  return {
    needsAction: overview.needsAction.map(item),
    others: overview.others.map(item),
    notifications: overview.notifications.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
    unreadCount: overview.unreadCount,
    nextCursor: overview.nextCursor,
  };
}
