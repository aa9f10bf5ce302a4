import { attendanceRows, buildAttendance, type AttendanceRow, type EventAttendee, type PersonRef } from '../attendance';
import { standingKeyOf } from '../standing-items';
import type { ForumMember, Meeting } from '../types';
import type { MinutesAttendee, MinutesContent, MinutesItem, MinutesPresence } from './minutes-content';

/**
 * The draft minutes of one meeting, as the editor opens them: the agenda's items in number order with what has been
 * saved on them (Referat, Beslutning), and the attendance — the edited list saved on the meeting when there is one,
 * otherwise prefilled from the invitation's answers (accepted → in the room, or online for a video meeting;
 * declined → apology; a substitute named for the meeting → substitute for that member; invited non-members →
 * guests; no answer → absent). Pure: the store hands in what it read.
 */

/** An agenda item as the minutes need it (the store maps the AgendaItems list item). */
export interface DraftAgendaItem {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly presenter?: string;
  readonly recommendations: readonly string[];
  readonly standing: boolean;
  readonly standingKey?: string;
  readonly consultationRef?: string;
  readonly referat: string;
  readonly beslutning: string;
}

export interface DraftMinutesInput {
  readonly forum: { readonly name: string; readonly shortName: string; readonly members: readonly ForumMember[] };
  readonly meeting: Pick<Meeting, 'id' | 'title' | 'start' | 'end' | 'form' | 'location' | 'substitutes'>;
  readonly items: readonly DraftAgendaItem[];
  /** The invitation's attendees with their answers (empty when the meeting has no calendar event). */
  readonly attendees: readonly EventAttendee[];
  readonly organizer?: PersonRef;
  /** Meetings.MinutesAttendance as saved by the editor; wins over the invitation when present. */
  readonly savedAttendance?: readonly MinutesAttendee[];
}

function presenceOf(row: AttendanceRow, online: boolean): MinutesPresence {
  if (row.status === 'apology') return 'apology';
  if (row.role === 'guest') return 'guest';
  // A tentative answer is counted as taking part: the secretariat corrects it from the meeting itself.
  if (row.status === 'no-answer') return 'absent';
  if (row.substituteFor) return 'substitute';
  return online ? 'online' : 'room';
}

/** The attendance prefilled from the invitation, in the attendance list's order (by organisation, chairs first). */
export function prefilledAttendance(input: Omit<DraftMinutesInput, 'items' | 'savedAttendance'>): MinutesAttendee[] {
  const attendance = buildAttendance({
    members: input.forum.members,
    attendees: input.attendees,
    ...(input.organizer ? { organizer: input.organizer } : {}),
    ...(input.meeting.substitutes ? { substitutes: input.meeting.substitutes } : {}),
  });
  const online = input.meeting.form === 'video';
  return attendanceRows(attendance).map((row) => ({
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    ...(row.jobTitle ? { jobTitle: row.jobTitle } : {}),
    presence: presenceOf(row, online),
    ...(row.substituteFor ? { substituteFor: row.substituteFor.email } : {}),
    ...(row.isChair ? { chair: true } : {}),
  }));
}

function toMinutesItem(item: DraftAgendaItem): MinutesItem {
  const standingKey = standingKeyOf(item);
  return {
    agendaItemId: item.id,
    number: item.number,
    title: item.title,
    ...(item.presenter ? { presenter: item.presenter } : {}),
    recommendations: [...item.recommendations],
    referat: item.referat,
    beslutning: item.beslutning,
    ...(standingKey ? { standingKey } : {}),
    ...(item.consultationRef ? { consultationRef: item.consultationRef } : {}),
  };
}

/** The MinutesContent of the meeting's draft. */
export function draftMinutes(input: DraftMinutesInput): MinutesContent {
  const items = [...input.items].sort((a, b) => a.number - b.number).map(toMinutesItem);
  const attendance = input.savedAttendance && input.savedAttendance.length > 0 ? [...input.savedAttendance] : prefilledAttendance(input);
  return {
    meetingId: input.meeting.id,
    forumName: input.forum.name,
    forumShortName: input.forum.shortName,
    meetingTitle: input.meeting.title,
    start: input.meeting.start,
    end: input.meeting.end,
    form: input.meeting.form,
    ...(input.meeting.location ? { location: input.meeting.location } : {}),
    attendance,
    items,
  };
}

/**
 * Whether the secretariat can write the minutes of a meeting: an ordinary (or extraordinary, video) meeting that has
 * begun, or whose agenda has been sent or which is marked held — not a cancelled one nor the chairs' planning meeting.
 */
export function canWriteMinutes(meeting: Pick<Meeting, 'kind' | 'status' | 'start'>, now: Date): boolean {
  if (meeting.kind === 'planning' || meeting.status === 'cancelled') return false;
  return meeting.status === 'held' || meeting.status === 'agenda-sent' || meeting.status === 'minutes-approved' || Date.parse(meeting.start) <= now.getTime();
}
