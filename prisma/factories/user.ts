/**
 * Test and seed data for users, shared by prisma/seed.ts and the e2e fixtures. Hashes with the
 * same Argon2id parameters as server/auth/password.ts so a factory user signs in like a real one.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../generated/sqlite/client";

/** A password hashed as the app stores it (a sign-up request in the e2e tests needs one). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function createUser(db: PrismaClient, input: { email: string; password: string; locale?: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.user.create({ data: { email: input.email.toLowerCase(), passwordHash, locale: input.locale ?? "en" } });
}
