/**
 * The dispute of one of the signed-in user's slips (docs/disputes.md).
 * GET: the recommended ground, the letters in `?lang=` (en or zh-CN; the traveller's own wording
 * where they edited one), the facts they were filled from, and the tracked dispute's progress.
 * POST: one step — `{ action: "sent", on, followUpOn? }`, `{ action: "credited" | "refused", on }`,
 * `{ action: "partlyCredited", on, amount }`, `{ action: "undo", stepId }` — or a letter edit
 * (`editLetter` / `resetLetter`); answers the dispute as GET does. Another user's slip is 404;
 * bad input 400 with translated field errors; 429 over the usage limit.
 */
import { z } from "zod";
import { toApiDispute } from "@/server/disputes/dispute-json";
import { buildLettersFor, getDisputeContextForUser } from "@/server/disputes/dispute-queries";
import { applyDisputeRequest, DisputeRequest } from "@/server/disputes/dispute-steps";
import { AppError } from "@/server/errors";
import { fieldErrorKeys } from "@/server/http/action-result";
import { clientAddressFrom } from "@/server/http/client-address";
import { readJsonLimited } from "@/server/http/read-body";
import { handleApi, jsonResponse } from "@/server/http/respond";
import { limitUsage } from "@/server/http/usage-limits";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
/** A letter edit is at most 8 000 characters (up to 4 bytes each in UTF-8), plus the envelope. */
const BODY_LIMIT_BYTES = 64 * 1024;
const Lang = z.enum(["en", "zh-CN"]).catch("en");

async function answer(userId: string, slipId: string, lang: "en" | "zh-CN") {
  const context = await getDisputeContextForUser(userId, slipId);
  if (!context) throw new AppError("notFound");
  return jsonResponse(toApiDispute(context, await buildLettersFor(context, lang), lang));
}

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    return answer(user.id, id, Lang.parse(new URL(request.url).searchParams.get("lang") ?? "en"));
  });
}

export async function POST(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    await limitUsage("dispute", { userId: user.id, address: clientAddressFrom(request.headers) });
    const parsed = DisputeRequest.safeParse(await readJsonLimited(request, BODY_LIMIT_BYTES));
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    await applyDisputeRequest(user.id, id, parsed.data);
    return answer(user.id, id, Lang.parse(new URL(request.url).searchParams.get("lang") ?? "en"));
  });
}
