import "server-only";
import { db } from "@/server/db";

/** The signed-in traveller's saved diagnoses, newest first; only what the list shows. */
export function listSavedDiagnoses(userId: string) {
  return db.savedDiagnosis.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, query: true, causeId: true, createdAt: true },
    take: 200,
  });
}
