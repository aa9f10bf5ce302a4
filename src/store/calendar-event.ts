import type { Event } from '@microsoft/microsoft-graph-types';
import { addDays, type LocalDate } from '../domain/calendar-date';
import type { Invitation } from '../domain/meeting-invitation';
import type { ForumRef, Meeting } from '../domain/types';

/**
 * Graph `event` bodies the app writes, and where a meeting's event lives: the forum's group calendar, or (for a
 * planning meeting, or one booked from Outlook) the organiser's own calendar.
 */

/** Graph's dateTimeTimeZone for an instant: UTC wall time, so DST never shifts a meeting. */
export function utcDateTime(iso: string): { dateTime: string; timeZone: string } {
  return { dateTime: new Date(iso).toISOString().replace(/\.\d{3}Z$/, ''), timeZone: 'UTC' };
}

export function eventsPath(ref: ForumRef, owner: string | undefined): string {
  return owner ? `/users/${encodeURIComponent(owner)}/events` : `/groups/${ref.groupId}/events`;
}

export function meetingEventPath(ref: ForumRef, meeting: Pick<Meeting, 'eventId' | 'eventOwner'>): string | undefined {
  return meeting.eventId ? `${eventsPath(ref, meeting.eventOwner)}/${encodeURIComponent(meeting.eventId)}` : undefined;
}

/**
 * Graph's idempotency key for creating an event: the same key in the same calendar returns the event already made.
 * Scoped to the forum, so two forums' "2027-O1" never collide in one secretary's calendar.
 */
export function transactionIdFor(ref: ForumRef, key: string): string {
  return `sekretariat:${ref.groupId}:${key}`;
}

export interface MeetingEventInput {
  readonly invitation: Invitation;
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly transactionId: string;
}

/** A meeting invitation with a Teams link: required and optional attendees, the room, a reminder the day before. */
export function meetingEventBody(input: MeetingEventInput): Event {
  const attendees = [
    ...input.invitation.required.map((p) => ({ emailAddress: { address: p.email, name: p.name }, type: 'required' as const })),
    ...input.invitation.optional.map((p) => ({ emailAddress: { address: p.email, name: p.name }, type: 'optional' as const })),
  ];
  return {
    subject: input.invitation.subject,
    body: { contentType: 'html', content: String(input.invitation.bodyHtml) },
    start: utcDateTime(input.start),
    end: utcDateTime(input.end),
    ...(input.location ? { location: { displayName: input.location } } : {}),
    attendees,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    isReminderOn: true,
    reminderMinutesBeforeStart: 24 * 60,
    responseRequested: true,
    allowNewTimeProposals: false,
    transactionId: input.transactionId,
  };
}

/** An all-day entry in the secretariat's calendar for a deadline: free time, reminder at 9 the day before. */
export function deadlineEventBody(subject: string, day: LocalDate, transactionId: string): Event {
  return {
    subject,
    start: { dateTime: `${day}T00:00:00`, timeZone: 'Europe/Copenhagen' },
    end: { dateTime: `${addDays(day, 1)}T00:00:00`, timeZone: 'Europe/Copenhagen' },
    isAllDay: true,
    showAs: 'free',
    isReminderOn: true,
    reminderMinutesBeforeStart: 15 * 60,
    categories: ['Sekretariat'],
    transactionId,
  };
}

/** In a meeting's DeadlineEvents map, the key naming whose calendar holds the entries. */
export const DEADLINE_OWNER_KEY = 'owner';

/** The deadline entries' calendar (the organiser who booked) and their event ids by deadline kind. */
export function deadlineEntries(meeting: Pick<Meeting, 'deadlineEvents'>): { owner?: string; ids: [string, string][] } {
  const { [DEADLINE_OWNER_KEY]: owner, ...ids } = meeting.deadlineEvents ?? {};
  return { ...(owner ? { owner } : {}), ids: Object.entries(ids) };
}

/** The Teams join link Graph put on a created event. */
export function joinUrlOf(event: Event | undefined): string | undefined {
  return event?.onlineMeeting?.joinUrl ?? undefined;
}
