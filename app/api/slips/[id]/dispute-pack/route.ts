/**
 * GET the evidence pack (PDF) for a dispute of the user's slip: the letters to the card issuer,
 * the slip, the issuer records of each charge, the timeline and the slip's photo
 * (server/disputes). ?locale=zh-CN for the traveller's language; 404 when the slip is not this
 * user's or has no dispute grounds; 429 over the usage limit (server/http/usage-limits).
 */
import { z } from "zod";
import { buildDisputePack } from "@/server/disputes/build-dispute-pack";
import { getDisputePackInputForUser } from "@/server/disputes/dispute-queries";
import { AppError } from "@/server/errors";
import { clientAddressFrom } from "@/server/http/client-address";
import { handleApi } from "@/server/http/respond";
import { limitUsage } from "@/server/http/usage-limits";
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
    await limitUsage("pack", { userId: user.id, address: clientAddressFrom(request.headers) });
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
