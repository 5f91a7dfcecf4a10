/** What the slip form is given by its page: labels (from messages/*.json) and option lists. */
import type en from "@/messages/en.json";

export type Option = { value: string; label: string };

export type SlipFormLabels = {
  form: (typeof en)["slips"]["form"];
  photos: Pick<(typeof en)["photos"], "label" | "hint" | "takePhoto" | "chooseFiles" | "previews" | "existing" | "remove" | "alt" | "kept"> & {
    heic: string;
    tooLarge: string;
  };
  reading: (typeof en)["slipReading"]["form"];
  entryModes: (typeof en)["slips"]["entryModes"];
  paidInsteadMethods: (typeof en)["slips"]["paidInsteadMethods"];
};

export type SlipFormOptions = {
  countries: Option[];
  currencies: Option[];
  timeZones: Option[];
  zonesByCountry: Record<string, string[]>;
  savedDiagnoses: Option[];
};

export type ExistingPhoto = { id: string; thumbnailUrl: string; alt: string };

/** Reads a field's current value: what was just posted (after a failed save), else the stored slip. */
export type ValueOf = (name: string) => string;

/**
 * The slip form's action answer: FormState, plus, after "Read the slip" without JavaScript,
 * the fields filled from the photo and how sure the reading was of each (0–1).
 */
export type SlipFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  proposed?: Record<string, number>;
  /** Without JavaScript, after a refused save: the chosen photos, kept as drafts for the next try. */
  draftPhotos?: { id: string; thumbnailUrl: string }[];
} | null;
