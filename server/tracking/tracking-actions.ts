"use server";
/**
 * Match and notification actions for plain HTML forms (they work without JavaScript): confirm or
 * reject a proposed match, reopen a decided one, mark notifications read. requireUser → the id scoped by user (another
 * user's match or notification is "not found") → write + recompute → revalidate → redirect.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/server/errors";
import { userAction } from "@/server/http/user-action";
import { decideMatch, markNotificationsRead, reopenMatch } from "@/server/tracking/match-decisions";

function readId(formData: FormData, name: string): string {
  const id = formData.get(name);
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

export const decideMatchAction = userAction(async ({ user, locale, formData }) => {
  const asked = formData.get("decision");
  const verdict = asked === "confirmed" ? "confirmed" : asked === "reopened" ? "reopened" : "rejected";
  const matchId = readId(formData, "matchId");
  const { slipId } = verdict === "reopened" ? await reopenMatch(user.id, matchId) : await decideMatch(user.id, matchId, verdict);
  revalidatePath(`/${locale}/slips/${slipId}`);
  revalidatePath(`/${locale}/payments`);
  redirect(`/${locale}/slips/${slipId}?decided=${verdict}#tracking`);
});

export const markNotificationReadAction = userAction(async ({ user, locale, formData }) => {
  const id = formData.get("notificationId");
  await markNotificationsRead(user.id, typeof id === "string" && id !== "" ? readId(formData, "notificationId") : undefined);
  revalidatePath(`/${locale}/payments`);
  redirect(`/${locale}/payments#notifications`);
});
