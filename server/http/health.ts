import "server-only";
import { databaseProvider, db } from "@/server/db";
import { logger } from "@/server/logger";

/** The database's state as seen from this instance: reachable, latency, migrations applied. */
export async function checkHealth() {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    const migrations = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
    );
    return {
      status: "ok" as const,
      database: { reachable: true, provider: databaseProvider, latencyMs: Math.round(performance.now() - started), migrationsApplied: Number(migrations[0]?.n ?? 0) },
    };
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return { status: "error" as const, database: { reachable: false, provider: databaseProvider } };
  }
}
