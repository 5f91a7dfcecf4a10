"use client";
/**
 * The labels of app/[locale]/error.tsx. An error boundary is a client component that receives no
 * props from the server, so the layout hands it these few strings through a context — the rest of
 * the message catalogue stays on the server.
 */
import { createContext, useContext } from "react";

export type ErrorLabels = { title: string; body: string; retry: string; home: string; reference: string; homeHref: string };

const ErrorLabelsContext = createContext<ErrorLabels | null>(null);

export function ErrorLabelsProvider({ labels, children }: { labels: ErrorLabels; children: React.ReactNode }) {
  return <ErrorLabelsContext.Provider value={labels}>{children}</ErrorLabelsContext.Provider>;
}

export function useErrorLabels(): ErrorLabels | null {
  return useContext(ErrorLabelsContext);
}
