/** One slip of the signed-in user. Another user's slip answers 404, exactly like a missing one. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { readJsonObject, toApiSlip } from "@/server/slips/slip-json";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { getTrackingForUser } from "@/server/tracking/tracking-queries";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { deleteSlip, patchSlip } from "@/server/slips/slip-writes";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function readSlipOr404(userId: string, id: string) {
  const slip = await getSlipForUser(userId, id);
  if (!slip) throw new AppError("notFound");
  return slip;
}

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    const slip = await readSlipOr404(user.id, id);
    return jsonResponse({ slip: toApiSlip(slip, await getTrackingForUser(user.id, id)) });
  });
}

export async function PATCH(request: Request, { params }: Context) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    const { id } = await params;
    await readSlipOr404(user.id, id);
    await patchSlip(user.id, id, await readJsonObject(request), locale);
    return jsonResponse({ slip: toApiSlip(await readSlipOr404(user.id, id)) });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    await deleteSlip(user.id, id);
    return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  });
}
