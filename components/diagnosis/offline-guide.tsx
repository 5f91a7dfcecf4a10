"use client";

import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { runGuide, searchParamsToRecord } from "@/domain/diagnosis/run-guide";
import { GuideBody } from "./guide-body";
import type { GuideText, Translate } from "./guide-text";
import { ResultLinks } from "./result-links";

type Props = {
  locale: string;
  /** { diagnosis, diagnosePage } of this language's message file */
  messages: { diagnosis: AbstractIntlMessages; diagnosePage: AbstractIntlMessages };
};

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

function translator(locale: string, messages: Props["messages"], namespace: "diagnosis" | "diagnosePage"): Translate {
  const t = createTranslator({ locale, messages, namespace });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}

/**
 * The guide without a server: the service worker answers a /{locale}/diagnose URL with this page
 * (precached) when the network does not, and it runs the same engine and views on the phone from
 * the address bar's query. Nothing leaves the phone; only saving and sharing wait for a network.
 */
export function OfflineGuide({ locale, messages }: Props) {
  // null on the server and while hydrating; the real query once the page runs in the browser.
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => null);
  const text = useMemo<GuideText>(
    () => ({
      locale,
      t: translator(locale, messages, "diagnosis"),
      tp: translator(locale, messages, "diagnosePage"),
      exampleKeys: Object.keys(messages.diagnosePage.examples as Record<string, string>),
    }),
    [locale, messages],
  );
  const run = useMemo(() => (search === null ? null : runGuide(searchParamsToRecord(new URLSearchParams(search)))), [search]);
  // A card number typed offline leaves the address bar and history the moment it is read.
  useEffect(() => {
    if (run?.redacted) window.history.replaceState(null, "", `/${locale}/diagnose?${run.query}`);
  }, [run, locale]);
  if (run === null || search === null) return null;
  const searchRecord = searchParamsToRecord(new URLSearchParams(search));
  return (
    <div data-testid="offline-guide">
      <GuideBody
        offline
        text={text}
        search={searchRecord}
        run={run}
        share={({ query, canAnswerMore }) => (
          <>
            <p className="no-print rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="offline-result-note">
              {text.tp("offlineResultNote")}
            </p>
            <ResultLinks text={text} query={query} canAnswerMore={canAnswerMore} />
          </>
        )}
      />
    </div>
  );
}
