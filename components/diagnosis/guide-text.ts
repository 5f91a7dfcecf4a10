/**
 * The words of the guide, handed to its view components: on the server from next-intl's
 * getTranslations, in the offline guide from next-intl's createTranslator over the same message
 * files. The views take them as props so one markup serves both (docs/offline.md).
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type GuideText = {
  locale: string;
  /** the "diagnosis" namespace: causes, signals, questions, advice */
  t: Translate;
  /** the "diagnosePage" namespace: the page's own labels */
  tp: Translate;
  /** keys of diagnosePage.examples, the example screen texts offered as buttons */
  exampleKeys: string[];
};
