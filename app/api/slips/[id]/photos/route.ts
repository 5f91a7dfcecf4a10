/** POST multipart `photos` (one or more files) to add photos to one of the user's slips. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { readMultipart, toApiSlip } from "@/server/slips/slip-json";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { uploadsFromFormData } from "@/server/photos/slip-photos";
import { addSlipPhotos } from "@/server/slips/slip-writes";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    // Ownership first: a stranger's slip is 404 before the upload is even read.
    if (!(await getSlipForUser(user.id, id))) throw new AppError("notFound");
    const { ids } = await addSlipPhotos(user.id, id, await uploadsFromFormData(await readMultipart(request)));
    const slip = await getSlipForUser(user.id, id);
    if (!slip) throw new AppError("notFound");
    return jsonResponse({ added: ids, slip: toApiSlip(slip) }, 201);
  });
}
