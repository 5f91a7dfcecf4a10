/**
 * POST: the first rows of a kept CSV as they would be saved under a mapping — JSON
 * `{ mapping }` (a ColumnMapping), or the mapping step's own form fields (what the page sends as
 * the selects change). 200 `{ preview }`; nothing is written. Counted as a preview (429 with
 * Retry-After past the limit).
 */
import { columnMappingSchema, type ColumnMapping } from "@/domain/statements";
import { AppError } from "@/server/errors";
import { clientAddressFrom } from "@/server/http/client-address";
import { handleApi, jsonResponse } from "@/server/http/respond";
import { limitUsage } from "@/server/http/usage-limits";
import { mappingFromForm } from "@/server/imports/mapping-form";
import { previewImportMapping } from "@/server/imports/mapping-preview";
import { readJsonObject } from "@/server/slips/slip-json";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

async function readMapping(request: Request): Promise<ColumnMapping> {
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    const parsed = columnMappingSchema.safeParse((await readJsonObject(request)).mapping);
    if (!parsed.success) throw new AppError("invalidInput", { mapping: ["records.csv.mappingInvalid"] });
    return parsed.data;
  }
  const form = await request.formData().catch(() => {
    throw new AppError("invalidInput", { _form: ["errors.unsupportedContentType"] });
  });
  const read = mappingFromForm(form);
  if (!read.ok) throw new AppError("invalidInput", read.fieldErrors);
  return read.mapping;
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    await limitUsage("preview", { userId: user.id, address: clientAddressFrom(request.headers) });
    const { id } = await params;
    const mapping = await readMapping(request);
    return jsonResponse({ preview: await previewImportMapping(user.id, id, mapping, locale) });
  });
}
