import "server-only";
/**
 * "Read the slip" without JavaScript: the slip form is posted with `intent=readPhoto`; the first
 * chosen photo is read and the form comes back with every field the traveller left empty
 * filled from it (and marked), everything they typed kept as typed. Nothing is saved. A file
 * input cannot be given its photo back, so the answer asks for the photo again before saving.
 */
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import { uploadsFromFormData } from "@/server/photos/slip-photos";
import type { SlipFormState } from "@/server/slips/slip-form-types";
import { countPhotoRead, readUpload } from "./read-photo-request";
import type { readSlipPhoto } from "./read-slip-photo";

type ReadPhoto = typeof readSlipPhoto;

/** `read` is for tests (a stand-in OCR); the app always reads with the shared pool. */
export async function proposeFromPhoto(userId: string, locale: Locale, formData: FormData, typed: Record<string, string>, read?: ReadPhoto): Promise<SlipFormState> {
  const [first] = await uploadsFromFormData(formData);
  if (!first) throw new AppError("invalidInput", { photos: ["slipReading.errors.noPhoto"] });
  await countPhotoRead(userId);
  const proposal = await readUpload(first, { now: new Date() }, { field: "photos", ...(read ? { read } : {}) });
  const values = { ...typed };
  const proposed: Record<string, number> = {};
  for (const [name, field] of Object.entries(proposal.fields)) {
    if (!field || (values[name] ?? "").trim() !== "") continue;
    values[name] = field.value;
    proposed[name] = field.confidence;
  }
  const t = await getTranslations({ locale });
  return {
    ok: true,
    message: Object.keys(proposed).length > 0 ? t("slipReading.form.filled", { count: Object.keys(proposed).length }) : t("slipReading.form.filledNone"),
    values,
    proposed,
    fieldErrors: { photos: [t("photos.chooseAgain")] },
  };
}
