import { GraphHttpError } from '../http/types';
import { ianaZone, parseDateTimeTimeZone } from './timezones';
import type { FreeBusyStatus, StoredAttendee, StoredLocation } from './state';

/** The writable properties of an event request body, validated as Graph validates them. */
export interface EventInput {
  subject?: string;
  body?: { contentType: 'text' | 'html'; content: string };
  start?: { ms: number; timeZone: string };
  end?: { ms: number; timeZone: string };
  location?: StoredLocation;
  locations?: StoredLocation[];
  attendees?: { type: StoredAttendee['type']; emailAddress: { name: string; address: string } }[];
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: 'unknown' | 'teamsForBusiness';
  showAs?: FreeBusyStatus;
  isAllDay?: boolean;
  categories?: string[];
  importance?: 'low' | 'normal' | 'high';
  sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  isReminderOn?: boolean;
  reminderMinutesBeforeStart?: number;
  responseRequested?: boolean;
  allowNewTimeProposals?: boolean;
  transactionId?: string;
}

const bad = (message: string): GraphHttpError => new GraphHttpError(400, 'ErrorInvalidRequest', message);

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw bad(`Requested value '${String(value)}' was not found for property '${name}'.`);
}

function str(value: unknown, name: string): string {
  if (typeof value !== 'string') throw bad(`Invalid value for property '${name}': a string is expected.`);
  return value;
}

function bool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw bad(`Invalid value for property '${name}': a boolean is expected.`);
  return value;
}

function location(value: unknown): StoredLocation {
  if (typeof value !== 'object' || value === null) throw bad("Invalid value for property 'location'.");
  const v = value as Record<string, unknown>;
  return {
    displayName: typeof v.displayName === 'string' ? v.displayName : '',
    ...(typeof v.locationType === 'string' ? { locationType: v.locationType } : {}),
  };
}

function when(value: unknown, name: string): { ms: number; timeZone: string } {
  const ms = parseDateTimeTimeZone(value, name);
  const tz = (value as Record<string, unknown>).timeZone;
  const timeZone = typeof tz === 'string' && ianaZone(tz) ? tz : 'UTC';
  return { ms, timeZone };
}

export function parseAttendees(value: unknown): NonNullable<EventInput['attendees']> {
  if (!Array.isArray(value)) throw bad("Invalid value for property 'attendees': a collection is expected.");
  return value.map((a: unknown) => {
    if (typeof a !== 'object' || a === null) throw bad('Invalid attendee.');
    const v = a as Record<string, unknown>;
    const email = v.emailAddress as Record<string, unknown> | undefined;
    const address = typeof email?.address === 'string' ? email.address.trim() : '';
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw new GraphHttpError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    const name = typeof email?.name === 'string' && email.name ? email.name : address;
    const type = v.type === undefined ? 'required' : oneOf(v.type, ['required', 'optional', 'resource'] as const, 'type');
    return { type, emailAddress: { name, address } };
  });
}

/** Parses a POST/PATCH event body. Unknown properties are ignored, as an open type allows. */
export function parseEventInput(raw: unknown, creating: boolean): EventInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('Empty Payload. JSON content expected.');
  const v = raw as Record<string, unknown>;
  const input: EventInput = {};
  if (v.subject !== undefined) input.subject = str(v.subject, 'subject');
  if (v.body !== undefined) {
    const b = v.body as Record<string, unknown>;
    input.body = {
      contentType: oneOf(b.contentType ?? 'html', ['text', 'html'] as const, 'contentType'),
      content: typeof b.content === 'string' ? b.content : '',
    };
  }
  if (v.start !== undefined) input.start = when(v.start, 'start');
  if (v.end !== undefined) input.end = when(v.end, 'end');
  if (creating && (!input.start || !input.end))
    throw new GraphHttpError(400, 'ErrorPropertyValidationFailure', 'At least one property failed validation: start and end are required.');
  if (input.start && input.end && input.end.ms < input.start.ms)
    throw new GraphHttpError(400, 'ErrorPropertyValidationFailure', 'The end time of the event must be later than its start time.');
  if (v.location !== undefined) input.location = location(v.location);
  if (v.locations !== undefined) {
    if (!Array.isArray(v.locations)) throw bad("Invalid value for property 'locations'.");
    input.locations = v.locations.map(location);
  }
  if (v.attendees !== undefined) input.attendees = parseAttendees(v.attendees);
  if (v.isOnlineMeeting !== undefined) input.isOnlineMeeting = bool(v.isOnlineMeeting, 'isOnlineMeeting');
  if (v.onlineMeetingProvider !== undefined) {
    input.onlineMeetingProvider =
      oneOf(
        v.onlineMeetingProvider,
        ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const,
        'onlineMeetingProvider',
      ) === 'unknown'
        ? 'unknown'
        : 'teamsForBusiness';
  }
  if (v.showAs !== undefined)
    input.showAs = oneOf(v.showAs, ['unknown', 'free', 'tentative', 'busy', 'oof', 'workingElsewhere'] as const, 'showAs');
  if (v.isAllDay !== undefined) input.isAllDay = bool(v.isAllDay, 'isAllDay');
  if (v.categories !== undefined) {
    if (!Array.isArray(v.categories) || !v.categories.every((c) => typeof c === 'string'))
      throw bad("Invalid value for property 'categories'.");
    input.categories = v.categories as string[];
  }
  if (v.importance !== undefined) input.importance = oneOf(v.importance, ['low', 'normal', 'high'] as const, 'importance');
  if (v.sensitivity !== undefined)
    input.sensitivity = oneOf(v.sensitivity, ['normal', 'personal', 'private', 'confidential'] as const, 'sensitivity');
  if (v.isReminderOn !== undefined) input.isReminderOn = bool(v.isReminderOn, 'isReminderOn');
  if (v.reminderMinutesBeforeStart !== undefined) {
    if (typeof v.reminderMinutesBeforeStart !== 'number') throw bad("Invalid value for property 'reminderMinutesBeforeStart'.");
    input.reminderMinutesBeforeStart = v.reminderMinutesBeforeStart;
  }
  if (v.responseRequested !== undefined) input.responseRequested = bool(v.responseRequested, 'responseRequested');
  if (v.allowNewTimeProposals !== undefined) input.allowNewTimeProposals = bool(v.allowNewTimeProposals, 'allowNewTimeProposals');
  if (v.transactionId !== undefined) input.transactionId = str(v.transactionId, 'transactionId');
  return input;
}
