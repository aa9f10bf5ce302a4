import { addDays, daysBetween, type LocalDate } from '../domain/calendar-date';
import type { Commissorium } from '../domain/commissorium';
import { copenhagenDate, copenhagenIsoWithOffset, utcToCopenhagenLocal } from '../domain/copenhagen-time';
import type { ForumRef, Meeting } from '../domain/types';
import { deadlinesFor, planningMeetingFor } from '../domain/year-plan';
import { subResponseError } from '../graph/errors';
import { GraphError, type Graph, type GraphRequest, type GraphResponse } from '../graph/types';
import { callForItemsBooking, callForItemsHeld, withdrawScheduledCallForItems, type CallForum } from './call-for-items';
import { DEADLINE_OWNER_KEY, meetingEventPath, utcDateTime } from './calendar-event';
import { ConflictError } from './errors';
import { listItemUrl, type FieldBag } from './list-item';

/**
 * Moving and cancelling a booked meeting, each in ONE `$batch`: the meeting's event (Graph sends attendees the
 * update or the cancellation), its planning meeting, its deadline entries and the list items — the items with
 * If-Match, so a change made meanwhile by someone else is a conflict, never overwritten. A cancellation or a new
 * call for items whose answer was lost is not sent again but settled by looking (the event gone from the calendar,
 * the call in the forum mailbox).
 */

export interface MeetingChangeInput {
  readonly forum: ForumRef;
  readonly commissorium: Commissorium;
  readonly meeting: Meeting;
  /** Its planning meeting, when it has one. */
  readonly planning?: Meeting;
  /**
   * The forum whose mailbox holds the meeting's scheduled call for items: given, a move replaces the held mail with
   * one for the new date and a cancellation withdraws it (Exchange would otherwise send it on the old call day).
   */
  readonly calls?: { readonly forum: CallForum; readonly now?: Date };
}

export interface ChangeResult {
  /** Parts that failed, by request id ("meeting-item", "planning-event", "deadline:agenda-sent", "call-withdraw" …). */
  readonly failed: readonly { readonly id: string; readonly status: number; readonly message: string }[];
}

type Failure = ChangeResult['failed'][number];

/** Withdraws the call for items Exchange holds for the meeting's old start; a failure is reported, not thrown. */
async function withdrawHeldCall(graph: Graph, input: Omit<MeetingChangeInput, 'commissorium'>): Promise<Failure[]> {
  if (!input.calls || input.meeting.callForItems !== 'scheduled') return [];
  try {
    await withdrawScheduledCallForItems(graph, input.calls.forum, input.meeting.start);
    return [];
  } catch (error) {
    return [{ id: 'call-withdraw', status: error instanceof GraphError ? error.status : 0, message: error instanceof Error ? error.message : String(error) }];
  }
}

const day = (iso: string): LocalDate => copenhagenDate(new Date(iso));

/** The same Copenhagen time of day, on another day. */
function onDay(iso: string, target: LocalDate): string {
  return new Date(copenhagenIsoWithOffset(`${target}T${utcToCopenhagenLocal(new Date(iso)).slice(11, 16)}`)).toISOString();
}

function itemPatch(ref: ForumRef, id: string, meeting: Meeting, fields: FieldBag): GraphRequest {
  return { id, method: 'PATCH', url: `${listItemUrl(ref.siteId, 'Meetings', meeting.id)}/fields`, headers: { 'Content-Type': 'application/json', 'If-Match': meeting.etag }, body: fields };
}

/** Calendar changes wait for the meeting's item: when someone else changed it (412), nobody's calendar changes (424). */
const AFTER_ITEM = ['meeting-item'];

function eventPatch(ref: ForumRef, id: string, meeting: Meeting, body: object): GraphRequest[] {
  const path = meetingEventPath(ref, meeting);
  return path ? [{ id, method: 'PATCH', url: path, headers: { 'Content-Type': 'application/json' }, body, dependsOn: AFTER_ITEM }] : [];
}

/**
 * Sub-requests that may have been carried out (`uncertain`) settled by looking, as successes when they were: a
 * cancellation when its event is gone or cancelled (a cancelled meeting leaves the organiser's calendar), the call
 * for items when the forum mailbox holds it. What looking cannot confirm stays a failure.
 */
async function settleLost(graph: Graph, requests: readonly GraphRequest[], responses: readonly GraphResponse[], call?: { forum: CallForum; start: string }): Promise<GraphResponse[]> {
  return Promise.all(
    responses.map(async (response) => {
      if (!response.uncertain) return response;
      const request = requests.find((r) => r.id === response.id);
      const done = request?.url.endsWith('/cancel') ? await eventGone(graph, request.url.replace(/\/cancel$/, '')) : request?.id === CALL_ID && call ? await callForItemsHeld(graph, call.forum, call) : false;
      return done ? { ...response, status: 204, uncertain: false } : response;
    }),
  );
}

async function eventGone(graph: Graph, path: string): Promise<boolean> {
  try {
    return (await graph.get<{ isCancelled?: boolean }>(`${path}?$select=isCancelled`)).isCancelled === true;
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return true;
    throw error;
  }
}

const CALL_ID = 'call-for-items';

function outcome(responses: readonly GraphResponse[], meeting: Meeting): ChangeResult {
  const conflict = responses.find((r) => r.status === 412);
  if (conflict) throw new ConflictError('Meetings', meeting.id, subResponseError(conflict));
  return { failed: responses.filter((r) => r.status >= 300).map((r) => ({ id: r.id, status: r.status, message: subResponseError(r).message })) };
}

/** The deadline entries' calendar (the organiser who booked) and their event ids by deadline kind. */
function deadlineEntries(meeting: Meeting): { owner?: string; ids: [string, string][] } {
  const { [DEADLINE_OWNER_KEY]: owner, ...ids } = meeting.deadlineEvents ?? {};
  return { ...(owner ? { owner } : {}), ids: Object.entries(ids) };
}

/** Moves a meeting to a new start (its length kept); the planning meeting and deadlines move with it. */
export async function moveMeeting(graph: Graph, input: MeetingChangeInput, newStart: string): Promise<ChangeResult> {
  const { forum, commissorium: c, meeting, planning } = input;
  const length = new Date(meeting.end).getTime() - new Date(meeting.start).getTime();
  const start = new Date(newStart).toISOString();
  const end = new Date(new Date(newStart).getTime() + length).toISOString();
  const newDay = day(start);
  // A call still to go (held in the Outbox, or pending for the app to send) follows the meeting to its new date.
  const call = input.calls && (meeting.callForItems === 'scheduled' || meeting.callForItems === 'pending')
    ? callForItemsBooking(CALL_ID, input.calls.forum, { kind: meeting.kind, start, end, form: meeting.form, ...(meeting.location ? { location: meeting.location } : {}) }, c, input.calls.now ?? new Date())
    : undefined;
  const requests: GraphRequest[] = [
    itemPatch(forum, 'meeting-item', meeting, { Start: start, End: end, ...(call?.fields ?? {}) }),
    ...eventPatch(forum, 'meeting-event', meeting, { start: utcDateTime(start), end: utcDateTime(end) }),
    ...(call?.request ? [{ ...call.request, dependsOn: AFTER_ITEM }] : []),
  ];
  const planned = planningMeetingFor('m', newDay, c);
  if (planning && planned) {
    const pStart = onDay(planning.start, planned.date);
    const pEnd = onDay(planning.end, planned.date);
    requests.push(...eventPatch(forum, 'planning-event', planning, { start: utcDateTime(pStart), end: utcDateTime(pEnd) }));
    requests.push({ ...itemPatch(forum, 'planning-item', planning, { Start: pStart, End: pEnd }), dependsOn: AFTER_ITEM });
  }
  const { owner, ids } = deadlineEntries(meeting);
  for (const d of deadlinesFor('m', newDay, c)) {
    const id = ids.find(([kind]) => kind === d.kind)?.[1];
    if (!id || !owner) continue;
    requests.push({
      id: `deadline:${d.kind}`,
      method: 'PATCH',
      url: `/users/${encodeURIComponent(owner)}/events/${encodeURIComponent(id)}`,
      headers: { 'Content-Type': 'application/json' },
      dependsOn: AFTER_ITEM,
      body: { start: { dateTime: `${d.date}T00:00:00`, timeZone: 'Europe/Copenhagen' }, end: { dateTime: `${addDays(d.date, 1)}T00:00:00`, timeZone: 'Europe/Copenhagen' } },
    });
  }
  const answered = await settleLost(graph, requests, await graph.batch(requests), input.calls && call?.request ? { forum: input.calls.forum, start } : undefined);
  const result = outcome(answered, meeting);
  return { failed: [...result.failed, ...(await withdrawHeldCall(graph, input))] };
}

/** Cancels a meeting (attendees get the cancellation with `comment`), its planning meeting and its deadline entries. */
export async function cancelMeeting(graph: Graph, input: Omit<MeetingChangeInput, 'commissorium'>, comment: string): Promise<ChangeResult> {
  const { forum, meeting, planning } = input;
  const requests: GraphRequest[] = [itemPatch(forum, 'meeting-item', meeting, { Status: 'cancelled' })];
  const cancel = (id: string, m: Meeting): GraphRequest[] => {
    const path = meetingEventPath(forum, m);
    return path ? [{ id, method: 'POST', url: `${path}/cancel`, headers: { 'Content-Type': 'application/json' }, body: { comment }, dependsOn: AFTER_ITEM }] : [];
  };
  requests.push(...cancel('meeting-event', meeting));
  if (planning && planning.status !== 'cancelled') {
    requests.push(...cancel('planning-event', planning), { ...itemPatch(forum, 'planning-item', planning, { Status: 'cancelled' }), dependsOn: AFTER_ITEM });
  }
  const { owner, ids } = deadlineEntries(meeting);
  for (const [kind, id] of ids) {
    if (owner) requests.push({ id: `deadline:${kind}`, method: 'DELETE', url: `/users/${encodeURIComponent(owner)}/events/${encodeURIComponent(id)}`, dependsOn: AFTER_ITEM });
  }
  const result = outcome(await settleLost(graph, requests, await graph.batch(requests)), meeting);
  return { failed: [...result.failed, ...(await withdrawHeldCall(graph, input))] };
}

/** How many days a move shifts a meeting (for the confirmation text). */
export function moveShiftDays(meeting: Pick<Meeting, 'start'>, newStart: string): number {
  return daysBetween(day(meeting.start), day(newStart));
}
