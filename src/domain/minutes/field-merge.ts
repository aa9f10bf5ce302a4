import type { MinutesAttendee } from './minutes-content';

/**
 * What to do with one text field of the minutes after a save was refused because someone else saved first (412):
 * compare what this editor last loaded (base), what it has now (mine) and what the server has now (theirs).
 * Only one side changed → that side wins without asking; both changed it differently → a conflict the person
 * settles (keep mine, use theirs, or keep both). Nothing typed is dropped without a choice.
 */

export type FieldMerge =
  /** Both have the same text: nothing to save. */
  | { readonly kind: 'same'; readonly text: string }
  /** Only I changed it: save mine on the fresh eTag. */
  | { readonly kind: 'mine'; readonly text: string }
  /** Only they changed it: take theirs. */
  | { readonly kind: 'theirs'; readonly text: string }
  /** Both changed it differently: ask. */
  | { readonly kind: 'conflict'; readonly mine: string; readonly theirs: string };

/** Line endings as typed in a browser and as stored can differ; they are not a change. */
const norm = (s: string): string => s.replace(/\r\n?/g, '\n');

export function mergeField(base: string, mine: string, theirs: string): FieldMerge {
  const [b, m, t] = [norm(base), norm(mine), norm(theirs)];
  if (m === t) return { kind: 'same', text: mine };
  if (m === b) return { kind: 'theirs', text: theirs };
  if (t === b) return { kind: 'mine', text: mine };
  return { kind: 'conflict', mine, theirs };
}

export interface KeepBothLabels {
  /** The heading above the other person's text, e.g. "Anne Bisgaards version". */
  readonly theirs: string;
}

/**
 * Both texts in one: mine first, then theirs under a line of its own, so the secretariat can edit them together.
 * When one already contains the other, the longer is enough.
 */
export function keepBoth(mine: string, theirs: string, labels: KeepBothLabels): string {
  const [m, t] = [norm(mine).trimEnd(), norm(theirs).trimEnd()];
  if (t === '' || m.includes(t)) return m;
  if (m === '' || t.includes(m)) return t;
  return `${m}\n\n——— ${labels.theirs} ———\n${t}`;
}

const sameRow = (a: MinutesAttendee | undefined, b: MinutesAttendee | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The attendance after a 412, row by row (a row is one e-mail address): a row I changed, added or removed since
 * base is mine; every other row is theirs. Rows keep theirs' order, with my new rows last.
 */
export function mergeAttendance(
  base: readonly MinutesAttendee[],
  mine: readonly MinutesAttendee[],
  theirs: readonly MinutesAttendee[],
): MinutesAttendee[] {
  const byEmail = (rows: readonly MinutesAttendee[]) => new Map(rows.map((r) => [r.email, r]));
  const [b, m, t] = [byEmail(base), byEmail(mine), byEmail(theirs)];
  const mineChanged = (email: string): boolean => !sameRow(b.get(email), m.get(email));
  const order = [...t.keys(), ...[...m.keys()].filter((e) => !t.has(e))];
  const merged: MinutesAttendee[] = [];
  for (const email of order) {
    const row = mineChanged(email) ? m.get(email) : t.get(email);
    if (row) merged.push(row);
  }
  return merged;
}
