/** "My payments" as JSON: the signed-in user's slips with their status, and notifications. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiPayments } from "@/server/tracking/tracking-json";
import { getPaymentsForUser } from "@/server/tracking/tracking-queries";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    return jsonResponse(toApiPayments(await getPaymentsForUser(user.id)));
  });
}
