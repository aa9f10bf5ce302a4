import { MAX_SUBJECT_CHARS } from './limits';

/** Reply/forward prefixes of Danish, English and German mail clients, and bracketed tags like "[EKSTERN]". */
const REPLY_PREFIX =
  /^\s*(?:(?:re|sv|aw|fwd?|vs|wg|videresend|svar|antw)\s?(?:\[\d{1,3}\])?\s?:|\[(?:ekstern|external|extern|ext)\]|\((?:ekstern|external)\))\s*/i;
const FORWARD_PREFIX = /^\s*(?:fwd?|vs|wg|videresend)\s?:/i;
/** Item-kind prefixes that are not part of the title. */
const ITEM_PREFIX =
  /^\s*(?:sagsfremstilling|dagsordenspunkt|dagsordenspunkt til|punkt til dagsorden(?:en)?|punkt til dagsordenen|forslag til dagsordenspunkt|nyt punkt|agenda item|item for the agenda|case presentation)\s*(?::|–|—|-)\s*/i;
const ITEM_SUBJECT =
  /^\s*(?:sagsfremstilling|dagsordenspunkt|punkt til dagsorden|forslag til dagsordenspunkt|agenda item|item for the agenda|case presentation)(?![\p{L}])/iu;
const CONSULTATION_TAG = /\[(?:høring|hearing|consultation)\s[^\]]{0,40}\]\s*/giu;

const cap = (s: string): string => (s.length > MAX_SUBJECT_CHARS ? s.slice(0, MAX_SUBJECT_CHARS) : s);

/** The subject without "SV:", "Fwd:", "[EKSTERN]" … at its start (any number of them). */
export function stripReplyPrefixes(subject: string): string {
  let s = cap(subject).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 10; i++) {
    const next = s.replace(REPLY_PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

export const isForwardSubject = (subject: string): boolean => {
  let s = cap(subject);
  for (let i = 0; i < 10; i++) {
    if (FORWARD_PREFIX.test(s)) return true;
    const next = s.replace(REPLY_PREFIX, '');
    if (next === s) return false;
    s = next;
  }
  return false;
};

/** True when the subject names itself an agenda item ("Sagsfremstilling: …", "Agenda item – …"). */
export const isItemSubject = (subject: string): boolean => ITEM_SUBJECT.test(stripReplyPrefixes(subject));

/**
 * The title a subject gives: reply/forward prefixes, item-kind prefixes ("Sagsfremstilling:", "Dagsordenspunkt:")
 * and consultation tags removed. Null when nothing is left.
 */
export function titleFromSubject(subject: string): string | null {
  let s = stripReplyPrefixes(subject).replace(CONSULTATION_TAG, '');
  for (let i = 0; i < 5; i++) {
    const next = stripReplyPrefixes(s.replace(ITEM_PREFIX, ''));
    if (next === s) break;
    s = next;
  }
  s = s.trim();
  return s === '' ? null : s;
}
