/**
 * A traveller's issuer feeds: create one (its secret is returned once and never shown again),
 * rotate its secret (the previous one keeps verifying for 24 hours, so the issuer can switch
 * without losing events) and delete it. Another user's feed is AppError("notFound").
 */
import "server-only";
import { z } from "zod";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { fieldErrorKeys } from "@/server/http/action-result";
import { encryptFeedSecret, newFeedSecret } from "./feed-secret";

export const PREVIOUS_SECRET_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_FEEDS_PER_USER = 20;

const feedNameSchema = z
  .string({ message: "feeds.errors.nameRequired" })
  .trim()
  .min(1, { message: "feeds.errors.nameRequired" })
  .max(80, { message: "feeds.errors.nameTooLong" })
  .refine((name) => !containsCardNumber(name), { message: "feeds.errors.cardNumber" });

export async function createFeed(userId: string, rawName: unknown): Promise<{ id: string; secret: string }> {
  const name = feedNameSchema.safeParse(rawName);
  if (!name.success) throw new AppError("invalidInput", { name: fieldErrorKeys(name.error)._form ?? ["feeds.errors.nameRequired"] });
  if ((await db.issuerFeed.count({ where: { userId } })) >= MAX_FEEDS_PER_USER) throw new AppError("invalidInput", { name: ["feeds.errors.tooMany"] });
  const secret = newFeedSecret();
  const { id } = await db.issuerFeed.create({ data: { userId, name: name.data, secretCiphertext: encryptFeedSecret(secret) }, select: { id: true } });
  return { id, secret };
}

export async function rotateFeedSecret(userId: string, feedId: string, now = new Date()): Promise<{ secret: string; previousValidUntil: Date }> {
  const feed = await db.issuerFeed.findFirst({ where: { id: feedId, userId }, select: { secretCiphertext: true } });
  if (!feed) throw new AppError("notFound");
  const secret = newFeedSecret();
  const previousValidUntil = new Date(now.getTime() + PREVIOUS_SECRET_LIFETIME_MS);
  // Guarded by the ciphertext read above: two rotations racing cannot both keep "their" previous secret.
  const { count } = await db.issuerFeed.updateMany({
    where: { id: feedId, userId, secretCiphertext: feed.secretCiphertext },
    data: { secretCiphertext: encryptFeedSecret(secret), previousSecretCiphertext: feed.secretCiphertext, previousSecretExpiresAt: previousValidUntil, rotatedAt: now },
  });
  if (count === 0) throw new AppError("notFound");
  return { secret, previousValidUntil };
}

export async function deleteFeed(userId: string, feedId: string): Promise<void> {
  const { count } = await db.issuerFeed.deleteMany({ where: { id: feedId, userId } });
  if (count === 0) throw new AppError("notFound");
}
