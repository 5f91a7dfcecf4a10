/** "My payments" as JSON: the signed-in user's slips with their status (others a page at a time: `?after=`), and notifications. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiPayments } from "@/server/tracking/tracking-json";
import { getPaymentsForUser } from "@/server/tracking/tracking-queries";
import { requireUser } from "@/server/session";
import { readCursor } from "@/server/http/keyset";
import { todayIso } from "@/server/tracking/recompute";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const cursor = readCursor(new URL(request.url).searchParams.get("after"));
    return jsonResponse(toApiPayments(await getPaymentsForUser(user.id, todayIso(), { cursor })));
  });
}
