"use server";
/**
 * Statement import form actions (the upload itself is a plain multipart post to
 * POST /api/imports: server actions are limited to 1 MB bodies). Each follows the write path:
 * requireUser → read the form → server/imports → revalidatePath → redirect back to the
 * preview, or { ok: false, message, fieldErrors, values }.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isCurrencyCode } from "@/domain/money";
import { AppError } from "@/server/errors";
import { userAction } from "@/server/http/user-action";
import { commitImport } from "@/server/imports/import-commit";
import { rereadImport } from "@/server/imports/import-preview";
import { mappingFromForm } from "@/server/imports/mapping-form";

function readImportId(formData: FormData): string {
  const id = formData.get("importId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

function textValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}

export const commitImportAction = userAction(async ({ user, locale, formData }) => {
  const id = readImportId(formData);
  await commitImport(user.id, id);
  revalidatePath(`/${locale}/records`);
  redirect(`/${locale}/records/import/${id}`);
});

export const saveImportMappingAction = userAction(
  async ({ user, locale, formData }) => {
    const id = readImportId(formData);
    const read = mappingFromForm(formData);
    if (!read.ok) throw new AppError("invalidInput", read.fieldErrors);
    await rereadImport(user.id, id, { mapping: read.mapping });
    revalidatePath(`/${locale}/records/import/${id}`);
    redirect(`/${locale}/records/import/${id}`);
  },
  { echo: textValues },
);

export const setImportCurrencyAction = userAction(
  async ({ user, locale, formData }) => {
    const id = readImportId(formData);
    const currency = String(formData.get("currency") ?? "").trim().toUpperCase();
    if (!isCurrencyCode(currency)) throw new AppError("invalidInput", { currency: ["imports.errors.currency"] });
    await rereadImport(user.id, id, { currency });
    revalidatePath(`/${locale}/records/import/${id}`);
    redirect(`/${locale}/records/import/${id}`);
  },
  { echo: textValues },
);
