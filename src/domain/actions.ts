import { html, lineBreaks, type Html } from './html';
import { addDays, type LocalDate } from './calendar-date';
import { danishDate } from './consultation/danish-date';
import { copenhagenDate, copenhagenToUtcIso } from './copenhagen-time';
import type { ActionItem } from './types';
import { byIso } from './iso-order';

/**
 * Follow-up on decisions (opfølgning): an action made from a Beslutning or a consultation's outcome has an owner
 * and a due day on the Copenhagen calendar. Open actions are listed for the secretariat, shown to their owners and
 * on the next meeting's agenda; an owner gets one reminder on the day the action falls due.
 */

/** Days before the due day an open action counts as due soon. */
export const DUE_SOON_DAYS = 7;

export type ActionState = 'done' | 'overdue' | 'due-today' | 'due-soon' | 'open';

/** The due day of an action on the Copenhagen calendar ("2027-03-04"). */
export function dueDay(action: Pick<ActionItem, 'due'>): LocalDate {
  return copenhagenDate(new Date(action.due));
}

/** The instant stored in the Due column for a Copenhagen due day: its local midnight in UTC. */
export function dueInstant(day: LocalDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a date: "${day}" (expected YYYY-MM-DD)`);
  return copenhagenToUtcIso(`${day}T00:00`).replace(/\.000Z$/, 'Z');
}

export function actionState(action: Pick<ActionItem, 'due' | 'status'>, now: Date): ActionState {
  if (action.status === 'done') return 'done';
  const today = copenhagenDate(now);
  const day = dueDay(action);
  if (day < today) return 'overdue';
  if (day === today) return 'due-today';
  return day <= addDays(today, DUE_SOON_DAYS) ? 'due-soon' : 'open';
}

export const isOpen = (a: Pick<ActionItem, 'status'>): boolean => a.status === 'open';
export const isOverdue = (a: Pick<ActionItem, 'due' | 'status'>, now: Date): boolean => actionState(a, now) === 'overdue';

/** Open first; among them by due day, then title; done ones after, the most recently done first. */
export function sortActions<T extends Pick<ActionItem, 'due' | 'status' | 'title' | 'doneAt'>>(actions: readonly T[]): T[] {
  return [...actions].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
    if (a.status === 'done') return byIso(b.doneAt ?? '', a.doneAt ?? '');
    return byIso(dueDay(a), dueDay(b)) || a.title.localeCompare(b.title, 'da');
  });
}

/** The open actions of one owner (by address, any case). */
export function actionsOf<T extends Pick<ActionItem, 'ownerEmail'>>(actions: readonly T[], email: string): T[] {
  const me = email.trim().toLowerCase();
  return actions.filter((a) => a.ownerEmail.trim().toLowerCase() === me);
}

export interface ActionGroup<T> {
  /** 'overdue' for the group of overdue actions, else the meeting's id ('' for actions without one). */
  readonly key: string;
  readonly overdue: boolean;
  readonly actions: readonly T[];
}

/** Open actions for the secretariat: the overdue ones first (all meetings), then per meeting in due order. */
export function groupOpenActions<T extends Pick<ActionItem, 'due' | 'status' | 'title' | 'doneAt' | 'meetingId'>>(
  actions: readonly T[],
  now: Date,
): ActionGroup<T>[] {
  const open = sortActions(actions.filter(isOpen));
  const overdue = open.filter((a) => isOverdue(a, now));
  const groups = new Map<string, T[]>();
  for (const a of open.filter((x) => !isOverdue(x, now))) groups.set(a.meetingId, [...(groups.get(a.meetingId) ?? []), a]);
  return [
    ...(overdue.length > 0 ? [{ key: 'overdue', overdue: true, actions: overdue }] : []),
    ...[...groups.entries()].map(([key, list]) => ({ key, overdue: false, actions: list })),
  ];
}

/** Whether the owner is due their reminder: still open, the due day reached in Copenhagen, not reminded before. */
export function reminderDue(action: Pick<ActionItem, 'due' | 'status' | 'reminderSentAt' | 'ownerEmail'>, now: Date): boolean {
  return action.status === 'open' && !action.reminderSentAt && action.ownerEmail.includes('@') && dueDay(action) <= copenhagenDate(now);
}

export function dueReminders<T extends Pick<ActionItem, 'due' | 'status' | 'reminderSentAt' | 'ownerEmail'>>(
  actions: readonly T[],
  now: Date,
): T[] {
  return actions.filter((a) => reminderDue(a, now));
}

export interface ActionMail {
  readonly subject: string;
  readonly html: Html;
  readonly text: string;
}

const clean = (s: string, max: number): string => s.replace(/\s+/g, ' ').trim().slice(0, max);
const para = (text: string): Html => html`<p>${lineBreaks(text)}</p>`;

/** The reminder to the owner (Danish): what, from which meeting, when due, and how to mark it done. */
export function actionReminderMail(
  forumName: string,
  action: Pick<ActionItem, 'title' | 'ownerName' | 'due' | 'notes'>,
  meetingTitle: string,
  meetingStart?: string,
): ActionMail {
  const title = clean(action.title, 300);
  const meeting = meetingStart ? `${clean(meetingTitle, 200)} (${danishDate(meetingStart)})` : clean(meetingTitle, 200);
  const lines = [
    `Kære ${clean(action.ownerName, 120) || 'modtager'}`,
    `Påmindelse fra ${forumName}: Du har en opfølgning, der forfalder ${danishDate(action.due)}.`,
    `Opgave: ${title}`,
    `Besluttet på: ${meeting || 'et tidligere møde'}`,
    `Frist: ${danishDate(action.due)}`,
    ...(action.notes?.trim() ? [`Bemærkninger: ${action.notes.trim().slice(0, 2000)}`] : []),
    'Når opgaven er løst, så markér den som udført under "Mine opgaver" i Sekretariat-appen, eller svar på denne mail til sekretariatet, så registrerer vi det.',
  ];
  return {
    subject: `Påmindelse: opfølgning forfalder ${danishDate(action.due)} – ${clean(title, 150)}`,
    html: html`${lines.map(para)}`,
    text: lines.join('\n\n'),
  };
}

/** One line of the standing item: "Indkøb af ny KOL-pjece – Mette Andreassen – frist 4. marts 2027 (overskredet)". */
export function actionLine(action: Pick<ActionItem, 'title' | 'ownerName' | 'ownerEmail' | 'due' | 'status'>, now: Date): string {
  const overdue = isOverdue(action, now) ? ' (overskredet)' : '';
  return `${clean(action.title, 300)} – ${clean(action.ownerName, 120) || action.ownerEmail} – frist ${danishDate(action.due)}${overdue}`;
}

export const NO_OPEN_ACTIONS = 'Der er ingen åbne opfølgningspunkter.';

/**
 * The description of the "Opfølgning på beslutninger" item on a meeting's agenda: the forum's open actions from
 * other meetings, overdue first, one per line. Actions decided at this meeting itself are not follow-up yet.
 */
export function followUpDescription(
  actions: readonly Pick<ActionItem, 'title' | 'ownerName' | 'ownerEmail' | 'due' | 'status' | 'meetingId' | 'doneAt'>[],
  meetingId: string,
  now: Date,
): string {
  const open = sortActions(actions.filter((a) => isOpen(a) && a.meetingId !== meetingId));
  if (open.length === 0) return NO_OPEN_ACTIONS;
  return ['Åbne opfølgningspunkter:', ...open.map((a) => `- ${actionLine(a, now)}`)].join('\n');
}
