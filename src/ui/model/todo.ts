import type { Meeting, Submission } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import { daysBefore } from '../format/dates';
import { approvalProgress, type ApprovalProgress } from './approvals';
import { nextMeeting } from './meetings';

export interface Deadline {
  readonly kind: 'submissions' | 'agenda';
  /** Noon (UTC) of the Copenhagen deadline day. */
  readonly day: string;
  readonly meeting: Meeting;
}

export interface SecretariatTodo {
  /** Submissions not yet triaged (accept / defer / decline at the planning meeting). */
  readonly newSubmissions: readonly Submission[];
  readonly minutes: readonly ApprovalProgress[];
  /** The next deadline still ahead, if the forum's commissorium sets one. */
  readonly nextDeadline?: Deadline;
}

export function nextDeadline(home: ForumHome, now: Date): Deadline | undefined {
  const meeting = nextMeeting(home.meetings, now);
  if (!meeting) return undefined;
  const candidates: Deadline[] = [];
  const { submissionsCloseDaysBefore: s, agendaSentDaysBefore: a } = home.deadlines;
  if (s !== undefined) candidates.push({ kind: 'submissions', day: daysBefore(meeting.start, s), meeting });
  if (a !== undefined && meeting.status !== 'agenda-sent') candidates.push({ kind: 'agenda', day: daysBefore(meeting.start, a), meeting });
  const today = daysBefore(now.toISOString(), 0);
  return candidates.filter((d) => d.day >= today).sort((x, y) => x.day.localeCompare(y.day))[0];
}

export function secretariatTodo(home: ForumHome, now: Date): SecretariatTodo {
  const deadline = nextDeadline(home, now);
  return {
    newSubmissions: home.submissions.filter((s) => s.status === 'new'),
    minutes: approvalProgress(home),
    ...(deadline ? { nextDeadline: deadline } : {}),
  };
}

/** The person's own submissions in this forum, newest first. */
export function mySubmissions(home: ForumHome, email: string): Submission[] {
  const me = email.toLowerCase();
  return home.submissions.filter((s) => s.senderAddress === me);
}
