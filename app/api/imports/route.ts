/**
 * POST a statement file (multipart `file`, optional `layoutId`, `mapping` JSON, `currency`) →
 * 201 with its preview; nothing is saved until POST /api/imports/{id}/commit. The upload page
 * posts the same form without JavaScript to `?respond=page&locale=…`: the browser is then sent
 * on to the preview page, back to the upload page with the reason, or to sign-in.
 */
import { handleApi, jsonResponse, readApiLocale } from "@/server/http/respond";
import { readImportRequest, toApiImport } from "@/server/records/record-json";
import { AppError } from "@/server/errors";
import { createImportPreview } from "@/server/imports/import-preview";
import { getImportForUser } from "@/server/imports/import-queries";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });
}

/** The plain HTML form's way: every outcome is a page. */
async function respondWithPage(request: Request): Promise<Response> {
  const locale = readApiLocale(request);
  const back = `/${locale}/records/import`;
  try {
    const user = await requireUser();
    const { upload } = await readImportRequest(request);
    const { id } = await createImportPreview(user.id, upload);
    return seeOther(`${back}/${id}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "unauthorized") return seeOther(`/${locale}/sign-in?next=${encodeURIComponent(back)}`);
    const key = Object.values(error.fieldErrors ?? {}).flat()[0] ?? `errors.${error.code}`;
    return seeOther(`${back}?error=${encodeURIComponent(key)}`);
  }
}

export async function POST(request: Request) {
  return handleApi(request, async (locale) => {
    if (new URL(request.url).searchParams.get("respond") === "page") return respondWithPage(request);
    const user = await requireUser();
    const { upload } = await readImportRequest(request);
    const { id } = await createImportPreview(user.id, upload);
    const view = await getImportForUser(user.id, id);
    if (!view) throw new AppError("notFound");
    const response = jsonResponse({ import: await toApiImport(view, locale) }, 201);
    response.headers.set("Location", `/api/imports/${id}`);
    return response;
  });
}
