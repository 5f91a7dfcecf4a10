"use client";
/**
 * Notes a form puts beside some of its fields by name (e.g. "read from the photo — check"):
 * FieldShell shows a field's note under its control, highlights the field and ties the note to
 * the control with aria-describedby. No note, no change.
 */
import { createContext, useContext } from "react";

export const FieldNotesContext = createContext<Readonly<Record<string, string>>>({});

export function useFieldNote(name: string): string | undefined {
  return useContext(FieldNotesContext)[name];
}
