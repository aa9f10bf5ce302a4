import { copenhagenYear } from './copenhagen-time';
import { dateText } from './date-format';
import type { Forum, Meeting, MeetingKind } from './types';

/** The words a Teams join link goes under in what people read (agenda, mails, the .ics): never the raw address. */
export const TEAMS_JOIN_TEXT = 'Deltag i Teams-mødet';

/**
 * What meetings are called, once for the whole app: the title a new meeting gets (booked from the year plan, as an
 * extraordinary meeting, or from an Outlook appointment), its planning meeting's title, and the calendar subject,
 * which names the forum and the meeting every time. Titles are Danish whatever the secretary's language: they go to
 * every member. A meeting already recorded keeps the title it has; only new meetings are named here. Pure.
 *
 * - a meeting: "Møde 2/2027", "Videomøde 1/2027", "Ekstraordinært møde 1/2027" — its number in its series that year;
 * - a planning meeting: "Planlægningsmøde før møde 2/2027";
 * - a calendar subject: "Klyngestyregruppen for Fjordklyngen: Møde 2/2027", with an extraordinary meeting's purpose
 *   after a dash, a planning meeting's with the day of the meeting it prepares in brackets.
 */

export type SeriesKind = Exclude<MeetingKind, 'planning'>;

const SERIES_DA: Readonly<Record<SeriesKind, string>> = { ordinary: 'Møde', video: 'Videomøde', extraordinary: 'Ekstraordinært møde' };

export const PLANNING_TITLE = 'Planlægningsmøde';

/** "Møde", "Videomøde", "Ekstraordinært møde": the series' word, for a meeting whose number is not known. */
export function seriesWord(kind: SeriesKind): string {
  return SERIES_DA[kind];
}

/** "Møde 2/2027", "Videomøde 1/2027", "Ekstraordinært møde 1/2027". */
export function meetingTitle(kind: SeriesKind, number: number, year: number): string {
  return `${SERIES_DA[kind]} ${number}/${year}`;
}

/** Whether a title is one this module gives (a meeting named before the scheme keeps its own). */
function schemed(title: string): boolean {
  return Object.values(SERIES_DA).some((word) => title.startsWith(`${word} `));
}

/** "Planlægningsmøde før møde 2/2027"; a title from before the scheme is kept as written; "Planlægningsmøde" alone when the meeting is not known. */
export function planningTitle(preparedTitle?: string): string {
  const prepared = preparedTitle?.trim();
  if (!prepared) return PLANNING_TITLE;
  return `${PLANNING_TITLE} før ${schemed(prepared) ? `${prepared.charAt(0).toLowerCase()}${prepared.slice(1)}` : prepared}`;
}

/**
 * The number a new meeting gets in its series (ordinary, video, extraordinary — each counted on its own) and
 * Copenhagen year: the next one free. One more than the highest number the forum's meetings of that series and year
 * carry (a cancelled one's number is not given again), and never less than one more than how many there are (meetings
 * named before the scheme have no number to read). Unique within the year, so the name alone says which meeting.
 */
export function numberInYear(meetings: readonly Pick<Meeting, 'kind' | 'start' | 'title'>[], kind: SeriesKind, start: string): number {
  const year = copenhagenYear(new Date(start));
  const same = meetings.filter((m) => m.kind === kind && copenhagenYear(new Date(m.start)) === year);
  const numbered = new RegExp(`^${SERIES_DA[kind]} (\\d+)/${year}(?!\\d)`);
  const taken = same.map((m) => Number(numbered.exec(m.title)?.[1] ?? 0));
  return Math.max(same.length, ...taken) + 1;
}

/** The title of a new meeting at `start` among the forum's `meetings` (which should hold that whole year). */
export function newMeetingTitle(meetings: readonly Pick<Meeting, 'kind' | 'start' | 'title'>[], kind: SeriesKind, start: string): string {
  return meetingTitle(kind, numberInYear(meetings, kind, start), copenhagenYear(new Date(start)));
}

/**
 * The title in a calendar subject this module made for the forum, when it names a meeting of `kind` in the year of
 * `start` ("Klyngestyregruppen for Fjordklyngen: Møde 5/2026 – …" → "Møde 5/2026"): an appointment filled again
 * keeps the name it was given, rather than count itself among the forum's meetings and take the next number.
 */
export function titleInSubject(
  subject: string,
  forum: Pick<Forum, 'name' | 'shortName'>,
  kind: SeriesKind,
  start: string,
): string | undefined {
  const prefix = `${forumLabel(forum)}: `;
  if (!subject.startsWith(prefix)) return undefined;
  const year = copenhagenYear(new Date(start));
  const found = new RegExp(`^${SERIES_DA[kind]} \\d+/${year}(?=$| – )`).exec(subject.slice(prefix.length));
  return found?.[0];
}

/** The forum as a calendar subject names it: its full name, the way members from every organisation know it. */
export function forumLabel(forum: Pick<Forum, 'name' | 'shortName'>): string {
  return forum.name || forum.shortName;
}

export interface SubjectInput {
  readonly forum: Pick<Forum, 'name' | 'shortName'>;
  /** The meeting's title ("Møde 2/2027", or the title a meeting recorded before the scheme has). */
  readonly title: string;
  /** An extraordinary meeting's purpose. */
  readonly purpose?: string;
  /** A planning meeting: the start of the meeting it prepares. */
  readonly preparesStart?: string;
}

/** "Klyngestyregruppen for Fjordklyngen: Møde 2/2027" · "…: Ekstraordinært møde 1/2027 – Høring" · "…: Planlægningsmøde før møde 2/2027 (11. marts 2027)". */
export function calendarSubject(input: SubjectInput): string {
  const purpose = input.purpose?.trim() ? ` – ${input.purpose.trim()}` : '';
  const prepares = input.preparesStart ? ` (${dateText(input.preparesStart)})` : '';
  return `${forumLabel(input.forum)}: ${input.title}${purpose}${prepares}`;
}

/** A deadline's all-day entry: "Klyngestyregruppen for Fjordklyngen: Frist for punkter – Møde 2/2027". */
export function deadlineSubject(forum: Pick<Forum, 'name' | 'shortName'>, deadline: string, meetingTitle: string): string {
  return `${forumLabel(forum)}: ${deadline} – ${meetingTitle}`;
}
