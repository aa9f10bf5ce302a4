import { parseClaim } from '../../domain/claims';
import type { Meeting } from '../../domain/types';
import { CALL_FOR_ITEMS_STATES, MEETING_FORMS, MEETING_KINDS, MEETING_STATUSES } from '../../domain/vocabulary/meeting';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';
import { byIso } from '../../domain/iso-order';

/** A note column holding a JSON object of strings; anything else reads as absent. */
function stringMap(f: Fields, name: string): Record<string, string> | undefined {
  const raw = f.optionalText(name);
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string');
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Meetings list item → Meeting, or undefined when it has no usable start (such an item cannot be placed
 * in the year). A missing end becomes the start (zero length) rather than a guess.
 */
export function toMeeting(forumId: string, item: GraphListItem): Meeting | undefined {
  const f = Fields.of(item);
  const start = f.date('Start');
  if (!start) return undefined;
  const kind = f.choice('Kind', MEETING_KINDS, 'ordinary');
  const meeting: Meeting = {
    id: itemId(item),
    forumId,
    kind,
    title: f.text('Title'),
    start,
    end: f.date('End') ?? start,
    form: f.choice('Form', MEETING_FORMS, kind === 'video' ? 'video' : 'physical'),
    status: f.choice('Status', MEETING_STATUSES, 'planned'),
    etag: etagOf(item),
    stamp: writeStampOf(item),
  };
  const optional = {
    location: f.optionalText('Location'),
    purpose: f.optionalText('Purpose'),
    eventId: f.optionalText('EventId'),
    eventOwner: f.optionalText('EventOwner'),
    joinUrl: f.optionalText('JoinUrl'),
    prepares: f.optionalText('Prepares'),
    correlationId: f.optionalText('CorrelationId'),
    deadlineEvents: stringMap(f, 'DeadlineEvents'),
    callForItems: f.optionalText('CallForItems') ? f.choice('CallForItems', CALL_FOR_ITEMS_STATES, 'pending') : undefined,
    callForItemsAt: f.date('CallForItemsAt'),
    substitutes: stringMap(f, 'Substitutes'),
    agendaSentAt: f.date('AgendaSentAt'),
    agendaHash: f.optionalText('AgendaHash'),
    agendaClaim: parseClaim(f.optionalText('AgendaSending'), f.date('AgendaSendingAt')),
    callForItemsClaim: parseClaim(f.optionalText('CallForItemsClaim')),
  };
  return { ...meeting, ...withoutUndefined(optional) };
}

export function toMeetings(forumId: string, items: readonly GraphListItem[]): Meeting[] {
  return items
    .map((i) => toMeeting(forumId, i))
    .filter((m): m is Meeting => m !== undefined)
    .sort((a, b) => byIso(a.start, b.start));
}

export function withoutUndefined<T extends Record<string, unknown>>(o: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>;
}
