/**
 * GET one photo (or ?size=thumb) of a shared slip, for whoever holds an open share link
 * (docs/sharing.md): no sign-in, the token is the permission. The link decides the owner and
 * the slip, so a token opens only its own slip's photos; an unknown, expired or revoked token
 * and another slip's photo are the same plain 404. Same headers as the owner's photo route.
 */
import { handleApi } from "@/server/http/respond";
import { AppError } from "@/server/errors";
import { resolveShareToken } from "@/server/sharing/share-links";
import { getSlipPhotoForUser } from "@/server/slips/slip-queries";
import { photoResponse } from "@/server/slips/photo-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; photoId: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const { token, photoId } = await params;
    const share = await resolveShareToken(token);
    if (!share) throw new AppError("notFound");
    const size = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
    const photo = await getSlipPhotoForUser(share.userId, share.slipId, photoId, size);
    if (!photo) throw new AppError("notFound");
    return photoResponse(photo, { "Referrer-Policy": "no-referrer" });
  });
}
