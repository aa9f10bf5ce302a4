import type { LocalDate } from './calendar-date';
import type { Commissorium } from './commissorium';
import { copenhagenDate, copenhagenToUtcMs } from './copenhagen-time';
import type { Meeting, MeetingStatus } from './types';
import { deadlinesFor, type DeadlineKind } from './year-plan';
import { byIso } from './iso-order';

/**
 * A forum's year as one timeline: every meeting and planning meeting with its state, and every deadline derived
 * from the commissorium for each meeting — plus what is due next. Pure.
 */

export type TimelineState = MeetingStatus | 'done' | 'upcoming';

export type TimelineEntry =
  | { readonly type: 'meeting'; readonly date: LocalDate; readonly at: string; readonly meeting: Meeting; readonly state: MeetingStatus }
  | {
      readonly type: 'deadline';
      readonly date: LocalDate;
      readonly at: string;
      readonly kind: DeadlineKind;
      readonly meeting: Meeting;
      readonly state: 'done' | 'upcoming';
    };

/** A meeting's state as of now: a booked meeting whose end has passed is "held". */
export function meetingState(m: Meeting, now: Date): MeetingStatus {
  if ((m.status === 'booked' || m.status === 'agenda-sent') && m.end < now.toISOString()) return 'held';
  return m.status;
}

export function yearTimeline(meetings: readonly Meeting[], c: Commissorium | undefined, year: number, now: Date): TimelineEntry[] {
  const inYear = (d: LocalDate): boolean => d.startsWith(`${year}-`);
  const entries: TimelineEntry[] = [];
  for (const m of meetings) {
    const day = copenhagenDate(new Date(m.start));
    if (inYear(day)) entries.push({ type: 'meeting', date: day, at: m.start, meeting: m, state: meetingState(m, now) });
    if (!c || m.kind === 'planning' || m.status === 'cancelled') continue;
    for (const d of deadlinesFor(m.id, day, c)) {
      if (!inYear(d.date)) continue;
      const at = new Date(copenhagenToUtcMs(`${d.date}T23:59`)).toISOString();
      entries.push({ type: 'deadline', date: d.date, at, kind: d.kind, meeting: m, state: at < now.toISOString() ? 'done' : 'upcoming' });
    }
  }
  return entries.sort((a, b) => byIso(a.date, b.date) || (a.type === b.type ? byIso(a.at, b.at) : a.type === 'deadline' ? -1 : 1));
}

/** The first entry not yet done: the next deadline or the next meeting not over and not cancelled. */
export function nextDue(entries: readonly TimelineEntry[], now: Date): TimelineEntry | undefined {
  const iso = now.toISOString();
  return entries.find((e) => (e.type === 'deadline' ? e.state === 'upcoming' : e.meeting.end > iso && e.state !== 'cancelled'));
}
