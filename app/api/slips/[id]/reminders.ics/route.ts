/**
 * GET the reminder calendar (RFC 5545) for the user's slip: the dispute deadline and a week
 * before it, when the hold should be gone, when to check again (server/disputes). 404 when the
 * slip is not this user's.
 */
import { z } from "zod";
import { getDisputeRemindersIcsForUser } from "@/server/disputes/dispute-queries";
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
    const ics = await getDisputeRemindersIcsForUser(user.id, id, locale);
    if (ics === null) throw new AppError("notFound");
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="sliptrack-reminders.ics"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
