/** POST { text, issuerCountry? }: pasted bank alerts → 201 { records (each isNew), notUnderstood (with reasons), skipped (OTP / marketing) }. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { toApiAlerts } from "@/server/records/record-json";
import { readJsonObject } from "@/server/slips/slip-json";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { requireUser } from "@/server/session";
import { clientAddressFrom } from "@/server/http/client-address";
import { limitUsage } from "@/server/http/usage-limits";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleApi(request, async (locale) => {
    const user = await requireUser();
    await limitUsage("alerts", { userId: user.id, address: clientAddressFrom(request.headers) });
    const body = await readJsonObject(request);
    return jsonResponse(await toApiAlerts(await pasteAlerts(user.id, body.text, new Date(), { issuerCountry: body.issuerCountry }), locale), 201);
  });
}
