/**
 * What a new password must not be (sign-up, password change, reset): shorter than 8 characters,
 * longer than 200, or one of the passwords people use most — the 49 233 of
 * @zxcvbn-ts/language-common's "passwords-common" list (from leaked-password corpora; kept by
 * the zxcvbn-ts project), compared without regard to case, and a password made of one repeated
 * character. An attacker tries these first; a length rule alone lets "12345678" and "password"
 * through. No strength meter: a clear yes or no with the reason (auth.errors.passwordCommon).
 */
import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  if (/^(.)\1*$/su.test(lower)) return true;
  return commonPasswords().has(lower);
}
