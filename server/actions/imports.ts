"use server";
/**
 * Statement import form actions (the upload itself is a plain multipart post to
 * POST /api/imports: server actions are limited to 1 MB bodies). Each follows the write path:
 * requireUser → read the form → server/issuer-records → revalidatePath → redirect back to the
 * preview, or { ok: false, message, fieldErrors, values }.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isCurrencyCode } from "@/domain/money";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { failure, readLocale, type FormState } from "@/server/action-result";
import { commitImport } from "@/server/issuer-records/import-commit";
import { rereadImport } from "@/server/issuer-records/import-preview";
import { mappingFromForm } from "@/server/issuer-records/mapping-form";

function readImportId(formData: FormData): string {
  const id = formData.get("importId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

function textValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}

export async function commitImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    const user = await requireUser();
    const id = readImportId(formData);
    await commitImport(user.id, id);
    revalidatePath(`/${locale}/records`);
    redirect(`/${locale}/records/import/${id}`);
  } catch (error) {
    return failure(error, locale);
  }
}

export async function saveImportMappingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = textValues(formData);
  try {
    const user = await requireUser();
    const id = readImportId(formData);
    const read = mappingFromForm(formData);
    if (!read.ok) throw new AppError("invalidInput", read.fieldErrors);
    await rereadImport(user.id, id, { mapping: read.mapping });
    revalidatePath(`/${locale}/records/import/${id}`);
    redirect(`/${locale}/records/import/${id}`);
  } catch (error) {
    return failure(error, locale, values);
  }
}

export async function setImportCurrencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = textValues(formData);
  try {
    const user = await requireUser();
    const id = readImportId(formData);
    const currency = String(formData.get("currency") ?? "").trim().toUpperCase();
    if (!isCurrencyCode(currency)) throw new AppError("invalidInput", { currency: ["imports.errors.currency"] });
    await rereadImport(user.id, id, { currency });
    revalidatePath(`/${locale}/records/import/${id}`);
    redirect(`/${locale}/records/import/${id}`);
  } catch (error) {
    return failure(error, locale, values);
  }
}
