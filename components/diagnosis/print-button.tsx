"use client";

import { useEffect, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Opens every folded section, then prints. Rendered only once JavaScript runs (the browser's own print works without it). */
export function PrintButton({ label }: { label: string }) {
  // false on the server and in the HTML, true once the page runs in a browser with JavaScript.
  const ready = useSyncExternalStore(subscribe, () => true, () => false);
  useEffect(() => {
    const open = () => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
    window.addEventListener("beforeprint", open);
    return () => window.removeEventListener("beforeprint", open);
  }, []);
  return (
    <button
      type="button"
      hidden={!ready}
      onClick={() => {
        document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
        window.print();
      }}
      className="no-print rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-semibold"
      data-testid="print-result"
    >
      {label}
    </button>
  );
}
