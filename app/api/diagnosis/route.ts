import { z } from "zod";
import { diagnosisInputSchema } from "@/domain/diagnosis";
import { routing } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import { fieldErrorKeys } from "@/server/http/action-result";
import { handleApi, jsonResponse } from "@/server/http/respond";
import { presentDiagnosis, runDiagnosis } from "@/server/diagnosis/present";

const MAX_BODY_BYTES = 64 * 1024;
const bodySchema = diagnosisInputSchema.extend({ locale: z.enum(routing.locales).optional() });

/** POST /api/diagnosis — no account needed; documented in docs/diagnosis.md and /api/openapi.json. */
export async function POST(request: Request) {
  return handleApi(request, async (requestLocale) => {
    const raw = await request.text();
    if (raw.length > MAX_BODY_BYTES) throw new AppError("invalidInput");
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new AppError("invalidInput", { _body: ["errors.invalidJson"] });
    }
    const parsed = bodySchema.safeParse(json);
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    const locale = parsed.data.locale ?? requestLocale;
    const { result, query } = runDiagnosis({ screenText: parsed.data.screenText, answers: parsed.data.answers });
    return jsonResponse(await presentDiagnosis(result, query, locale));
  });
}
