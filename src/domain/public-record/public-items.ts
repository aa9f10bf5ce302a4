import type { AgendaItemAccess, ClosedReason } from '../vocabulary/agenda-access';

/**
 * The one rule for what of an agenda item may leave the forum (issue 20): every public artefact — the public agenda
 * and decisions (HTML and PDF), the agenda mail to those not entitled to closed items, the case file's public parts —
 * takes its items through `publicEntries`. An open item passes whole; a closed one becomes a `ClosedEntry`, built
 * field by field from what may be shown, so no content of it (description, Indstilling, referat, decision, bilag,
 * presenter) can reach the output by a renderer forgetting to leave it out.
 */

export interface AccessMarked {
  readonly access?: AgendaItemAccess | undefined;
  readonly closedReason?: ClosedReason | undefined;
}

export interface PublicSource extends AccessMarked {
  readonly number: number;
  readonly title: string;
  readonly caseNumber?: string | undefined;
}

/** Absent access is open: items written before the choice existed were all public. */
export const isClosed = (item: AccessMarked): boolean => item.access === 'closed';

/**
 * Whether a closed item's title is withheld too: where the title itself can name a person, a firm's affairs or what
 * a duty of confidentiality covers. A closed item with no (known) reason keeps its title back: the safe side.
 */
const TITLE_WITHHELD: Readonly<Record<ClosedReason, boolean>> = {
  'personal-data': true,
  'business-secrets': true,
  'internal-deliberation': false,
  negotiations: false,
  confidentiality: true,
};

export function titleWithheld(reason: ClosedReason | undefined): boolean {
  return reason === undefined || TITLE_WITHHELD[reason];
}

export interface OpenEntry<T> {
  readonly open: true;
  readonly item: T;
}

/** A closed item as the public sees it: its place, its case number, why it is closed and, where allowed, its title. */
export interface ClosedEntry {
  readonly open: false;
  readonly number: number;
  readonly caseNumber?: string;
  readonly reason?: ClosedReason;
  readonly title?: string;
}

export type PublicEntry<T> = OpenEntry<T> | ClosedEntry;

export function publicEntry<T extends PublicSource>(item: T): PublicEntry<T> {
  if (!isClosed(item)) return { open: true, item };
  const caseNumber = item.caseNumber?.trim();
  const title = item.title.trim();
  return {
    open: false,
    number: item.number,
    ...(caseNumber ? { caseNumber } : {}),
    ...(item.closedReason ? { reason: item.closedReason } : {}),
    ...(!titleWithheld(item.closedReason) && title ? { title } : {}),
  };
}

export function publicEntries<T extends PublicSource>(items: readonly T[]): PublicEntry<T>[] {
  return items.map(publicEntry);
}

/** True when some item would be withheld: whoever is not entitled gets a different version. */
export const hasClosed = (items: readonly AccessMarked[]): boolean => items.some(isClosed);
