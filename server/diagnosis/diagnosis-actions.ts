"use server";
/**
 * Saving a diagnosis result to the signed-in traveller's account. The client sends only the
 * result's query string; the cause is recomputed here, never taken from the form.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decodeAnswers } from "@/domain/diagnosis";
import { db } from "@/server/db";
import { readLocale } from "@/server/http/action-result";
import { runDiagnosis } from "@/server/diagnosis/present";
import { requireUserForPage } from "@/server/session";

const saveSchema = z.object({ query: z.string().max(6000) });

export async function saveDiagnosisAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData);
  const parsed = saveSchema.safeParse({ query: formData.get("query") ?? "" });
  const rawQuery = parsed.success ? parsed.data.query : "";
  const user = await requireUserForPage(locale, `/${locale}/diagnose?${rawQuery}`);
  const { result, query } = runDiagnosis(decodeAnswers(Object.fromEntries(new URLSearchParams(rawQuery))));
  const top = result.causes[0];
  if (top) {
    // Saving the same result twice keeps one row.
    const existing = await db.savedDiagnosis.findFirst({ where: { userId: user.id, query }, select: { id: true } });
    if (!existing) await db.savedDiagnosis.create({ data: { userId: user.id, query, causeId: top.id } });
    revalidatePath(`/${locale}/diagnose/saved`);
  }
  redirect(`/${locale}/diagnose?${query}${query ? "&" : ""}r=1&saved=1`);
}
