/** GET: the signed-in user's slips, newest first, a page at a time (`?after=` nextCursor). POST: log a slip (JSON, or multipart with photos). */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { readSlipRequest, toApiListItem, toApiSlip } from "@/server/slips/slip-json";
import { getSlipForUser, listSlipsForUser } from "@/server/slips/slip-queries";
import { AppError } from "@/server/errors";
import { readCursor } from "@/server/http/keyset";
import { requireUser } from "@/server/session";
import { createSlip } from "@/server/slips/slip-writes";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const page = await listSlipsForUser(user.id, { cursor: readCursor(new URL(request.url).searchParams.get("after")) });
    return jsonResponse({ slips: page.items.map(toApiListItem), nextCursor: page.nextCursor });
  });
}

export async function POST(request: Request) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new AppError("invalidInput", { _form: ["errors.idempotencyKey"] });
    }
    const { raw, uploads } = await readSlipRequest(request);
    const { id, replayed } = await createSlip(user.id, { raw, uploads, locale, idempotencyKey });
    const slip = await getSlipForUser(user.id, id);
    if (!slip) throw new AppError("notFound");
    const response = jsonResponse({ slip: toApiSlip(slip) }, replayed ? 200 : 201);
    if (replayed) response.headers.set("Idempotent-Replayed", "true");
    response.headers.set("Location", `/api/slips/${id}`);
    return response;
  });
}
