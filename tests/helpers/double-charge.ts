/**
 * The dispute tests' common case: a JPY slip at LAWSON SHIBUYA charged twice — two posted
 * statement records of its amount, posted `postedDaysAgo` days ago — written to the database the
 * test uses (`db`, so a test on its own module graph passes its own client).
 */
import type { Db } from "@/server/db";

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export async function addDoubleCharge(db: Db, userId: string, { transactionDaysAgo = 9, postedDaysAgo = [8, 7] }: { transactionDaysAgo?: number; postedDaysAgo?: number[] } = {}): Promise<void> {
  for (const days of postedDaysAgo) {
    await db.issuerRecord.create({
      data: {
        userId, source: "statement", kind: "purchase", state: "posted", transactionDate: isoDaysAgo(transactionDaysAgo), postingDate: isoDaysAgo(days), billedAmountMinor: 1280n,
        billedCurrency: "JPY", merchant: "LAWSON SHIBUYA TOKYO JP", cardLast4: "4242", fingerprint: `double-${userId}-${days}`,
      },
    });
  }
}
