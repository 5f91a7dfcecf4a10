"use server";
/**
 * Deleting one's own account, confirmed by typing the account's email address (which works
 * for password, OAuth and magic-link accounts alike). The write path: requireUser → zod →
 * confirmation check → server/account/delete-account.ts → sign out and show the goodbye page.
 */
import { z } from "zod";
import { signOut } from "@/auth";
import { AppError } from "@/server/errors";
import { fieldErrorKeys } from "@/server/http/action-result";
import { userAction } from "@/server/http/user-action";
import { deleteAccount } from "@/server/account/delete-account";

const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().toLowerCase().min(1, "account.errors.confirmMismatch").max(254, "account.errors.confirmMismatch"),
});

export const deleteAccountAction = userAction(
  async ({ user, locale, formData }) => {
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: formData.get("confirmEmail") });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    if (parsed.data.confirmEmail !== user.email.toLowerCase()) {
      throw new AppError("invalidInput", { confirmEmail: ["account.errors.confirmMismatch"] });
    }
    await deleteAccount(user.id);
    await signOut({ redirectTo: `/${locale}/account/deleted` });
    return { ok: true };
  },
  { echo: (formData) => ({ confirmEmail: String(formData.get("confirmEmail") ?? "") }) },
);
