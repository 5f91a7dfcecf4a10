"use server";
/**
 * Share links from the slip page and the account page: make one (answers its address — the
 * only time it is shown) and revoke one. requireUser → server/sharing → revalidate; another
 * user's slip or link is "not found". Both work as plain posts without JavaScript.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import { z } from "zod";
import { readShareLinkDays } from "@/domain/sharing/share-link";
import { AppError } from "@/server/errors";
import { readOrigin } from "@/server/http/request-origin";
import { userAction } from "@/server/http/user-action";
import type { FormState } from "@/server/http/action-result";
import { createShareLink, revokeShareLink } from "./share-links";

/** The answer to "make a link": its address and expiry, shown once. */
export type ShareLinkFormState = (NonNullable<FormState> & { url?: string; worksUntil?: string }) | null;

const idSchema = z.string().min(1).max(64);

function readId(formData: FormData, name: string): string {
  const parsed = idSchema.safeParse(formData.get(name));
  if (!parsed.success) throw new AppError("notFound");
  return parsed.data;
}

export const createShareLinkAction = userAction<ShareLinkFormState>(async ({ user, locale, formData }) => {
  const slipId = readId(formData, "slipId");
  const days = readShareLinkDays(formData.get("days"));
  if (!days) throw new AppError("invalidInput", { days: ["sharing.errors.days"] });
  const link = await createShareLink(user.id, slipId, days);
  revalidatePath(`/${locale}/slips/${slipId}`);
  revalidatePath(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "sharing" });
  const date = formatInstant(link.expiresAt, await getDateLocale(locale));
  // No locale in the address: the person who opens it reads it in their own language.
  return { ok: true, message: t("created"), url: `${await readOrigin()}/shared/${link.token}`, worksUntil: t("worksUntil", { date }) };
});

export const revokeShareLinkAction = userAction(async ({ user, locale, formData }) => {
  const { slipId } = await revokeShareLink(user.id, readId(formData, "linkId"));
  revalidatePath(`/${locale}/slips/${slipId}`);
  revalidatePath(`/${locale}/account`);
  const back = formData.get("from") === "account" ? `/${locale}/account?revoked=1#shared-links` : `/${locale}/slips/${slipId}?revoked=1#share`;
  redirect(back);
});
