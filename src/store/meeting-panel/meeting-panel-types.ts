import type { JoinedPerson } from '../../domain/meeting-panel/teams-meeting';
import type { ForumRef } from '../../domain/types';

/**
 * The Teams meeting side panel's store contract (meeting-panel-store.ts, loaded with the panel): the marks of which
 * item ran when (AgendaItems.StartedAt), marking one, and who Teams recorded in the meeting.
 */

/** Agenda item id → when it was marked as running (ISO UTC). */
export type RunningMarks = Readonly<Record<string, string>>;

/**
 * Who joined the Teams meeting, as far as the signed-in person may know: Teams makes an attendance report when a
 * session ends and gives it to the meeting's organisers only.
 */
export type TeamsAttendance =
  | { readonly kind: 'joined'; readonly sessions: number; readonly people: readonly JoinedPerson[] }
  /** The join link leads to no Teams meeting the person can see (not invited, or another organisation's). */
  | { readonly kind: 'no-meeting' }
  /** The person is not one of the meeting's organisers: Teams keeps its attendance from them. */
  | { readonly kind: 'not-organiser' };

export interface MeetingPanelApi {
  marks(forum: ForumRef, meetingId: string): Promise<RunningMarks>;
  /** Marks an agenda item as running from `at` (If-Match; a change by someone else meanwhile is read and the mark written on it). */
  markRunning(forum: ForumRef, agendaItemId: string, at: Date): Promise<string>;
  teamsAttendance(joinUrl: string): Promise<TeamsAttendance>;
}
