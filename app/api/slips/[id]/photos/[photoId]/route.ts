/**
 * GET one photo (or ?size=thumb) of the user's slip; DELETE removes it. The answer's headers
 * (server/slips/photo-response.ts) let a browser show it only as an image of ours.
 */
import { handleApi } from "@/server/http/respond";
import { getSlipPhotoForUser } from "@/server/slips/slip-queries";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { deleteSlipPhoto } from "@/server/slips/slip-writes";
import { photoResponse } from "@/server/slips/photo-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; photoId: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id, photoId } = await params;
    const size = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
    const photo = await getSlipPhotoForUser(user.id, id, photoId, size);
    if (!photo) throw new AppError("notFound");
    return photoResponse(photo);
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id, photoId } = await params;
    await deleteSlipPhoto(user.id, id, photoId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  });
}
