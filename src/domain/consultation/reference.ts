import type { Consultation } from './consultation-types';

/** "KSG-2027-03": the forum's short name, the year, a running number (two digits, three past 99). */
export function consultationReference(shortName: string, year: number, n: number): string {
  const prefix =
    shortName
      .trim()
      .toUpperCase()
      .replace(/[^A-ZÆØÅ]/g, '') || 'HOR';
  return `${prefix}-${year}-${String(Math.max(1, Math.floor(n))).padStart(2, '0')}`;
}

/** The running number of a reference of this forum and year, or undefined when it is another's. */
export function referenceNumber(reference: string, shortName: string, year: number): number | undefined {
  const prefix = consultationReference(shortName, year, 1).slice(0, -2);
  if (!reference.toUpperCase().startsWith(prefix)) return undefined;
  const n = Number(reference.slice(prefix.length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The next free reference after the ones that exist. Two secretaries starting one at once may pick the same:
 * the store's Reference column is unique, and the loser takes the next (`attempt`).
 */
export function nextReference(shortName: string, year: number, existing: readonly string[], attempt = 0): string {
  const highest = existing.reduce((max, r) => Math.max(max, referenceNumber(r, shortName, year) ?? 0), 0);
  return consultationReference(shortName, year, highest + 1 + attempt);
}

/** What the mail intake needs to recognise replies to the open consultations: their references and their threads. */
export function replyMatchers(consultations: readonly Pick<Consultation, 'status' | 'reference' | 'conversations'>[]): {
  readonly consultationRefs: string[];
  readonly consultationConversations: Record<string, string>;
} {
  const open = consultations.filter((c) => c.status === 'open');
  const consultationConversations: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const c of open) for (const id of c.conversations ?? []) consultationConversations[id] = c.reference;
  return { consultationRefs: open.map((c) => c.reference), consultationConversations };
}
