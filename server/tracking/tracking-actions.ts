"use server";
/**
 * Match and notification actions for plain HTML forms (they work without JavaScript): confirm or
 * reject a proposed match, mark notifications read. requireUser → the id scoped by user (another
 * user's match or notification is "not found") → write + recompute → revalidate → redirect.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/server/errors";
import { userAction } from "@/server/http/user-action";
import { decideMatch, markNotificationsRead } from "@/server/tracking/match-decisions";

function readId(formData: FormData, name: string): string {
  const id = formData.get(name);
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

export const decideMatchAction = userAction(async ({ user, locale, formData }) => {
  const verdict = formData.get("decision") === "confirmed" ? "confirmed" : "rejected";
  const { slipId } = await decideMatch(user.id, readId(formData, "matchId"), verdict);
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
