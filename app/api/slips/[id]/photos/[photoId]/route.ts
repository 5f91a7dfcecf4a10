/**
 * GET one photo (or ?size=thumb) of the user's slip; DELETE removes it. Served so that a
 * browser can only ever show it as an image of ours: fixed content type, nosniff, a fixed
 * inline file name (never the uploaded one), no caching outside the owner's browser session,
 * and a sandboxing CSP in case the response is opened as a document.
 */
import { handleApi } from "@/server/http/respond";
import { getSlipPhotoForUser } from "@/server/slips/slip-queries";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { deleteSlipPhoto } from "@/server/slips/slip-writes";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; photoId: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id, photoId } = await params;
    const size = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
    const photo = await getSlipPhotoForUser(user.id, id, photoId, size);
    if (!photo) throw new AppError("notFound");
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Length": String(photo.bytes.byteLength),
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": `inline; filename="slip-photo.jpg"`,
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
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
