import { createHash } from 'node:crypto';
import { GraphHttpError } from '../http/types';
import type { SandboxState } from '../state';
import { newChangeKey, sendMeetingMail, syncCopies, type WriteContext } from './attendee-copies';
import type { EventInput } from './event-input';
import { holdsJoinUrl, withTeamsBlock } from './teams-block';
import type { CalendarOwner, EmailAddress, StoredEvent } from './state';

const NEVER = '0001-01-01T00:00:00Z';

/** Outlook's iCalUId shape: a fixed prefix and a per-meeting part. */
export function iCalUIdFor(eventId: string): string {
  return `040000008200E00074C5B7101A82E00800000000${createHash('sha256').update(eventId).digest('hex').slice(0, 48).toUpperCase()}`;
}

/** A deterministic Teams meeting link for an event. */
export function joinUrlFor(iCalUId: string, tenantId: string, organizerId: string): string {
  const thread = createHash('sha256').update(iCalUId).digest('base64url').slice(0, 40);
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`;
}

const sameOwner = (a: CalendarOwner, b: CalendarOwner): boolean => a.kind === b.kind && a.id === b.id;

export interface CreateEventArgs {
  readonly owner: CalendarOwner;
  readonly organizer: EmailAddress;
  readonly tenantId: string;
  readonly input: EventInput;
  /** Use this id instead of a new one (seeded events). */
  readonly id?: string;
  /** Send meeting requests (not for seeding). */
  readonly notify?: boolean;
  /** The Teams link of an online meeting, instead of a derived one (seeded events: the Meetings item names it). */
  readonly joinUrl?: string;
}

/**
 * Creates an event in a calendar, or returns the one already created with the same
 * transactionId in that calendar (Graph's idempotent create). Attendees in the tenant get a
 * copy and a meeting request; others get the request by mail.
 */
export function createEvent(state: SandboxState, args: CreateEventArgs, ctx: WriteContext): { event: StoredEvent; created: boolean } {
  const { input, owner } = args;
  if (input.transactionId) {
    const existing = state.calendar.events.find((e) => e.transactionId === input.transactionId && sameOwner(e.owner, owner));
    if (existing) return { event: existing, created: false };
  }
  if (!input.start || !input.end) throw new GraphHttpError(400, 'ErrorPropertyValidationFailure', 'start and end are required.');
  const id = args.id ?? ctx.newId();
  const iCalUId = iCalUIdFor(id);
  const isOnlineMeeting = input.isOnlineMeeting ?? false;
  const joinUrl = isOnlineMeeting ? (args.joinUrl ?? joinUrlFor(iCalUId, args.tenantId, owner.id)) : undefined;
  const body = input.body ?? { contentType: 'html' as const, content: '' };
  const event: StoredEvent = {
    id,
    owner,
    iCalUId,
    ...(input.transactionId ? { transactionId: input.transactionId } : {}),
    createdDateTime: ctx.nowIso,
    lastModifiedDateTime: ctx.nowIso,
    changeKey: newChangeKey(ctx),
    subject: input.subject ?? '',
    // Exchange appends the Teams block to an online meeting's body; the link in it is what keeps the Teams meeting.
    body: joinUrl ? withTeamsBlock(body, joinUrl) : body,
    start: new Date(input.start.ms).toISOString(),
    end: new Date(input.end.ms).toISOString(),
    originalStartTimeZone: input.start.timeZone,
    originalEndTimeZone: input.end.timeZone,
    location: input.location ?? input.locations?.[0] ?? { displayName: '' },
    locations: input.locations ?? (input.location?.displayName ? [input.location] : []),
    attendees: (input.attendees ?? []).map((a) => ({ ...a, status: { response: 'none', time: NEVER } })),
    organizer: args.organizer,
    isOrganizer: true,
    responseStatus: { response: 'organizer', time: NEVER },
    isOnlineMeeting,
    onlineMeetingProvider: isOnlineMeeting ? (input.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
    ...(joinUrl ? { joinUrl } : {}),
    isCancelled: false,
    showAs: input.showAs ?? 'busy',
    isAllDay: input.isAllDay ?? false,
    categories: input.categories ?? [],
    importance: input.importance ?? 'normal',
    sensitivity: input.sensitivity ?? 'normal',
    isReminderOn: input.isReminderOn ?? true,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    responseRequested: input.responseRequested ?? true,
    allowNewTimeProposals: input.allowNewTimeProposals ?? true,
  };
  state.calendar.events.push(event);
  syncCopies(state, event, ctx);
  if (args.notify !== false) sendMeetingMail(state, event, 'meetingRequest', ctx);
  return { event, created: true };
}

/** Properties an attendee may change on their own copy. */
const ATTENDEE_EDITABLE: readonly (keyof EventInput)[] = [
  'categories',
  'isReminderOn',
  'reminderMinutesBeforeStart',
  'showAs',
  'sensitivity',
];

/** PATCH: the organizer's change reaches every copy (and re-invites); an attendee edits only their copy. */
export function updateEvent(state: SandboxState, event: StoredEvent, input: EventInput, tenantId: string, ctx: WriteContext): StoredEvent {
  if (!event.isOrganizer) {
    const disallowed = (Object.keys(input) as (keyof EventInput)[]).filter((k) => !ATTENDEE_EDITABLE.includes(k));
    if (disallowed.length > 0) {
      throw new GraphHttpError(400, 'ErrorInvalidRequest', `Only the organizer can change '${disallowed.join(', ')}' of a meeting.`);
    }
  }
  const timeChanged = (input.start && input.start.ms !== Date.parse(event.start)) || (input.end && input.end.ms !== Date.parse(event.end));
  if (input.subject !== undefined) event.subject = input.subject;
  if (input.body) {
    event.body = input.body;
    // As Exchange: a body without the join link leaves the event without its Teams meeting.
    if (event.joinUrl && !holdsJoinUrl(input.body.content, event.joinUrl)) {
      delete event.joinUrl;
      event.isOnlineMeeting = false;
      event.onlineMeetingProvider = 'unknown';
    }
  }
  if (input.start) {
    event.start = new Date(input.start.ms).toISOString();
    event.originalStartTimeZone = input.start.timeZone;
  }
  if (input.end) {
    event.end = new Date(input.end.ms).toISOString();
    event.originalEndTimeZone = input.end.timeZone;
  }
  if (Date.parse(event.end) < Date.parse(event.start))
    throw new GraphHttpError(400, 'ErrorPropertyValidationFailure', 'The end time of the event must be later than its start time.');
  if (input.location) {
    event.location = input.location;
    if (!input.locations) event.locations = input.location.displayName ? [input.location] : [];
  }
  if (input.locations) event.locations = input.locations;
  if (input.isOnlineMeeting !== undefined) {
    event.isOnlineMeeting = input.isOnlineMeeting;
    event.onlineMeetingProvider = input.isOnlineMeeting ? (input.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown';
    if (input.isOnlineMeeting && !event.joinUrl) event.joinUrl = joinUrlFor(event.iCalUId, tenantId, event.owner.id);
  }
  for (const key of [
    'showAs',
    'isAllDay',
    'categories',
    'importance',
    'sensitivity',
    'isReminderOn',
    'reminderMinutesBeforeStart',
    'responseRequested',
    'allowNewTimeProposals',
  ] as const) {
    if (input[key] !== undefined) Object.assign(event, { [key]: input[key] });
  }
  const before = new Set(event.attendees.map((a) => a.emailAddress.address.toLowerCase()));
  if (input.attendees) {
    event.attendees = input.attendees.map((a) => {
      const old = event.attendees.find((o) => o.emailAddress.address.toLowerCase() === a.emailAddress.address.toLowerCase());
      return { ...a, status: old ? { ...old.status } : { response: 'none', time: NEVER } };
    });
  }
  if (event.isOrganizer && timeChanged) {
    for (const a of event.attendees) a.status = { response: 'none', time: NEVER };
  }
  event.lastModifiedDateTime = ctx.nowIso;
  event.changeKey = newChangeKey(ctx);
  if (!event.isOrganizer) return event;
  const { removed } = syncCopies(state, event, ctx);
  const dropped = [...before].filter((a) => !event.attendees.some((x) => x.emailAddress.address.toLowerCase() === a));
  if (dropped.length > 0 || removed.length > 0) {
    sendMeetingMail(state, { ...event, isCancelled: true }, 'meetingCancelled', ctx, {
      recipients: dropped.map((address) => ({ name: address, address })),
    });
  }
  const significant = ['subject', 'body', 'start', 'end', 'location', 'locations', 'isOnlineMeeting', 'attendees'].some((k) => k in input);
  if (significant) sendMeetingMail(state, event, 'meetingRequest', ctx);
  return event;
}
