"use server";
/**
 * Issuer feeds: create (answers the secret — the only time it is shown), rotate the secret (the
 * old one keeps working for 24 hours) and delete. requireUser → server/feed → revalidate;
 * another user's feed is "not found".
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/server/errors";
import { userAction } from "@/server/http/user-action";
import { createFeed, deleteFeed, rotateFeedSecret } from "@/server/feed/feed-writes";
import type { FeedSecretState } from "@/server/records/form-states";

function readFeedId(formData: FormData): string {
  const id = formData.get("feedId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

export const createFeedAction = userAction<FeedSecretState>(
  async ({ user, locale, formData }) => {
    const { id, secret } = await createFeed(user.id, formData.get("name"));
    revalidatePath(`/${locale}/records/feeds`);
    const t = await getTranslations({ locale, namespace: "feeds" });
    return { ok: true, message: t("created"), feedId: id, secret };
  },
  { echo: (formData) => ({ name: String(formData.get("name") ?? "") }) },
);

export const rotateFeedSecretAction = userAction<FeedSecretState>(async ({ user, locale, formData }) => {
  const feedId = readFeedId(formData);
  const { secret, previousValidUntil } = await rotateFeedSecret(user.id, feedId);
  revalidatePath(`/${locale}/records/feeds`);
  const t = await getTranslations({ locale, namespace: "feeds" });
  return { ok: true, message: t("rotated"), feedId, secret, previousValidUntil: previousValidUntil.toISOString() };
});

export const deleteFeedAction = userAction(async ({ user, locale, formData }) => {
  await deleteFeed(user.id, readFeedId(formData));
  revalidatePath(`/${locale}/records/feeds`);
  redirect(`/${locale}/records/feeds?deleted=1`);
});
