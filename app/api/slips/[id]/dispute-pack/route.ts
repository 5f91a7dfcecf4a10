/**
 * GET the evidence pack (PDF) for a dispute of the user's slip: the letters to the card issuer,
 * the slip, the issuer records of each charge, the timeline and the slip's photo
 * (server/disputes). ?locale=zh-CN for the traveller's language; 404 when the slip is not this
 * user's or has no dispute grounds.
 */
import { z } from "zod";
import { buildDisputePack } from "@/server/disputes/build-dispute-pack";
import { getDisputePackInputForUser } from "@/server/disputes/dispute-queries";
import { AppError } from "@/server/errors";
import { handleApi } from "@/server/http/respond";
import { requireUser } from "@/server/session";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const LocaleQuery = z.enum(["en", "zh-CN"]).catch("en");

export async function GET(request: Request, { params }: Context) {
  return handleApi(request, async () => {
    const user = await requireUser();
    const { id } = await params;
    const locale = LocaleQuery.parse(new URL(request.url).searchParams.get("locale") ?? "en");
    const input = await getDisputePackInputForUser(user.id, id, locale);
    if (!input) throw new AppError("notFound");
    const pdf = await buildDisputePack(input);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.byteLength),
        "Content-Disposition": `attachment; filename="dispute-pack.pdf"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
