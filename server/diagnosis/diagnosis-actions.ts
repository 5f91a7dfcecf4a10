"use server";
/**
 * Saving a diagnosis result to the signed-in traveller's account. The client sends only the
 * result's query string; the cause is recomputed here, never taken from the form.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decodeAnswers } from "@/domain/diagnosis";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
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

/** Form fields a diagnosis step can carry; anything more is not a traveller's form. */
const MAX_FIELDS = 60;
const MAX_VALUE = 2000;

/**
 * Step one of the guide (what the screen said, the story, the country) is POSTed here rather than
 * sent as a GET form: the typed text never appears in an address, the browser history or an
 * access log before it is checked. Card numbers in the screen text and the story are cut to the
 * last 4, then the guide continues at its usual shareable address — which therefore only ever
 * carries redacted text. Works without JavaScript (a plain form post answered with a redirect).
 */
export async function readScreenTextAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData);
  const params = new URLSearchParams();
  let fields = 0;
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name === "locale" || name.startsWith("$ACTION")) continue;
    if (++fields > MAX_FIELDS) break;
    const text = value.slice(0, MAX_VALUE);
    params.append(name.slice(0, 20), name === "t" || name === "st" ? redactCardNumbers(text) : text);
  }
  redirect(`/${locale}/diagnose?${params}`);
}
