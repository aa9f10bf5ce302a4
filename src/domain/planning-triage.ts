import type { Meeting, Submission } from './types';
import { byIso } from './iso-order';

/**
 * Which submissions the chairs see where at the planning meeting for one meeting: the incoming ones to decide for
 * it, the backlog ("Punkter til kommende møder"), and those already accepted for it.
 */
export interface Triage<S extends Submission = Submission> {
  /** New submissions meant for this meeting or for no meeting in particular, and those deferred to it. */
  readonly incoming: readonly S[];
  /** Deferred to another meeting or to no meeting yet, and new ones meant for another coming meeting. */
  readonly backlog: readonly S[];
  /** Accepted for this meeting (their agenda items carry the submission id). */
  readonly accepted: readonly S[];
}

export function triage<S extends Submission>(
  submissions: readonly S[],
  meetingId: string,
  upcoming: readonly Pick<Meeting, 'id'>[],
): Triage<S> {
  const coming = new Set(upcoming.map((m) => m.id));
  const incoming: S[] = [];
  const backlog: S[] = [];
  const accepted: S[] = [];
  for (const s of submissions) {
    const target = s.meetingId;
    if (s.status === 'accepted') {
      if (target === meetingId) accepted.push(s);
    } else if (s.status === 'new') {
      // Meant for another coming meeting: wait in the backlog; for this one, none, or a meeting already past: decide now.
      if (target !== undefined && target !== meetingId && coming.has(target)) backlog.push(s);
      else incoming.push(s);
    } else if (s.status === 'deferred') {
      if (target === meetingId) incoming.push(s);
      else backlog.push(s);
    }
  }
  const oldestFirst = (a: S, b: S): number => byIso(a.receivedAt, b.receivedAt);
  return { incoming: incoming.sort(oldestFirst), backlog: backlog.sort(oldestFirst), accepted: accepted.sort(oldestFirst) };
}

/** The meetings a submission can be deferred to: coming, not cancelled, not planning meetings, after `meeting`. */
export function laterMeetings<M extends Pick<Meeting, 'id' | 'start' | 'kind' | 'status'>>(
  meetings: readonly M[],
  meeting: Pick<Meeting, 'start'>,
): M[] {
  return meetings
    .filter((m) => m.kind !== 'planning' && m.status !== 'cancelled' && m.start > meeting.start)
    .sort((a, b) => byIso(a.start, b.start));
}
