import { createHash } from 'node:crypto';
import { findUser } from '../directory/lookup';
import { hasMailbox } from '../mail/mailbox';
import { deliverMail } from '../mail/delivery';
import type { MailAddress, MeetingInfo } from '../mail/state';
import type { SandboxState } from '../state';
import type { ResponseType, StoredEvent } from './state';

export interface WriteContext {
  readonly nowIso: string;
  readonly newId: () => string;
  readonly domain: string;
  /** Who is acting (sender of invitations on behalf of a group). */
  readonly actor?: MailAddress;
}

export function newChangeKey(ctx: WriteContext): string {
  return createHash('sha256').update(ctx.newId()).digest('base64').slice(0, 24);
}

/** The user id of a tenant attendee who has a calendar, if any (members; not guests or outsiders). */
export function calendarUserOf(state: SandboxState, address: string): string | undefined {
  const user = findUser(state.directory, address);
  return user && hasMailbox(user) ? user.id : undefined;
}

export const copiesOf = (state: SandboxState, event: StoredEvent): StoredEvent[] =>
  state.calendar.events.filter((e) => e.organizerEventId === event.id);

const copyResponse = (r: ResponseType): ResponseType => (r === 'none' ? 'notResponded' : r);

/**
 * Brings every tenant attendee's copy in line with the organizer's event: creates missing
 * copies, updates existing ones, removes those of attendees no longer invited. Returns the
 * attendees who got a new copy and those who were removed.
 */
export function syncCopies(state: SandboxState, event: StoredEvent, ctx: WriteContext): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const wanted = new Map<string, ResponseType>();
  for (const a of event.attendees) {
    const userId = calendarUserOf(state, a.emailAddress.address);
    if (userId && a.emailAddress.address.toLowerCase() !== event.organizer.address.toLowerCase()) wanted.set(userId, a.status.response);
  }
  const existing = copiesOf(state, event);
  const removed = existing.filter((c) => c.owner.kind === 'user' && !wanted.has(c.owner.id));
  state.calendar.events = state.calendar.events.filter((e) => !removed.includes(e));
  for (const [userId, response] of wanted) {
    const copy = existing.find((c) => c.owner.id === userId);
    const shared = {
      subject: event.subject,
      body: { ...event.body },
      start: event.start,
      end: event.end,
      originalStartTimeZone: event.originalStartTimeZone,
      originalEndTimeZone: event.originalEndTimeZone,
      location: { ...event.location },
      locations: event.locations.map((l) => ({ ...l })),
      attendees: event.attendees.map((a) => ({ ...a, status: { ...a.status } })),
      organizer: { ...event.organizer },
      isOnlineMeeting: event.isOnlineMeeting,
      onlineMeetingProvider: event.onlineMeetingProvider,
      ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
      isCancelled: event.isCancelled,
      isAllDay: event.isAllDay,
      importance: event.importance,
      sensitivity: event.sensitivity,
      responseRequested: event.responseRequested,
      allowNewTimeProposals: event.allowNewTimeProposals,
      lastModifiedDateTime: ctx.nowIso,
      changeKey: newChangeKey(ctx),
    };
    if (copy) {
      Object.assign(copy, shared);
      if (!event.joinUrl) delete copy.joinUrl;
      if (copy.responseStatus.response !== copyResponse(response))
        copy.responseStatus = { response: copyResponse(response), time: copy.responseStatus.time };
      copy.showAs = copy.responseStatus.response === 'accepted' ? 'busy' : 'tentative';
      continue;
    }
    added.push(userId);
    state.calendar.events.push({
      ...shared,
      id: ctx.newId(),
      owner: { kind: 'user', id: userId },
      iCalUId: event.iCalUId,
      organizerEventId: event.id,
      createdDateTime: ctx.nowIso,
      isOrganizer: false,
      responseStatus: { response: copyResponse(response), time: '0001-01-01T00:00:00Z' },
      showAs: response === 'accepted' ? 'busy' : 'tentative',
      categories: [],
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
    });
  }
  return { added, removed: removed.map((r) => r.owner.id) };
}

const typeSubject: Readonly<Record<MeetingInfo['meetingMessageType'], string>> = {
  meetingRequest: '',
  meetingCancelled: 'Canceled: ',
  meetingAccepted: 'Accepted: ',
  meetingTenativelyAccepted: 'Tentative: ',
  meetingDeclined: 'Declined: ',
};

/**
 * Mails a meeting message about `event` to `recipients` (all attendees when omitted): tenant
 * members get an eventMessage pointing at their copy; everyone else's goes out of the tenant.
 */
export function sendMeetingMail(
  state: SandboxState,
  event: StoredEvent,
  type: MeetingInfo['meetingMessageType'],
  ctx: WriteContext,
  opts: { recipients?: MailAddress[]; from?: MailAddress; comment?: string } = {},
): void {
  const to = opts.recipients ?? event.attendees.filter((a) => a.type !== 'optional').map((a) => a.emailAddress);
  const cc = opts.recipients ? [] : event.attendees.filter((a) => a.type === 'optional').map((a) => a.emailAddress);
  if (to.length + cc.length === 0) return;
  const comment = opts.comment ? `<p>${opts.comment}</p>` : '';
  // The invitation shows the event's body, whose Teams block holds the link; one made otherwise gets it added.
  const join =
    event.joinUrl && !event.body.content.includes(event.joinUrl) ? `<p><a href="${event.joinUrl}">Join the meeting now</a></p>` : '';
  deliverMail(
    state,
    {
      from: opts.from ?? event.organizer,
      ...(ctx.actor && !opts.from ? { sender: ctx.actor } : {}),
      to,
      cc,
      subject: `${typeSubject[type]}${event.subject}`,
      body: { contentType: 'html', content: `<html><body>${comment}${event.body.content}${join}</body></html>` },
      headers: [{ name: 'Content-Class', value: 'urn:content-classes:calendarmessage' }],
      meeting: (box) => {
        const copy = box
          ? state.calendar.events.find((e) => e.iCalUId === event.iCalUId && e.owner.kind === 'user' && e.owner.id === box.ownerId)
          : undefined;
        return {
          meetingMessageType: type,
          ...(copy ? { eventId: copy.id } : {}),
          start: event.start,
          end: event.end,
          location: event.location.displayName,
          isAllDay: event.isAllDay,
        };
      },
    },
    { nowIso: ctx.nowIso, newId: ctx.newId, domain: ctx.domain },
  );
}
