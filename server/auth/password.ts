/**
 * Password hashing with Argon2id (OWASP's recommended parameters: 19 MiB, 2 passes).
 * An unknown email is verified against a fixed dummy hash so that "no such account" and
 * "wrong password" take the same time as well as showing the same message.
 */
import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports a const enum, which isolatedModules cannot inline.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let dummyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("sliptrack-timing-equaliser", OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
