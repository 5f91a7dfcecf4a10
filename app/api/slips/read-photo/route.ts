/** POST: read one slip photo (multipart `photo`) → proposed slip fields with confidences; nothing stored. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { readMultipart } from "@/server/slips/slip-json";
import { requireUser } from "@/server/session";
import { checkBodySize, countPhotoRead, MAX_BODY_BYTES, readPhotoFromForm } from "@/server/slip-reading/read-photo-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    checkBodySize(request);
    await countPhotoRead(user.id);
    // Counted while it arrives: a body without (or with a false) Content-Length stops at the limit too.
    const form = await readMultipart(request, MAX_BODY_BYTES);
    return jsonResponse(await readPhotoFromForm(form, { now: new Date() }));
  });
}
