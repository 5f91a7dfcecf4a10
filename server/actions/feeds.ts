"use server";
/**
 * Issuer feeds: create (answers the secret — the only time it is shown), rotate the secret (the
 * old one keeps working for 24 hours) and delete. requireUser → server/issuer-feed → revalidate;
 * another user's feed is "not found".
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { failure, readLocale, type FormState } from "@/server/action-result";
import { createFeed, deleteFeed, rotateFeedSecret } from "@/server/issuer-feed/feed-writes";
import type { FeedSecretState } from "@/server/issuer-records/form-states";

function readFeedId(formData: FormData): string {
  const id = formData.get("feedId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

export async function createFeedAction(_prev: FeedSecretState, formData: FormData): Promise<FeedSecretState> {
  const locale = readLocale(formData);
  const name = formData.get("name");
  try {
    const user = await requireUser();
    const { id, secret } = await createFeed(user.id, name);
    revalidatePath(`/${locale}/records/feeds`);
    const t = await getTranslations({ locale, namespace: "feeds" });
    return { ok: true, message: t("created"), feedId: id, secret };
  } catch (error) {
    return failure(error, locale, { name: typeof name === "string" ? name : "" });
  }
}

export async function rotateFeedSecretAction(_prev: FeedSecretState, formData: FormData): Promise<FeedSecretState> {
  const locale = readLocale(formData);
  try {
    const user = await requireUser();
    const feedId = readFeedId(formData);
    const { secret, previousValidUntil } = await rotateFeedSecret(user.id, feedId);
    revalidatePath(`/${locale}/records/feeds`);
    const t = await getTranslations({ locale, namespace: "feeds" });
    return { ok: true, message: t("rotated"), feedId, secret, previousValidUntil: previousValidUntil.toISOString() };
  } catch (error) {
    return failure(error, locale);
  }
}

export async function deleteFeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    const user = await requireUser();
    await deleteFeed(user.id, readFeedId(formData));
    revalidatePath(`/${locale}/records/feeds`);
    redirect(`/${locale}/records/feeds?deleted=1`);
  } catch (error) {
    return failure(error, locale);
  }
}
