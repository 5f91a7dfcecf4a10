"use server";
/**
 * Slip form actions (create, edit, delete). Each follows the one write path through
 * server/slips: requireUser → zod (domain/slips) and photo checks → one scoped write →
 * revalidatePath → redirect, or { ok: false, message, fieldErrors, values } so a failed save
 * puts back everything that was typed — and the chosen photos, kept as drafts when there is no
 * JavaScript to put them back into the file input. Works as a plain multipart post without JavaScript.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import type { FormState } from "@/server/http/action-result";
import { userAction } from "@/server/http/user-action";
import { echoValues, slipFieldsFromFormData } from "@/server/slips/read-slip-input";
import { isUnchosenFile, uploadsFromFormData } from "@/server/photos/slip-photos";
import { createSlip, deleteSlip, updateSlip } from "@/server/slips/slip-writes";
import type { SlipFormState } from "@/server/slips/slip-form-types";
import { proposeFromPhoto } from "@/server/slip-reading/propose-from-photo";
import { draftIdsFromFormData, draftThumbnailUrl, findDrafts, keepAsDrafts } from "@/server/photos/photo-drafts";
import { requireUser } from "@/server/session";

function hasChosenPhotos(formData: FormData): boolean {
  return formData.getAll("photos").some((value) => typeof value !== "string" && !isUnchosenFile(value));
}

function readSlipId(formData: FormData): string {
  const id = formData.get("slipId");
  if (typeof id !== "string" || id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

/**
 * With JavaScript the form keeps chosen photos itself and says so (it posts `keepsPhotos`).
 * Without it a file input cannot be refilled: the refused post's photos — and drafts kept from
 * an earlier refusal — are kept as drafts for an hour (server/photos/photo-drafts.ts) and the
 * form offers them again. Only if none could be kept does the answer ask to choose them again.
 */
async function keepPhotosForNextTry(state: FormState, { locale, formData }: { locale: Locale; formData: FormData }): Promise<SlipFormState> {
  if (!state || state.ok || formData.get("keepsPhotos") === "1") return state;
  const user = await requireUser().catch(() => null);
  const chosen = hasChosenPhotos(formData);
  if (!user || !state.fieldErrors) return state;
  const carried = (await findDrafts(user.id, draftIdsFromFormData(formData))).map((d) => ({ id: d.id, thumbnailUrl: draftThumbnailUrl(d.id) }));
  const fresh = chosen ? await keepAsDrafts(user.id, await uploadsFromFormData(formData), carried.length).catch(() => []) : [];
  const draftPhotos = [...carried, ...fresh];
  if (draftPhotos.length > 0) return { ...state, draftPhotos };
  if (!chosen) return state;
  const t = await getTranslations({ locale, namespace: "photos" });
  return { ...state, fieldErrors: { ...state.fieldErrors, photos: [...(state.fieldErrors.photos ?? []), t("chooseAgain")] } };
}

const echoSlip = (formData: FormData) => echoValues(slipFieldsFromFormData(formData));
const removedPhotoIds = (formData: FormData) => formData.getAll("removePhoto").filter((value): value is string => typeof value === "string");

export const createSlipAction = userAction<SlipFormState>(
  async ({ user, locale, formData }) => {
    // "Read the slip" posted without JavaScript: the form comes back prefilled; nothing is saved.
    if (formData.get("intent") === "readPhoto") return proposeFromPhoto(user.id, locale, formData, echoSlip(formData));
    const { id } = await createSlip(user.id, { raw: slipFieldsFromFormData(formData), uploads: await uploadsFromFormData(formData), draftIds: draftIdsFromFormData(formData), locale });
    revalidatePath(`/${locale}/slips`);
    redirect(`/${locale}/slips/${id}?saved=1`);
  },
  { echo: echoSlip, onFailure: keepPhotosForNextTry },
);

export const updateSlipAction = userAction<SlipFormState>(
  async ({ user, locale, formData }) => {
    const slipId = readSlipId(formData);
    const raw = slipFieldsFromFormData(formData);
    await updateSlip(user.id, slipId, { raw, uploads: await uploadsFromFormData(formData), draftIds: draftIdsFromFormData(formData), removePhotoIds: removedPhotoIds(formData), locale });
    revalidatePath(`/${locale}/slips`);
    redirect(`/${locale}/slips/${slipId}?saved=1`);
  },
  { echo: (formData) => ({ ...echoSlip(formData), removePhoto: removedPhotoIds(formData).join(",") }), onFailure: keepPhotosForNextTry },
);

export const deleteSlipAction = userAction(async ({ user, locale, formData }) => {
  await deleteSlip(user.id, readSlipId(formData));
  revalidatePath(`/${locale}/slips`);
  redirect(`/${locale}/slips?deleted=1`);
});
