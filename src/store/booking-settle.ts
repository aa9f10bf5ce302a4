import type { Event } from '@microsoft/microsoft-graph-types';
import type { Commissorium } from '../domain/commissorium';
import type { DraftMeeting } from '../domain/plan-draft';
import type { Forum, SignedInUser } from '../domain/types';
import { deadlinesFor, type PlannedDeadline } from '../domain/year-plan';
import { batchResults, type BatchResult } from '../graph/batch-results';
import { isAlreadyExists, isPreconditionFailed } from '../graph/errors';
import type { Graph, GraphPage, GraphRequest } from '../graph/graph-types';
import { eventsPath } from './calendar-event';
import { etagOf, itemId, Fields, type GraphListItem } from './list-item';

/**
 * What a booking (src/store/booking.ts) finds recorded in the Meetings list, and how it settles the item writes that
 * did not plainly succeed — a lost answer, or another booking of the same year running at the same time (two tabs,
 * two secretaries): the unique CorrelationId lets one create through, and the other booking adopts that item and
 * withdraws the twins of its events.
 */

/** The part of a booking's input these steps read. */
export interface Booked {
  readonly forum: Forum;
  readonly commissorium: Commissorium;
  readonly organiser: SignedInUser;
  readonly meetings: readonly DraftMeeting[];
}

/** The CorrelationId of a meeting a booking records: unique in the Meetings list, one item per meeting. */
export function correlationIdFor(forum: Forum, meetingRef: string): string {
  return `plan:${forum.groupId}:${meetingRef}`;
}

/** The ids of a booking's `$batch` requests, per meeting. */
export const eventId = (m: DraftMeeting): string => `event:${m.meetingRef}`;
export const deadlineId = (m: DraftMeeting, kind: string): string => `deadline:${m.meetingRef}:${kind}`;
export const itemReq = (m: DraftMeeting): string => `item:${m.meetingRef}`;
export const callReq = (m: DraftMeeting): string => `call:${m.meetingRef}`;

/** The all-day deadline entries a meeting gets (planning meetings none). */
export function deadlinesOf(m: DraftMeeting, c: Commissorium): PlannedDeadline[] {
  return m.kind === 'planning' ? [] : deadlinesFor(m.meetingRef, m.start.slice(0, 10), c);
}

/** A Meetings item as a booking reads it. */
export interface Recorded {
  readonly id: string;
  readonly etag: string;
  /** The meeting's event, and its deadline entries by kind, as the item names them. */
  readonly eventId?: string;
  readonly deadlineEvents?: Readonly<Record<string, string>>;
  readonly callForItems?: string;
  /** A sender holds (or held, and died with) the meeting's call: the booking leaves the call alone. */
  readonly callClaimed?: boolean;
}

/** The DeadlineEvents column ({ kind: eventId, owner: address } JSON), or undefined when it holds none. */
function deadlineEventsOf(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return undefined;
  }
}

/** The Meetings items a booking made (`plan:` correlation ids) in the page, by correlation id. */
export function recordedByCorrelation(page: BatchResult | undefined, forum: Forum): Map<string, Recorded> {
  return recordedItems(page, forum).byCorrelation;
}

/** The Meetings items around the year: those a booking made, by correlation id; and every one, by item id. */
function recordedItems(page: BatchResult | undefined, forum: Forum): { byCorrelation: Map<string, Recorded>; byId: Map<string, Recorded> } {
  if (!page) throw new Error('No answer for the Meetings list');
  if (!page.ok) throw page.error;
  const byCorrelation = new Map<string, Recorded>();
  const byId = new Map<string, Recorded>();
  for (const item of (page.value as GraphPage<GraphListItem>).value ?? []) {
    const f = Fields.of(item);
    const correlation = f.optionalText('CorrelationId');
    const call = f.optionalText('CallForItems');
    const claimed = f.optionalText('CallForItemsClaim') !== undefined;
    const event = f.optionalText('EventId');
    const deadlines = deadlineEventsOf(f.optionalText('DeadlineEvents'));
    const recorded: Recorded = {
      id: itemId(item),
      etag: etagOf(item),
      ...(event ? { eventId: event } : {}),
      ...(deadlines ? { deadlineEvents: deadlines } : {}),
      ...(call ? { callForItems: call } : {}),
      ...(claimed ? { callClaimed: true } : {}),
    };
    byId.set(recorded.id, recorded);
    if (correlation?.startsWith(`plan:${forum.groupId}:`)) byCorrelation.set(correlation, recorded);
  }
  return { byCorrelation, byId };
}

/** A meeting item already there (a planned meeting) that this booking books with a PATCH: the item, and the event it made. */
export interface Booking {
  readonly itemId: string;
  readonly eventId: string;
}

export interface SettledItems {
  /**
   * Meetings another booking recorded first, adopted: a create met its item (409 on the unique CorrelationId), or the
   * booking of an item already there (a planned meeting) met its write (412) and the item now names an event.
   */
  readonly adopted: ReadonlyMap<string, Recorded>;
  /** Meetings whose create lost its answer and whose item was found: perhaps this booking's, perhaps a concurrent one's. */
  readonly found: ReadonlySet<string>;
}

const isDuplicate = (r: BatchResult | undefined): boolean => r?.ok === false && isAlreadyExists(r.error);
const isStale = (r: BatchResult | undefined): boolean => r?.ok === false && isPreconditionFailed(r.error);
const isLost = (r: BatchResult | undefined): boolean => r?.ok === false && r.error.uncertain;

/**
 * Item writes that did not plainly succeed, settled by looking the items up (one more read, only then):
 *
 * - a create answered 409: the unique CorrelationId holds another booking's item for the meeting — it won the race,
 *   and its item (with its event and its call, which only the item's writer schedules) stands. Adopted, untouched.
 * - the booking of an item already there (a planned meeting) answered 412, and the item now names an event: another
 *   booking booked it meanwhile. Adopted the same way. An item changed otherwise (a colleague's edit) stays an error.
 * - a create whose answer was lost (the Meetings create is not repeated): found, it stands in `written` as created
 *   (its call, which depended on it, was not sent: Graph answered it 424, and `markUnsentCalls` puts it back to
 *   pending unless a call is held for the meeting).
 * - the booking of a planned meeting whose answer was lost (that PATCH is not repeated either): the item names this
 *   booking's event — the write went through, found as above; another event — another booking's, adopted; none —
 *   it did not, and stays an error (booking again books it).
 */
export async function settleItems(
  graph: Graph,
  input: Pick<Booked, 'forum' | 'meetings'>,
  existingQuery: GraphRequest,
  written: Map<string, BatchResult>,
  booking: ReadonlyMap<string, Booking>,
): Promise<SettledItems> {
  const lost = input.meetings.filter((m) => isLost(written.get(itemReq(m))));
  const taken = input.meetings.filter((m) => isDuplicate(written.get(itemReq(m))));
  const overtaken = input.meetings.filter((m) => booking.has(m.meetingRef) && isStale(written.get(itemReq(m))));
  const adopted = new Map<string, Recorded>();
  const found = new Set<string>();
  if (lost.length === 0 && taken.length === 0 && overtaken.length === 0) return { adopted, found };
  const [page] = await batchResults(graph, [existingQuery]);
  const recorded = recordedItems(page, input.forum);
  for (const m of taken) {
    const item = recorded.byCorrelation.get(correlationIdFor(input.forum, m.meetingRef));
    if (item) adopted.set(m.meetingRef, item);
  }
  for (const m of overtaken) {
    const item = recorded.byId.get(booking.get(m.meetingRef)?.itemId ?? '');
    if (item?.eventId) adopted.set(m.meetingRef, item);
  }
  for (const m of lost) {
    const mine = booking.get(m.meetingRef);
    const item = mine ? recorded.byId.get(mine.itemId) : recorded.byCorrelation.get(correlationIdFor(input.forum, m.meetingRef));
    if (!item) continue;
    if (mine && item.eventId !== mine.eventId) {
      if (item.eventId) adopted.set(m.meetingRef, item);
      continue;
    }
    written.set(itemReq(m), {
      ok: true,
      id: itemReq(m),
      created: !mine,
      etag: item.etag,
      value: { id: item.id, '@odata.etag': item.etag },
    });
    found.add(m.meetingRef);
  }
  return { adopted, found };
}

/**
 * The events this booking made for meetings another booking recorded first, where the item names other ones: a
 * colleague booking at the same moment made the planning meeting and the deadline entries in their own calendar (the
 * transactionId keeps events apart per calendar only). Deleted, so each meeting keeps the event its item names — the
 * chairs get a cancellation for the twin invitation. When both bookings ran in the same calendar (two tabs), the ids
 * are the same and nothing is deleted. A DELETE is safe to repeat; a twin that cannot be deleted is left, as before.
 */
export async function withdrawStrayEvents(
  graph: Graph,
  input: Booked,
  first: ReadonlyMap<string, BatchResult>,
  adopted: ReadonlyMap<string, Recorded>,
): Promise<void> {
  const { forum, commissorium: c, organiser } = input;
  const mine = (id: string): string | undefined => {
    const r = first.get(id);
    return r?.ok ? ((r.value as Event).id ?? undefined) : undefined;
  };
  const deletes: GraphRequest[] = [];
  for (const m of input.meetings) {
    const item = adopted.get(m.meetingRef);
    if (!item) continue;
    const event = mine(eventId(m));
    if (event && item.eventId && item.eventId !== event) {
      deletes.push({
        id: `stray:${m.meetingRef}`,
        method: 'DELETE',
        url: `${eventsPath(forum, m.kind === 'planning' ? organiser.email : undefined)}/${encodeURIComponent(event)}`,
      });
    }
    for (const d of deadlinesOf(m, c)) {
      const entry = mine(deadlineId(m, d.kind));
      const recorded = item.deadlineEvents?.[d.kind];
      if (entry && recorded && recorded !== entry) {
        deletes.push({
          id: `stray:${m.meetingRef}:${d.kind}`,
          method: 'DELETE',
          url: `${eventsPath(forum, organiser.email)}/${encodeURIComponent(entry)}`,
        });
      }
    }
  }
  await batchResults(graph, deletes).catch(() => undefined);
}
