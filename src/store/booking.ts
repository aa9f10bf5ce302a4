import type { Event } from '@microsoft/microsoft-graph-types';
import { callForItemsDates, isCalledKind } from '../domain/call-for-items';
import type { Commissorium } from '../domain/commissorium';
import { bookedInvitation } from '../domain/meeting-invitation';
import { deadlineSubject } from '../domain/meeting-names';
import type { DraftMeeting } from '../domain/plan-draft';
import type { Forum, SignedInUser } from '../domain/types';
import { DEADLINE_DA } from '../domain/year-plan';
import { batchResults, type BatchResult } from '../graph/batch-results';
import type { Graph, GraphRequest } from '../graph/graph-types';
import { DEADLINE_OWNER_KEY, deadlineEventBody, eventsPath, joinUrlOf, meetingEventBody, transactionIdFor } from './calendar-event';
import {
  callReq,
  correlationIdFor,
  deadlineId,
  deadlinesOf,
  eventId,
  itemReq,
  recordedByCorrelation,
  settleItems,
  withdrawStrayEvents,
  type Booking,
  type Recorded,
} from './booking-settle';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from './list-item';

export { correlationIdFor } from './booking-settle';

/**
 * Books a drafted year (or a single extraordinary meeting) in two sequential Graph round trips:
 *
 * 1. one `$batch` wave: the forum's Meetings items around that year (to find what an earlier, interrupted booking
 *    already recorded) and every calendar event — meetings in the group calendar with all members invited and a
 *    Teams link, planning meetings in the organiser's calendar for chairs and secretariat, deadlines as all-day
 *    entries in the organiser's calendar. Each event carries a `transactionId`, so a retried create returns the
 *    event already made instead of a second one.
 * 2. one `$batch` wave writing each meeting's list item (created, or patched with If-Match when it exists) with its
 *    event id, Teams link and deadline entries — plus, where the caller schedules it, the call for items, which
 *    depends on its item so it is never sent for a meeting that was not recorded.
 *
 * Running it again after any failure is safe: events come back by transactionId, items are found by CorrelationId.
 * Within one run no POST is repeated blindly (docs/ARCHITECTURE.md §5): event creates are repeatable (their
 * transactionId), an item create or a call whose answer was lost is settled by looking — the item by its
 * CorrelationId, the call by its correlation id in the forum mailbox.
 *
 * Two bookings of the same year at once (two tabs, two secretaries) share the events (transactionId) and meet at the
 * items: CorrelationId is unique in the Meetings list, so SharePoint lets one create through and answers the other
 * 409. The call for items depends on its item's create in the same `$batch`, so only the item's creator schedules
 * it. The other booking adopts the item it lost to, withdraws the twins of its events (planning meetings and deadline
 * entries in another secretary's calendar) and reports the meeting as booked by someone else (`bookedElsewhere`): the
 * year is booked, once, whoever pressed first. A booking that finds the other's items already recorded, or whose
 * write of a planned meeting meets the other's (412), adopts them the same way (src/store/booking-settle.ts).
 */

export interface BookingInput {
  readonly forum: Forum;
  readonly commissorium: Commissorium;
  /** The secretary booking: organiser of planning meetings, owner of the deadline entries. */
  readonly organiser: SignedInUser;
  readonly meetings: readonly DraftMeeting[];
  /** For an extraordinary meeting: its purpose and who must attend. */
  readonly purpose?: string;
  readonly mustAttend?: readonly string[];
  /**
   * Schedules the call for items of a meeting (a Graph request sending a deferred mail), or undefined for none.
   * It runs only for meetings whose item this booking writes, and after that write.
   */
  readonly callForItems?: (id: string, meeting: DraftMeeting, sendAt: string) => GraphRequest | undefined;
  /** Whether a meeting's call is held in (or sent from) the forum mailbox: settles a call whose answer was lost, and finds one an earlier booking never sent. */
  readonly callForItemsHeld?: (meeting: DraftMeeting) => Promise<boolean>;
  readonly now?: Date;
}

export interface BookedMeeting {
  readonly meetingRef: string;
  readonly itemId?: string;
  readonly eventId?: string;
  readonly joinUrl?: string;
  readonly callForItems?: 'scheduled' | 'pending';
  /** Another booking running at the same time recorded this meeting first: its item (and its call) stand. */
  readonly bookedElsewhere?: true;
  readonly error?: string;
}

export interface BookingResult {
  readonly meetings: readonly BookedMeeting[];
  readonly ok: boolean;
}

function yearWindow(meetings: readonly DraftMeeting[]): { from: string; to: string } {
  const starts = meetings.map((m) => new Date(m.start).getTime());
  const day = 24 * 3600 * 1000;
  return {
    from: new Date(Math.min(...starts) - 62 * day).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    to: new Date(Math.max(...starts) + 62 * day).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

function eventRequests(input: BookingInput): GraphRequest[] {
  const { forum, commissorium: c, organiser } = input;
  const requests: GraphRequest[] = [];
  for (const m of input.meetings) {
    if (m.existing?.booked) continue;
    const deadlines = deadlinesOf(m, c);
    const prepared = m.prepares ? input.meetings.find((x) => x.meetingRef === m.prepares) : undefined;
    // The same builder a move uses again (src/store/meeting-changes.ts): deadlines counted from the meeting's day.
    const invitation = bookedInvitation(
      {
        forum,
        kind: m.kind,
        title: m.title,
        form: m.form,
        start: m.start,
        end: m.end,
        ...(m.location ? { location: m.location } : {}),
        ...(input.purpose ? { purpose: input.purpose } : {}),
        ...(input.mustAttend ? { mustAttend: input.mustAttend } : {}),
        ...(prepared ? { preparesStart: prepared.start } : {}),
      },
      c,
    );
    const owner = m.kind === 'planning' ? organiser.email : undefined;
    requests.push({
      id: eventId(m),
      method: 'POST',
      url: eventsPath(forum, owner),
      headers: { 'Content-Type': 'application/json' },
      body: meetingEventBody({
        invitation,
        start: m.start,
        end: m.end,
        ...(m.location ? { location: m.location } : {}),
        transactionId: transactionIdFor(forum, m.meetingRef),
      }),
      // Safe to repeat: Exchange answers a repeat with the same transactionId with the event already made.
      repeatable: true,
    });
    for (const d of deadlines) {
      const subject = deadlineSubject(forum, DEADLINE_DA[d.kind], m.title);
      requests.push({
        id: deadlineId(m, d.kind),
        method: 'POST',
        url: eventsPath(forum, organiser.email),
        headers: { 'Content-Type': 'application/json' },
        body: deadlineEventBody(subject, d.date, transactionIdFor(forum, `${m.meetingRef}:${d.kind}`)),
        repeatable: true, // the transactionId, as above
      });
    }
  }
  return requests;
}

/**
 * When a meeting's call for items goes, by the same rule `sekretariat remind` uses (`callForItemsDates`): scheduled
 * ahead, or pending when its day has come; undefined for meetings without a call or whose submissions have closed.
 */
function callForItemsAt(m: DraftMeeting, c: Commissorium, now: Date): { at: string; state: 'scheduled' | 'pending' } | undefined {
  if (!isCalledKind(m.kind)) return undefined;
  const { sendAt, closesAt } = callForItemsDates(m.start, c);
  const iso = now.toISOString();
  if (closesAt <= iso) return undefined;
  return sendAt > iso ? { at: sendAt, state: 'scheduled' } : { at: iso, state: 'pending' };
}

export async function bookMeetings(graph: Graph, input: BookingInput): Promise<BookingResult> {
  const { forum, commissorium: c } = input;
  const now = input.now ?? new Date();
  if (input.meetings.length === 0) return { meetings: [], ok: true };
  const window = yearWindow(input.meetings);
  const existingQuery: GraphRequest = {
    id: 'existing',
    method: 'GET',
    url: listItemsUrl(forum.siteId, 'Meetings', {
      filter: `fields/Start ge ${odataString(window.from)} and fields/Start le ${odataString(window.to)}`,
    }),
  };

  // Round trip 1: what is recorded, and every event (idempotent by transactionId).
  const first = new Map((await batchResults(graph, [existingQuery, ...eventRequests(input)])).map((r) => [r.id, r]));
  const recorded = recordedByCorrelation(first.get('existing'), forum);

  const unheld = await unheldCalls(input, recorded);

  // Round trip 2: the list items, and the calls for items that depend on them.
  const results = new Map<string, BookedMeeting>();
  const second: GraphRequest[] = [];
  // Items this booking books (it made their events) with a PATCH: a 412 there may be another booking of the same year.
  const booking = new Map<string, Booking>();
  // Meetings another booking of the same year recorded, with their event, after this one was drafted: theirs stand.
  const adoptedEarly = new Map<string, Recorded>();
  for (const m of input.meetings) {
    const correlationId = correlationIdFor(forum, m.meetingRef);
    const event = first.get(eventId(m));
    if (!m.existing?.booked && !event?.ok) {
      results.set(m.meetingRef, { meetingRef: m.meetingRef, error: event ? event.error.message : 'no answer' });
      continue;
    }
    const created = event?.ok ? (event.value as Event | undefined) : undefined;
    const theirs = recorded.get(correlationId);
    if (!m.existing?.booked && theirs?.eventId) {
      adoptedEarly.set(m.meetingRef, theirs);
      results.set(m.meetingRef, { meetingRef: m.meetingRef, ...(created?.id ? { eventId: created.id } : {}) });
      continue;
    }
    const deadlineEvents = Object.fromEntries(
      deadlinesOf(m, c).flatMap((d) => {
        const r = first.get(deadlineId(m, d.kind));
        const id = r?.ok ? (r.value as Event).id : undefined;
        return id ? [[d.kind, id]] : [];
      }),
    );
    const prior = recorded.get(correlationId) ?? (m.existing ? { id: m.existing.id, etag: m.existing.etag } : undefined);
    const scheduled = prior?.callForItems === 'scheduled' && !unheld.has(m.meetingRef);
    const call =
      scheduled || prior?.callForItems === 'sent' || prior?.callForItems === 'sending' || prior?.callClaimed
        ? undefined
        : callForItemsAt(m, c, now);
    const prepared = m.prepares ? input.meetings.find((x) => x.meetingRef === m.prepares) : undefined;
    // Without a deferred send the call stays "pending" until it is due; the app or `sekretariat remind` sends it.
    const send = call?.state === 'scheduled' ? input.callForItems?.(callReq(m), m, call.at) : undefined;
    const callState = call ? (send ? 'scheduled' : 'pending') : undefined;
    const fields: FieldBag = {
      Title: m.title,
      Kind: m.kind,
      Start: new Date(m.start).toISOString(),
      End: new Date(m.end).toISOString(),
      Form: m.form,
      Location: m.location ?? '',
      ...(input.purpose && m.kind === 'extraordinary' ? { Purpose: input.purpose } : {}),
      Status: 'booked',
      ...(created?.id ? { EventId: created.id, EventOwner: m.kind === 'planning' ? input.organiser.email : '' } : {}),
      ...(joinUrlOf(created) ? { JoinUrl: joinUrlOf(created) } : {}),
      ...(prior ? {} : { CorrelationId: correlationId }),
      ...(prepared ? { Prepares: prepared.existing?.id ?? correlationIdFor(forum, prepared.meetingRef) } : {}),
      ...(Object.keys(deadlineEvents).length > 0
        ? { DeadlineEvents: JSON.stringify({ ...deadlineEvents, [DEADLINE_OWNER_KEY]: input.organiser.email }) }
        : {}),
      ...(call && callState ? { CallForItems: callState, CallForItemsAt: call.at } : {}),
    };
    if (prior && created?.id) booking.set(m.meetingRef, { itemId: prior.id, eventId: created.id });
    second.push(
      prior
        ? {
            id: itemReq(m),
            method: 'PATCH',
            url: `${listItemUrl(forum.siteId, 'Meetings', prior.id)}/fields`,
            headers: { 'Content-Type': 'application/json', 'If-Match': prior.etag },
            body: fields,
            // Not sent again when its answer is lost: the repeat would meet this very write (412) and take it for
            // another booking's. Settled by looking instead: the item names this booking's event or it does not.
            ...(booking.has(m.meetingRef) ? { repeatable: false } : {}),
          }
        : {
            id: itemReq(m),
            method: 'POST',
            url: listItemsCollectionUrl(forum.siteId, 'Meetings'),
            headers: { 'Content-Type': 'application/json' },
            body: { fields },
          },
    );
    if (send) second.push({ ...send, dependsOn: [itemReq(m)] });
    results.set(m.meetingRef, {
      meetingRef: m.meetingRef,
      ...(created?.id ? { eventId: created.id } : {}),
      ...(joinUrlOf(created) ? { joinUrl: joinUrlOf(created) } : {}),
      ...(callState ? { callForItems: callState } : {}),
      ...(prior ? { itemId: prior.id } : {}),
    });
  }
  const written = new Map((await batchResults(graph, second)).map((r) => [r.id, r]));
  const settled = await settleItems(graph, input, existingQuery, written, booking);
  const adopted = new Map([...adoptedEarly, ...settled.adopted]);

  const meetings = input.meetings.map((m): BookedMeeting => {
    const base = results.get(m.meetingRef) ?? { meetingRef: m.meetingRef };
    if (base.error) return base;
    const theirs = adopted.get(m.meetingRef);
    if (theirs) {
      // The call is the creator's: what its item says, not what this booking meant to schedule.
      const state = theirs.callForItems;
      const call: Pick<BookedMeeting, 'callForItems'> = state === 'scheduled' || state === 'pending' ? { callForItems: state } : {};
      // The event is the one their item names (this booking's twin, if any, is withdrawn below).
      const event = theirs.eventId ?? base.eventId;
      const joinUrl = event === base.eventId ? base.joinUrl : undefined;
      return {
        meetingRef: m.meetingRef,
        itemId: theirs.id,
        ...(event ? { eventId: event } : {}),
        ...(joinUrl ? { joinUrl } : {}),
        ...call,
        bookedElsewhere: true,
      };
    }
    const item = written.get(itemReq(m));
    if (!item) return { ...base, error: 'no answer' };
    if (!item.ok) return { ...base, error: item.error.message };
    const id = base.itemId ?? writtenItem(item.value).id;
    return { ...base, ...(id ? { itemId: id } : {}) };
  });
  await markUnsentCalls(graph, input, written, settled.found);
  await withdrawStrayEvents(graph, input, first, adopted);
  return { meetings, ok: meetings.every((m) => !m.error) };
}

/**
 * Meetings recorded with their call 'scheduled' whose call is nowhere in the forum mailbox: an earlier booking died
 * between writing the item and its call (round trip 2 carries both). Looked up by correlation, side by side; booked
 * again, they get their call. Only a booking that finds items recorded looks: a fresh year costs nothing more.
 */
async function unheldCalls(input: BookingInput, recorded: ReadonlyMap<string, Recorded>): Promise<Set<string>> {
  const held = input.callForItemsHeld;
  if (!held) return new Set();
  const scheduled = input.meetings.filter((m) => recorded.get(correlationIdFor(input.forum, m.meetingRef))?.callForItems === 'scheduled');
  const lost = await Promise.all(scheduled.map(async (m) => ((await held(m)) ? [] : [m.meetingRef])));
  return new Set(lost.flat());
}

/** The id and new eTag of a written item: a POST answers with the listItem, a PATCH of fields with the fieldValueSet. */
function writtenItem(value: unknown): { id?: string; etag?: string } {
  const body = (value ?? {}) as GraphListItem & FieldBag;
  const etag = typeof body['@odata.etag'] === 'string' ? body['@odata.etag'] : (body.eTag ?? undefined);
  const id = typeof body.id === 'string' ? body.id : undefined;
  return { ...(id ? { id } : {}), ...(etag ? { etag } : {}) };
}

/**
 * A call for items recorded as scheduled whose send failed goes back to "pending", so the app or `sekretariat
 * remind` sends it when due. A send whose answer was lost is looked up first: held in the Outbox, it stands — as does
 * one held for a meeting whose item was found after a lost answer (a booking running at the same time may have made
 * that item, and scheduled its call). Only on failure: the happy path stays at two round trips.
 */
async function markUnsentCalls(
  graph: Graph,
  input: BookingInput,
  written: ReadonlyMap<string, BatchResult>,
  found: ReadonlySet<string>,
): Promise<void> {
  const fixes: GraphRequest[] = [];
  for (const m of input.meetings) {
    const sent = written.get(callReq(m));
    const item = written.get(itemReq(m));
    if (!sent || sent.ok || !item?.ok) continue;
    const lookFirst = sent.error.uncertain || found.has(m.meetingRef);
    if (lookFirst && input.callForItemsHeld && (await input.callForItemsHeld(m))) continue;
    const { etag } = writtenItem(item.value);
    const id = m.existing?.id ?? writtenItem(item.value).id;
    if (!id || !etag) continue;
    fixes.push({
      id: itemReq(m),
      method: 'PATCH',
      url: `${listItemUrl(input.forum.siteId, 'Meetings', id)}/fields`,
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: { CallForItems: 'pending' },
    });
  }
  await batchResults(graph, fixes);
}
