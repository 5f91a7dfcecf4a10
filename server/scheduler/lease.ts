/**
 * Who runs the scheduled jobs (docs/decisions/0003-scheduler.md): one lease row per name in the
 * database. An instance takes the lease when it is free or expired, and keeps it by renewing it
 * on every tick; if it stops, another takes over once the lease expires. Both steps are single
 * statements the database serialises — an UPDATE whose WHERE re-checks the expiry (PostgreSQL
 * re-evaluates it on the row a concurrent UPDATE committed) or an INSERT the primary key lets
 * only one instance make — so two instances never both hold it. Same code on SQLite and
 * PostgreSQL; the jobs are still written to be safe if ever run twice (their claims are unique).
 */
import "server-only";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors";

export async function takeLease(db: Db, name: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + leaseMs);
  const { count } = await db.schedulerLease.updateMany({ where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt } });
  if (count === 1) return true;
  try {
    await db.schedulerLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives the lease up at once (a clean shutdown), so another instance need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.schedulerLease.deleteMany({ where: { name, holder } });
}
