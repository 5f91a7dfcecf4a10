/** GET: everything SlipTrack keeps about the signed-in user, as one zip download. */
import { handleApi } from "@/server/http/respond";
import { requireUser } from "@/server/session";
import { buildDataExport } from "@/server/account/build-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { zip, fileName } = await buildDataExport(user.id);
    return new Response(new Uint8Array(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
