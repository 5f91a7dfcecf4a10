"use client";
/**
 * The slip's photos: saved ones (edit) with a "remove" box each, and two file inputs sharing
 * the name `photos` — one opens the camera (capture="environment"), one picks existing files —
 * so both work in a plain multipart post without JavaScript. With JavaScript the chosen photos
 * are previewed before saving (object URLs, revoked when replaced), and a HEIC or oversized
 * file is flagged at once; the server checks every file again by its content.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ExistingPhoto, SlipFormLabels } from "@/server/slips/slip-form-types";

const MAX_BYTES = 10 * 1024 * 1024;
const FILE_INPUT =
  "text-sm font-normal file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-700";
type Preview = { key: string; url: string; problem: string | null };

const subscribeNothing = () => () => {};

function isHeic(file: File): boolean {
  return /^image\/hei[cf]/i.test(file.type) || /\.(heic|heif)$/i.test(file.name);
}

export function PhotoField({
  labels,
  existing,
  removed,
  errors,
  readButton,
  keep = [],
  drafts = [],
}: {
  labels: SlipFormLabels["photos"];
  existing: ExistingPhoto[];
  removed: string[];
  errors?: string[];
  /** "Read the slip" (new slips), shown under the file inputs. */
  readButton?: React.ReactNode;
  /** Photos chosen before a refused save (JavaScript only): put back into the file input. */
  keep?: File[];
  /** Without JavaScript, after a refused save: the chosen photos kept on the server as drafts. */
  drafts?: { id: string; thumbnailUrl: string }[];
}) {
  const cameraInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [restored, setRestored] = useState(false);
  // Rendered after hydration only: tells the server this form keeps its photos itself.
  const scripted = useSyncExternalStore(subscribeNothing, () => true, () => false);

  // Object URLs hold the photo in memory until revoked.
  useEffect(() => () => previews.forEach((p) => URL.revokeObjectURL(p.url)), [previews]);

  // A refused save re-renders the form: put the photos chosen before it back (DataTransfer is
  // the one way to fill a file input from script), so nothing the traveller chose is lost.
  useEffect(() => {
    if (keep.length === 0 || !filesInput.current) return;
    const transfer = new DataTransfer();
    for (const file of keep) transfer.items.add(file);
    filesInput.current.files = transfer.files;
    showChosen();
    setRestored(true);
    // Only when the form is rebuilt (it is keyed by the failed state), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function showChosen() {
    const files = [...(cameraInput.current?.files ?? []), ...(filesInput.current?.files ?? [])];
    setPreviews(
      files.map((file, index) => ({
        key: `${index}-${file.name}-${file.size}`,
        url: URL.createObjectURL(file),
        problem: isHeic(file) ? labels.heic : file.size > MAX_BYTES ? labels.tooLarge : null,
      })),
    );
  }

  const hasError = Boolean(errors?.length);
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3" aria-describedby="photos-hint">
      <legend className="px-1 text-sm font-semibold">{labels.label}</legend>
      <p id="photos-hint" className="text-xs text-stone-600">
        {labels.hint}
      </p>
      {existing.length > 0 ? (
        <div>
          <p className="text-sm font-medium">{labels.existing}</p>
          <ul className="mt-2 grid grid-cols-3 gap-2" data-testid="existing-photos">
            {existing.map((photo) => (
              <li key={photo.id} className="flex flex-col gap-1">
                {/* A private, cookie-scoped image: the Next image optimiser would fetch it without the cookie. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={photo.thumbnailUrl} alt={photo.alt} className="aspect-square w-full rounded object-cover" />
                <label className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name="removePhoto" value={photo.id} defaultChecked={removed.includes(photo.id)} />
                  {labels.remove}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-col gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {labels.takePhoto}
          <input ref={cameraInput} type="file" name="photos" accept="image/*" capture="environment" multiple onChange={showChosen} data-testid="photo-camera" className={FILE_INPUT} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {labels.chooseFiles}
          <input ref={filesInput} type="file" name="photos" accept="image/*" multiple onChange={showChosen} data-testid="photo-files" className={FILE_INPUT} />
        </label>
      </div>
      {readButton}
      {previews.length > 0 ? (
        <div>
          <p className="text-sm font-medium">{labels.previews}</p>
          <ul className="mt-2 grid grid-cols-3 gap-2" data-testid="photo-previews">
            {previews.map((preview, index) => (
              <li key={preview.key} className="flex flex-col gap-1">
                {/* A local blob: URL of a file not yet uploaded; nothing to optimise. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={preview.url} alt={labels.alt.replace("{number}", String(index + 1))} className="aspect-square w-full rounded object-cover" />
                {preview.problem ? <p className="text-xs text-red-700">{preview.problem}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {drafts.length > 0 ? (
        <div>
          <p className="text-sm font-medium">{labels.previews}</p>
          <ul className="mt-2 grid grid-cols-3 gap-2" data-testid="draft-photos">
            {drafts.map((draft, index) => (
              <li key={draft.id}>
                <input type="hidden" name="draftPhoto" value={draft.id} />
                {/* A private, cookie-scoped image of the traveller's own draft. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={draft.thumbnailUrl} alt={labels.alt.replace("{number}", String(index + 1))} className="aspect-square w-full rounded object-cover" />
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-brand-700" data-testid="photos-kept">
            {labels.kept}
          </p>
        </div>
      ) : null}
      {scripted ? <input type="hidden" name="keepsPhotos" value="1" /> : null}
      {restored && previews.length > 0 ? (
        <p className="text-sm text-brand-700" data-testid="photos-kept">
          {labels.kept}
        </p>
      ) : null}
      <p aria-live="polite" className="text-sm text-red-700" data-testid="error-photos">
        {hasError ? errors?.join(" ") : null}
      </p>
    </fieldset>
  );
}
