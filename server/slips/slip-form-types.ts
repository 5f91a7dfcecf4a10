/** What the slip form is given by its page: labels (from messages/*.json) and option lists. */
import type en from "@/messages/en.json";

export type Option = { value: string; label: string };

export type SlipFormLabels = {
  form: (typeof en)["slips"]["form"];
  photos: Pick<(typeof en)["photos"], "label" | "hint" | "takePhoto" | "chooseFiles" | "previews" | "existing" | "remove" | "alt"> & {
    heic: string;
    tooLarge: string;
  };
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
