/** GET: one of my statement imports — the preview (or, once committed, its counts). */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiImport } from "@/server/records/record-json";
import { AppError } from "@/server/errors";
import { getImportForUser } from "@/server/imports/import-queries";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    const { id } = await params;
    const view = await getImportForUser(user.id, id);
    if (!view) throw new AppError("notFound");
    return jsonResponse({ import: await toApiImport(view, locale) });
  });
}
