import { callForItemsDates, callStatus } from '../../domain/call-for-items';
import type { Meeting, Submission } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import { daysBefore } from '../format/dates';
import { nextMeeting } from './meetings';
import { byIso } from '../../domain/iso-order';

export interface Deadline {
  readonly kind: 'submissions' | 'agenda';
  /** Noon (UTC) of the Copenhagen deadline day. */
  readonly day: string;
  readonly meeting: Meeting;
}

/** A meeting whose call for items should go out now, or whose sending was started and never confirmed. */
export interface CallForItemsTodo {
  readonly meeting: Meeting;
  readonly status: 'due' | 'needs-checking';
  /** The last day to submit (Copenhagen), "2026-05-21". */
  readonly submissionsClose: string;
}

export interface SecretariatTodo {
  /** Submissions not yet triaged (accept / defer / decline at the planning meeting). */
  readonly newSubmissions: readonly Submission[];
  /** The next deadline still ahead, if the forum's commissorium sets one. */
  readonly nextDeadline?: Deadline;
  /** Calls for items to send (or check), in meeting order; none when the forum has no commissorium. */
  readonly callsForItems: readonly CallForItemsTodo[];
}

export function callsForItemsTodo(home: ForumHome, now: Date): CallForItemsTodo[] {
  const c = home.forum.settings;
  if (!c) return [];
  return home.meetings.flatMap((meeting): CallForItemsTodo[] => {
    const status = callStatus(meeting, c, now);
    return status === 'due' || status === 'needs-checking'
      ? [{ meeting, status, submissionsClose: callForItemsDates(meeting.start, c).submissionsClose }]
      : [];
  });
}

export function nextDeadline(home: ForumHome, now: Date): Deadline | undefined {
  const meeting = nextMeeting(home.meetings, now);
  if (!meeting) return undefined;
  const candidates: Deadline[] = [];
  const { submissionsCloseDaysBefore: s, agendaSentDaysBefore: a } = home.deadlines;
  if (s !== undefined) candidates.push({ kind: 'submissions', day: daysBefore(meeting.start, s), meeting });
  if (a !== undefined && meeting.status !== 'agenda-sent') candidates.push({ kind: 'agenda', day: daysBefore(meeting.start, a), meeting });
  const today = daysBefore(now.toISOString(), 0);
  return candidates.filter((d) => d.day >= today).sort((x, y) => byIso(x.day, y.day))[0];
}

export function secretariatTodo(home: ForumHome, now: Date): SecretariatTodo {
  const deadline = nextDeadline(home, now);
  return {
    newSubmissions: home.submissions.filter((s) => s.status === 'new'),
    ...(deadline ? { nextDeadline: deadline } : {}),
    callsForItems: callsForItemsTodo(home, now),
  };
}

/** The person's own submissions in this forum, newest first. */
export function mySubmissions(home: ForumHome, email: string): Submission[] {
  const me = email.toLowerCase();
  return home.submissions.filter((s) => s.senderAddress === me);
}
