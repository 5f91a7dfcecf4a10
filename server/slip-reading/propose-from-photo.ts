import "server-only";
/**
 * "Read the slip" without JavaScript: the slip form is posted with `intent=readPhoto`; the first
 * chosen photo is read and the form comes back with every field the traveller left empty
 * filled from it (and marked), everything they typed kept as typed. No slip is saved. A file
 * input cannot be given its photos back, so they are kept as drafts for an hour
 * (server/photos/photo-drafts.ts) and saved with the slip; only if none can be kept does the
 * answer ask for them again.
 */
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import { uploadsFromFormData } from "@/server/photos/slip-photos";
import { draftIdsFromFormData, draftThumbnailUrl, findDrafts, keepAsDrafts } from "@/server/photos/photo-drafts";
import type { SlipFormState } from "@/server/slips/slip-form-types";
import { countPhotoRead, readUpload } from "./read-photo-request";
import type { readSlipPhoto } from "./read-slip-photo";

type ReadPhoto = typeof readSlipPhoto;

/** `read` is for tests (a stand-in OCR); the app always reads with the shared pool. */
export async function proposeFromPhoto(userId: string, locale: Locale, formData: FormData, typed: Record<string, string>, read?: ReadPhoto): Promise<SlipFormState> {
  const uploads = await uploadsFromFormData(formData);
  const [first] = uploads;
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
  const carried = (await findDrafts(userId, draftIdsFromFormData(formData))).map((d) => ({ id: d.id, thumbnailUrl: draftThumbnailUrl(d.id) }));
  const draftPhotos = [...carried, ...(await keepAsDrafts(userId, uploads, carried.length).catch(() => []))];
  return {
    ok: true,
    message: Object.keys(proposed).length > 0 ? t("slipReading.form.filled", { count: Object.keys(proposed).length }) : t("slipReading.form.filledNone"),
    values,
    proposed,
    ...(draftPhotos.length > 0 ? { draftPhotos } : { fieldErrors: { photos: [t("photos.chooseAgain")] } }),
  };
}
