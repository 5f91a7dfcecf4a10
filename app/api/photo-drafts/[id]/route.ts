/**
 * GET one of the signed-in traveller's photo drafts (?size=thumb): the thumbnails the slip form
 * shows after a refused save without JavaScript (server/photos/photo-drafts.ts). Same headers
 * as a slip photo; another user's draft, or an expired one, is a plain 404.
 */
import { handleApi } from "@/server/http/respond";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { getDraftPhotoForUser } from "@/server/photos/photo-drafts";
import { photoResponse } from "@/server/slips/photo-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    const size = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
    const photo = await getDraftPhotoForUser(user.id, id, size);
    if (!photo) throw new AppError("notFound");
    return photoResponse(photo);
  });
}
