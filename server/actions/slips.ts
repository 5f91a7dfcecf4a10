"use server";
/**
 * Slip form actions (create, edit, delete). Each follows the one write path through
 * server/slips: requireUser → zod (domain/slips) and photo checks → one scoped write →
 * revalidatePath → redirect, or { ok: false, message, fieldErrors, values } so a failed save
 * puts back everything that was typed. Chosen photos cannot be put back into a file input,
 * so the answer says to choose them again. Works as a plain multipart post without JavaScript.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { failure, readLocale, type FormState } from "@/server/action-result";
import { echoValues, slipFieldsFromFormData } from "@/server/slips/read-slip-input";
import { isUnchosenFile, uploadsFromFormData } from "@/server/slips/slip-photos";
import { createSlip, deleteSlip, updateSlip } from "@/server/slips/slip-writes";

function hasChosenPhotos(formData: FormData): boolean {
  return formData.getAll("photos").some((value) => typeof value !== "string" && !isUnchosenFile(value));
}

function readSlipId(formData: FormData): string {
  const id = formData.get("slipId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

async function slipFailure(error: unknown, locale: Locale, values: Record<string, string>, hadPhotos: boolean): Promise<FormState> {
  const state = await failure(error, locale, values);
  if (!hadPhotos || !state) return state;
  const t = await getTranslations({ locale, namespace: "photos" });
  return { ...state, fieldErrors: { ...state.fieldErrors, photos: [...(state.fieldErrors?.photos ?? []), t("chooseAgain")] } };
}

export async function createSlipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const raw = slipFieldsFromFormData(formData);
  try {
    const user = await requireUser();
    const { id } = await createSlip(user.id, { raw, uploads: await uploadsFromFormData(formData), locale });
    revalidatePath(`/${locale}/slips`);
    redirect(`/${locale}/slips/${id}?saved=1`);
  } catch (error) {
    return slipFailure(error, locale, echoValues(raw), hasChosenPhotos(formData));
  }
}

export async function updateSlipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const raw = slipFieldsFromFormData(formData);
  const removePhotoIds = formData.getAll("removePhoto").filter((value): value is string => typeof value === "string");
  try {
    const user = await requireUser();
    const slipId = readSlipId(formData);
    await updateSlip(user.id, slipId, { raw, uploads: await uploadsFromFormData(formData), removePhotoIds, locale });
    revalidatePath(`/${locale}/slips`);
    redirect(`/${locale}/slips/${slipId}?saved=1`);
  } catch (error) {
    const values = { ...echoValues(raw), removePhoto: removePhotoIds.join(",") };
    return slipFailure(error, locale, values, hasChosenPhotos(formData));
  }
}

export async function deleteSlipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    const user = await requireUser();
    await deleteSlip(user.id, readSlipId(formData));
    revalidatePath(`/${locale}/slips`);
    redirect(`/${locale}/slips?deleted=1`);
  } catch (error) {
    return failure(error, locale);
  }
}
