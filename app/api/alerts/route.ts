/** POST { text }: pasted bank alerts → 201 { records (each isNew), notUnderstood (with reasons), skipped (OTP / marketing) }. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiAlerts } from "@/server/records/record-json";
import { readJsonObject } from "@/server/slips/slip-json";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    const body = await readJsonObject(request);
    return jsonResponse(await toApiAlerts(await pasteAlerts(user.id, body.text), locale), 201);
  });
}
