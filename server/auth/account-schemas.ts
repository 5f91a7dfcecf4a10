/** The input rules of the account forms (sign-up, sign-in, password change and reset), in one place. */
import "server-only";
import { z } from "zod";
import { isCommonPassword } from "@/domain/accounts/password-rules";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("auth.errors.emailInvalid").max(254, "auth.errors.emailInvalid"));

export const newPasswordSchema = z
  .string()
  // abort: a password that is too short or too long gets that one reason, not "common" as well.
  .min(8, { error: "auth.errors.passwordTooShort", abort: true })
  .max(200, { error: "auth.errors.passwordTooLong", abort: true })
  .refine((password) => !isCommonPassword(password), "auth.errors.passwordCommon");
