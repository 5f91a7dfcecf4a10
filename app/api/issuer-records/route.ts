/** GET: the signed-in traveller's issuer records, newest first; ?card=1234&currency=EUR&page=2&pageSize=50. */
import { handleApi, jsonResponse } from "@/server/http/respond";
import { listIssuerRecords } from "@/server/records/record-queries";
import { readRecordFilter } from "@/server/records/record-filter";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const filter = readRecordFilter(Object.fromEntries(new URL(request.url).searchParams));
    return jsonResponse(await listIssuerRecords(user.id, filter));
  });
}
