/**
 * Reads the trips of one part from disk: trip.json, labels.json, every issuer file as raw bytes
 * (never decoded here — the app's importer decides the encoding) and the mapping forms.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedTrip, Part, Trip, TripLabels } from "./trip-types";

export const EVAL_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

export function listTripIds(part: Part): string[] {
  const dir = path.join(EVAL_ROOT, part);
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function loadTrip(part: Part, id: string): LoadedTrip {
  const dir = path.join(EVAL_ROOT, part, id);
  const trip = readJson<Trip>(path.join(dir, "trip.json"));
  const labels = readJson<TripLabels>(path.join(dir, "labels.json"));
  const bytes = new Map<string, Uint8Array>();
  const mappings = new Map<string, Record<string, string>>();
  for (const file of trip.files) {
    bytes.set(file.name, new Uint8Array(readFileSync(path.join(dir, file.name))));
    if (file.mapping) {
      const mappingFile = path.join(dir, file.mapping);
      if (!existsSync(mappingFile)) throw new Error(`${id}: ${file.mapping} is missing`);
      mappings.set(file.name, readJson<{ form: Record<string, string> }>(mappingFile).form);
    }
  }
  return { dir, trip, labels, bytes, mappings };
}

export function loadPart(part: Part): LoadedTrip[] {
  return listTripIds(part).map((id) => loadTrip(part, id));
}
