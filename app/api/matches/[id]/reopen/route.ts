/** Reopens a confirmed or rejected match of the signed-in user's slip (undo); another user's match answers 404. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiTracking } from "@/server/tracking/tracking-json";
import { getTrackingForUser } from "@/server/tracking/tracking-queries";
import { requireUser } from "@/server/session";
import { reopenMatch } from "@/server/tracking/match-decisions";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    const { slipId } = await reopenMatch(user.id, id);
    return jsonResponse({ slipId, tracking: toApiTracking(await getTrackingForUser(user.id, slipId)) });
  });
}
