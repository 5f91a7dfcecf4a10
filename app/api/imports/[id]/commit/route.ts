/** POST: save a previewed import (all or nothing); committing again changes nothing and answers the same counts. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { commitImport } from "@/server/imports/import-commit";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    return jsonResponse(await commitImport(user.id, id));
  });
}
