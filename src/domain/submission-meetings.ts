import { callForItemsDates } from './call-for-items';
import type { Commissorium } from './commissorium';
import type { Meeting } from './types';
import { byIso } from './iso-order';

/** A meeting an item can be put forward for, and whether its submissions are still open. */
export interface MeetingChoice {
  readonly meeting: Meeting;
  /** The first instant after the last day to submit (ISO UTC); absent when the forum has no deadlines set. */
  readonly closesAt?: string;
  readonly open: boolean;
}

export interface MeetingChoices {
  /** Coming meetings in start order: the default first among the open ones. */
  readonly choices: readonly MeetingChoice[];
  /** The next meeting whose submission deadline has not passed, if any. */
  readonly defaultId?: string;
}

/**
 * The meetings an agenda item can go to: coming ordinary, video and extraordinary meetings that are not cancelled
 * (planning meetings are the chairs' own). Submissions close at the commissorium's "submissions-close" deadline
 * (`deadlinesFor`, shifted off holidays); a forum without settings closes them when the meeting starts. The
 * default is the next meeting still open; meetings already closed stay choosable (the secretariat may add a late
 * item), after the open ones.
 */
export function meetingChoices(meetings: readonly Meeting[], settings: Commissorium | undefined, now: Date): MeetingChoices {
  const t = now.getTime();
  const choices = meetings
    .filter(
      (m) =>
        m.kind !== 'planning' &&
        m.status !== 'cancelled' &&
        m.status !== 'held' &&
        m.status !== 'minutes-approved' &&
        Date.parse(m.start) > t,
    )
    .map((meeting): MeetingChoice => {
      const closesAt = settings ? callForItemsDates(meeting.start, settings).closesAt : undefined;
      return { meeting, ...(closesAt ? { closesAt } : {}), open: Date.parse(closesAt ?? meeting.start) > t };
    })
    .sort((a, b) => Number(b.open) - Number(a.open) || byIso(a.meeting.start, b.meeting.start));
  const first = choices.find((c) => c.open);
  return { choices, ...(first ? { defaultId: first.meeting.id } : {}) };
}
