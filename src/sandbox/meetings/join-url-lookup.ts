import { createHash } from 'node:crypto';
import type { StoredEvent } from '../calendar/state';
import type { DirectoryGroup, DirectoryUser } from '../directory/state';
import type { SandboxState } from '../state';
import type { StoredOnlineMeeting } from './state';

/** An online meeting as the caller may see it, and whether they may read its artifacts (the organiser's right). */
export interface VisibleOnlineMeeting {
  readonly meeting: StoredOnlineMeeting;
  readonly organizer: DirectoryUser;
  readonly isOrganizer: boolean;
}

/** A stable id for the Teams meeting of a calendar event (Graph's ids are opaque; ours only need to stay the same). */
function eventMeetingId(joinWebUrl: string): string {
  return `MSp${createHash('sha256').update(joinWebUrl).digest('base64url').slice(0, 40)}`;
}

const threadOf = (joinWebUrl: string): string => {
  const m = /\/meetup-join\/([^/]+)\//.exec(joinWebUrl);
  return m?.[1] ? decodeURIComponent(m[1]) : '';
};

/**
 * The Teams meeting of a calendar event booked with a Teams link: Exchange made it with the event, organised by the
 * event's organiser — for a forum's group calendar, the group's first owner (the secretariat who booked it), every
 * owner a co-organiser.
 */
function fromEvent(state: SandboxState, event: StoredEvent, user: DirectoryUser): VisibleOnlineMeeting | undefined {
  const joinWebUrl = event.joinUrl ?? '';
  const group: DirectoryGroup | undefined =
    event.owner.kind === 'group' ? state.directory.groups.find((g) => g.id === event.owner.id) : undefined;
  const organizerId = group ? group.ownerIds[0] : event.owner.id;
  const organizer = state.directory.users.find((u) => u.id === organizerId);
  if (!organizer) return undefined;
  const mail = user.mail.toLowerCase();
  const isOrganizer = group ? group.ownerIds.includes(user.id) : organizer.id === user.id;
  const invited = event.attendees.some((a) => a.emailAddress.address.toLowerCase() === mail);
  const inGroup = group ? group.memberIds.includes(user.id) : false;
  if (!isOrganizer && !invited && !inGroup) return undefined;
  return {
    meeting: {
      id: eventMeetingId(joinWebUrl),
      organizerId: organizer.id,
      creationDateTime: event.createdDateTime,
      startDateTime: event.start,
      endDateTime: event.end,
      subject: event.subject,
      joinWebUrl,
      threadId: threadOf(joinWebUrl),
    },
    organizer,
    isOrganizer,
  };
}

/** Every Teams meeting the caller can see: their own standalone ones and those of the events they organise or attend. */
export function visibleOnlineMeetings(state: SandboxState, user: DirectoryUser): VisibleOnlineMeeting[] {
  const standalone = (state.onlineMeetings?.meetings ?? [])
    .filter((m) => m.organizerId === user.id)
    .map((meeting) => ({ meeting, organizer: user, isOrganizer: true }));
  const ofEvents = state.calendar.events
    .filter((e) => e.isOrganizer && e.isOnlineMeeting && e.joinUrl && !e.isCancelled)
    .map((e) => fromEvent(state, e, user))
    .filter((m): m is VisibleOnlineMeeting => m !== undefined);
  return [...standalone, ...ofEvents];
}
