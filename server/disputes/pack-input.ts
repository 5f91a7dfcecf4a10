/**
 * What `buildDisputePack` needs, as the dispute route will fill it from the database: the letters
 * as the traveller last saw (and maybe edited) them, the slip, the issuer records that prove each
 * charge (statement lines, pasted alerts with their text, feed events), the timeline
 * domain/status built, and the slip's photo bytes. Nothing here is trusted to be free of card
 * numbers: the pack redacts every string it draws.
 */
import "server-only";
import type { DisputeSlip, LetterLanguage } from "@/domain/disputes";
import type { MatchRecord } from "@/domain/matching";
import type { Timeline } from "@/domain/status";

export type PackLetter = { subject: string; paragraphs: { text: string }[]; lang: LetterLanguage };
export type PackRecord = MatchRecord & { /** The alert as pasted, for SMS records. */ alertText?: string | null };
export type PackPhoto = { bytes: Uint8Array };

export type DisputePackInput = {
  /** The language of the pack's headings: the traveller's. */
  lang: LetterLanguage;
  /** "YYYY-MM-DD", printed as the date the pack was made. */
  today: string;
  slip: DisputeSlip;
  letters: PackLetter[];
  records: PackRecord[];
  timeline: Timeline;
  photo?: PackPhoto | null;
};
