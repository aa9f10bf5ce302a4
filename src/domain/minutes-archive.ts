import { danishDate } from './consultation/danish-date';
import { copenhagenDate } from './copenhagen-time';
import type { MinutesContent, MinutesItem } from './minutes/minutes-content';
import { byIso } from './iso-order';

/**
 * The member's archive of approved minutes: each final version's snapshot, newest meeting first, searchable by the
 * meeting's title and date and the items' titles, Referat and Beslutning.
 */

export interface ArchivedMinutes {
  readonly versionId: string;
  readonly meetingId: string;
  readonly version: number;
  readonly finalAt?: string;
  /** The final PDF (moved to the approved-minutes folder), else the version's PDF. */
  readonly pdfUrl?: string;
  readonly content: MinutesContent;
}

export interface MinutesMatch {
  readonly minutes: ArchivedMinutes;
  /** The items whose text holds a searched word (empty when only the meeting's title or date matched). */
  readonly items: readonly MinutesItem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A snapshot as stored in SnapshotJson, checked enough to render and search; undefined when it is not one. */
export function parseSnapshot(json: string): MinutesContent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value.meetingTitle !== 'string' || typeof value.start !== 'string' || !Array.isArray(value.items))
    return undefined;
  const items = value.items.filter(isRecord).map((i, n): MinutesItem => ({
    agendaItemId: str(i.agendaItemId),
    number: typeof i.number === 'number' ? i.number : n + 1,
    title: str(i.title),
    recommendations: Array.isArray(i.recommendations) ? i.recommendations.filter((r): r is string => typeof r === 'string') : [],
    referat: str(i.referat),
    beslutning: str(i.beslutning),
  }));
  return {
    ...(value as unknown as MinutesContent),
    items,
    attendance: Array.isArray(value.attendance) ? (value.attendance as MinutesContent['attendance']) : [],
  };
}

/** Newest meeting first. */
export function sortArchive(list: readonly ArchivedMinutes[]): ArchivedMinutes[] {
  return [...list].sort((a, b) => byIso(b.content.start, a.content.start));
}

const norm = (s: string): string => s.toLocaleLowerCase('da').replace(/\s+/g, ' ');

/** The words of a query, lower-case; quotes and punctuation around words dropped. */
export function queryWords(query: string): string[] {
  return norm(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

const itemText = (i: MinutesItem): string => norm(`${i.title} ${i.referat} ${i.beslutning}`);

/** The minutes holding every word of the query (anywhere in the meeting), with the items that hold any of them. */
export function searchMinutes(list: readonly ArchivedMinutes[], query: string): MinutesMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return sortArchive(list).map((minutes) => ({ minutes, items: [] }));
  return sortArchive(list).flatMap((minutes) => {
    const c = minutes.content;
    const head = norm(`${c.meetingTitle} ${danishDate(c.start)} ${copenhagenDate(new Date(c.start))}`);
    const all = `${head} ${c.items.map(itemText).join(' ')}`;
    if (!words.every((w) => all.includes(w))) return [];
    return [{ minutes, items: c.items.filter((i) => words.some((w) => itemText(i).includes(w))) }];
  });
}
