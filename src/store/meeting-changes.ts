import { addDays, type LocalDate } from '../domain/calendar-date';
import type { Commissorium } from '../domain/commissorium';
import { copenhagenDate, copenhagenIsoWithOffset, utcToCopenhagenLocal } from '../domain/copenhagen-time';
import type { ForumRef, Meeting } from '../domain/types';
import { deadlinesFor, planningMeetingFor } from '../domain/year-plan';
import type { BatchResult } from '../graph/batch-results';
import { isNotFound, isPreconditionFailed } from '../graph/errors';
import type { Graph, GraphRequest } from '../graph/graph-types';
import { callForItemsBooking, callForItemsHeld, heldCallIds, heldMessageUrl, type CallForum } from './call-for-items-store';
import { bookedInvitation, type Invitation, type InvitationInput } from '../domain/meeting-invitation';
import { calendarSubject } from '../domain/meeting-names';
import { withInvitationText } from '../domain/teams-block';
import { eventAt, eventLook, itemHolds, runChangeSteps, type ChangeStep, type EventLook } from './change-steps';
import { deadlineEntries, meetingEventPath, utcDateTime } from './calendar-event';
import { ConflictError } from './failures';
import { listItemUrl, type FieldBag } from './list-item';

/**
 * Moving and cancelling a booked meeting, each in ONE `$batch` (src/store/change-steps.ts): the meeting's event (Graph
 * sends attendees the update or the cancellation), the call for items held in the forum mailbox (a move holds one for
 * the new date and deletes the old one; a cancellation deletes it), its planning meeting, its deadline entries and the
 * list items with If-Match, so a change made meanwhile by someone else is a conflict, never overwritten. Nothing in
 * it is sent again after Graph may have acted: a lost answer is settled by looking (the event's times, the call in
 * the forum mailbox, the item's values), and what looking shows done is never sent twice.
 *
 * A move looks first and sends only what is not yet so, and writes the meeting's item last, when the calendar and the
 * calls are done: a move cut short leaves the meeting shown at its old date, and moving it again completes it — never
 * a meeting shown moved whose old call still waits in the Outbox. Two moves at once meet at the event's If-Match: one
 * moves it, the other gets the conflict and sends nothing.
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

/** A move writes the invitation again: the forum's name, mailbox and members as the booking's builder needs them. */
export interface MoveInput extends MeetingChangeInput {
  readonly forum: ForumRef & InvitationInput['forum'];
}

export interface ChangeResult {
  /** Parts that failed, by request id ("meeting-item", "planning-event", "deadline:agenda-sent", "call-withdraw" …). */
  readonly failed: readonly { readonly id: string; readonly status: number; readonly message: string }[];
}

/** The held call for the meeting's date, to withdraw: when it has one scheduled and the date changes (or it is cancelled). */
async function oldCalls(graph: Graph, input: Omit<MeetingChangeInput, 'commissorium'>, newStart?: string): Promise<string[]> {
  if (!input.calls || input.meeting.callForItems !== 'scheduled') return [];
  if (newStart !== undefined && Date.parse(newStart) === Date.parse(input.meeting.start)) return [];
  return heldCallIds(graph, input.calls.forum, input.meeting.start);
}

const day = (iso: string): LocalDate => copenhagenDate(new Date(iso));

/** The same Copenhagen time of day, on another day. */
function onDay(iso: string, target: LocalDate): string {
  return new Date(copenhagenIsoWithOffset(`${target}T${utcToCopenhagenLocal(new Date(iso)).slice(11, 16)}`)).toISOString();
}

function itemPatch(ref: ForumRef, id: string, meeting: Meeting, fields: FieldBag): GraphRequest {
  return {
    id,
    method: 'PATCH',
    url: `${listItemUrl(ref.siteId, 'Meetings', meeting.id)}/fields`,
    headers: { 'Content-Type': 'application/json', 'If-Match': meeting.etag },
    body: fields,
  };
}

function itemStep(graph: Graph, request: GraphRequest): ChangeStep {
  return { request, inPlace: itemHolds(graph, request.url, (request.body ?? {}) as FieldBag) };
}

/** Where an event goes and what it says there (built from the event as looked at: its subject may hold a purpose). */
interface EventTarget {
  readonly start: string;
  readonly end: string;
  readonly text: (now: EventLook) => Pick<Invitation, 'subject' | 'bodyHtml'>;
  /** The meeting's Teams link as its item records it (a meeting booked from Outlook: the event's body holds it). */
  readonly joinUrl?: string;
}

/**
 * An event moved to new times with its invitation written again — in the same PATCH, so attendees get one update —
 * with If-Match on the event as it was looked at; undefined when it already stands there under the new subject (a
 * move cut short and done again: the PATCH set times, subject and body at once). Only our text in the body is
 * replaced: Exchange's Teams block, whose join link keeps the Teams meeting, stays as it is (src/domain/teams-block.ts);
 * a body whose link cannot be found is left alone rather than risk the Teams meeting.
 */
async function eventMove(
  graph: Graph,
  id: string,
  path: string | undefined,
  target: EventTarget,
  dependsOn: readonly string[],
): Promise<ChangeStep | undefined> {
  const now = path ? await eventLook(graph, path) : undefined;
  if (!path || !now) return undefined;
  const { start, end } = target;
  const { subject, bodyHtml } = target.text(now);
  if (now.start === Date.parse(start) && now.end === Date.parse(end) && now.subject === subject) return undefined;
  const content = withInvitationText(now.body, bodyHtml, now.joinUrl ?? target.joinUrl);
  const body = {
    start: utcDateTime(start),
    end: utcDateTime(end),
    subject,
    ...(content !== undefined ? { body: { contentType: 'html', content: String(content) } } : {}),
  };
  return {
    request: {
      id,
      method: 'PATCH',
      url: path,
      headers: { 'Content-Type': 'application/json', ...(now.etag ? { 'If-Match': now.etag } : {}) },
      body,
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
    },
    inPlace: eventAt(graph, path, start, end, subject),
  };
}

/**
 * An extraordinary meeting's purpose: its item's Purpose, or — for one booked before the column — what its event's
 * subject says after the builder's "<forum>: <title> – " (or, booked before the naming scheme, "<forum>: Ekstraordinært
 * møde – ").
 */
function purposeOf(meeting: Meeting, forum: InvitationInput['forum'], subject: string): Pick<InvitationInput, 'purpose'> {
  if (meeting.kind !== 'extraordinary') return {};
  if (meeting.purpose) return { purpose: meeting.purpose };
  const prefixes = [`${calendarSubject({ forum, title: meeting.title })} – `, `${forum.name}: Ekstraordinært møde – `];
  const prefix = prefixes.find((p) => subject.startsWith(p));
  const purpose = prefix ? subject.slice(prefix.length).trim() : '';
  return purpose ? { purpose } : {};
}

/** Whether a cancellation is in place: the event cancelled, or gone (a cancelled meeting leaves the organiser's calendar). */
async function eventGone(graph: Graph, path: string): Promise<boolean> {
  try {
    return (await graph.get<{ isCancelled?: boolean }>(`${path}?$select=isCancelled`)).isCancelled === true;
  } catch (error) {
    if (isNotFound(error)) return true;
    throw error;
  }
}

const CALL_ID = 'call-for-items';

function outcome(results: readonly BatchResult[], meeting: Meeting): ChangeResult {
  const stale = results.flatMap((r) => (!r.ok && isPreconditionFailed(r.error) ? [r.error] : []))[0];
  if (stale) throw new ConflictError('Meetings', meeting.id, stale);
  return { failed: results.flatMap((r) => (r.ok ? [] : [{ id: r.id, status: r.error.status, message: r.error.message }])) };
}

/** Moves a meeting to a new start (its length kept); the planning meeting, deadlines and held call move with it. */
export async function moveMeeting(graph: Graph, input: MoveInput, newStart: string): Promise<ChangeResult> {
  const { forum, commissorium: c, meeting, planning } = input;
  const length = new Date(meeting.end).getTime() - new Date(meeting.start).getTime();
  const start = new Date(newStart).toISOString();
  const end = new Date(new Date(newStart).getTime() + length).toISOString();
  const newDay = day(start);
  // A call still to go (held in the Outbox, or pending for the app to send) follows the meeting to its new date.
  const booking =
    input.calls && (meeting.callForItems === 'scheduled' || meeting.callForItems === 'pending')
      ? callForItemsBooking(
          CALL_ID,
          input.calls.forum,
          { kind: meeting.kind, start, end, form: meeting.form, ...(meeting.location ? { location: meeting.location } : {}) },
          c,
          input.calls.now ?? new Date(),
        )
      : undefined;
  const planned = planning ? planningMeetingFor('m', newDay, c) : undefined;
  const pTimes = planning && planned ? { start: onDay(planning.start, planned.date), end: onDay(planning.end, planned.date) } : undefined;
  const dates = { Start: start, End: end, ...(booking?.fields ?? {}) };
  // First the move's lock: the meeting's item rewritten as it was shown, with If-Match. Someone else's change since
  // (an edit, another move) is a 412 and nothing else is sent; the rest depends on it, so of two moves at once one
  // does everything and the other nothing. Its lost answer is settled by the move's outcome (the item moved).
  const claim = itemPatch(forum, 'meeting-claim', meeting, { Start: meeting.start });
  const claimed = [claim.id];
  // Looking first: what a move cut short already did is not done again (moving it again completes it).
  // The invitation from the booking's builder, for the new date: its time, deadlines, form and place, its purpose.
  const text = (now: EventLook): Invitation =>
    bookedInvitation(
      {
        forum,
        kind: meeting.kind,
        title: meeting.title,
        form: meeting.form,
        start,
        end,
        ...(meeting.location ? { location: meeting.location } : {}),
        ...purposeOf(meeting, forum, now.subject),
      },
      c,
    );
  const [event, held, old] = await Promise.all([
    eventMove(
      graph,
      'meeting-event',
      meetingEventPath(forum, meeting),
      { start, end, text, ...(meeting.joinUrl ? { joinUrl: meeting.joinUrl } : {}) },
      claimed,
    ),
    booking?.request && input.calls ? callForItemsHeld(graph, input.calls.forum, { start }) : Promise.resolve(true),
    oldCalls(graph, input, start),
  ]);
  const steps: ChangeStep[] = [{ request: claim, inPlace: itemHolds(graph, claim.url, dates) }];
  if (event) steps.push(event);
  const afterEvent = event ? [event.request.id] : claimed;
  const calls = input.calls;
  if (!held && booking?.request && calls) {
    steps.push({
      request: { ...booking.request, ...(afterEvent.length > 0 ? { dependsOn: afterEvent } : {}) },
      inPlace: () => callForItemsHeld(graph, calls.forum, { start }),
    });
  }
  // The old date's call goes only when the new one is held: a move that fails on the way keeps the meeting's call.
  const afterCall = steps.some((s) => s.request.id === CALL_ID) ? [CALL_ID] : afterEvent;
  if (calls)
    old.forEach((id, i) =>
      steps.push({
        request: {
          id: `call-withdraw:${i}`,
          method: 'DELETE',
          url: heldMessageUrl(calls.forum, id),
          ...(afterCall.length > 0 ? { dependsOn: afterCall } : {}),
        },
      }),
    );
  if (planning && pTimes) {
    // Its subject names the date of the meeting it prepares, so it is written again even on an unchanged day.
    const pText = (): Invitation =>
      bookedInvitation({ forum, kind: 'planning', title: planning.title, form: planning.form, ...pTimes, preparesStart: start }, c);
    const pEvent = await eventMove(
      graph,
      'planning-event',
      meetingEventPath(forum, planning),
      { ...pTimes, text: pText, ...(planning.joinUrl ? { joinUrl: planning.joinUrl } : {}) },
      afterEvent,
    );
    if (pEvent) steps.push(pEvent);
  }
  const { owner, ids } = deadlineEntries(meeting);
  for (const d of deadlinesFor('m', newDay, c)) {
    const id = ids.find(([kind]) => kind === d.kind)?.[1];
    if (!id || !owner) continue;
    steps.push({
      request: {
        id: `deadline:${d.kind}`,
        method: 'PATCH',
        url: `/users/${encodeURIComponent(owner)}/events/${encodeURIComponent(id)}`,
        headers: { 'Content-Type': 'application/json' },
        ...(afterEvent.length > 0 ? { dependsOn: afterEvent } : {}),
        body: {
          start: { dateTime: `${d.date}T00:00:00`, timeZone: 'Europe/Copenhagen' },
          end: { dateTime: `${addDays(d.date, 1)}T00:00:00`, timeZone: 'Europe/Copenhagen' },
        },
      },
    });
  }
  // The items last, once the calendar and the calls are done (a deadline entry's failure is reported, not waited for).
  // The meeting's item without If-Match: the claim above holds it (its eTag is the claim's, known only to Graph).
  const effects = steps.filter((s) => !s.request.id.startsWith('deadline:')).map((s) => s.request.id);
  if (planning && pTimes)
    steps.push(
      itemStep(graph, { ...itemPatch(forum, 'planning-item', planning, { Start: pTimes.start, End: pTimes.end }), dependsOn: effects }),
    );
  const before = steps.filter((s) => !s.request.id.startsWith('deadline:')).map((s) => s.request.id);
  steps.push(
    itemStep(graph, {
      id: 'meeting-item',
      method: 'PATCH',
      url: claim.url,
      headers: { 'Content-Type': 'application/json' },
      body: dates,
      dependsOn: before,
    }),
  );
  return outcome(await runChangeSteps(graph, steps), meeting);
}

/**
 * Cancels a meeting (attendees get the cancellation with `comment`), its planning meeting, its deadline entries and its
 * held call. Like a move: first the meeting's item rewritten as shown, with If-Match (someone else's change since is a
 * 412 and nobody's calendar changes), then the calendar and the call, and the item's 'cancelled' last — a cancellation
 * cut short shows the meeting not cancelled, and cancelling it again completes it (what is gone already is a 404,
 * counted done); never a meeting shown cancelled whose event still stands or whose call still waits in the Outbox.
 */
export async function cancelMeeting(graph: Graph, input: Omit<MeetingChangeInput, 'commissorium'>, comment: string): Promise<ChangeResult> {
  const { forum, meeting, planning } = input;
  const claim = itemPatch(forum, 'meeting-claim', meeting, { Status: meeting.status });
  const claimed = [claim.id];
  const done = { Status: 'cancelled' };
  // Its lost answer is settled by the cancellation's outcome (the item cancelled), as a move's is.
  const steps: ChangeStep[] = [{ request: claim, inPlace: itemHolds(graph, claim.url, done) }];
  const cancel = (id: string, m: Meeting): ChangeStep[] => {
    const path = meetingEventPath(forum, m);
    return path
      ? [
          {
            request: {
              id,
              method: 'POST',
              url: `${path}/cancel`,
              headers: { 'Content-Type': 'application/json' },
              body: { comment },
              dependsOn: claimed,
            },
            inPlace: () => eventGone(graph, path),
          },
        ]
      : [];
  };
  steps.push(...cancel('meeting-event', meeting));
  if (planning && planning.status !== 'cancelled') {
    // The planning meeting's item after its event: shown cancelled, a later attempt would not cancel its event again.
    const pEvent = cancel('planning-event', planning);
    steps.push(
      ...pEvent,
      itemStep(graph, {
        ...itemPatch(forum, 'planning-item', planning, done),
        dependsOn: pEvent.length > 0 ? pEvent.map((s) => s.request.id) : claimed,
      }),
    );
  }
  // In the same $batch as the cancellation, so no crash between them leaves the call to go out for a cancelled meeting.
  const calls = input.calls;
  if (calls)
    (await oldCalls(graph, input)).forEach((id, i) =>
      steps.push({ request: { id: `call-withdraw:${i}`, method: 'DELETE', url: heldMessageUrl(calls.forum, id), dependsOn: claimed } }),
    );
  const { owner, ids } = deadlineEntries(meeting);
  for (const [kind, id] of ids) {
    if (owner)
      steps.push({
        request: {
          id: `deadline:${kind}`,
          method: 'DELETE',
          url: `/users/${encodeURIComponent(owner)}/events/${encodeURIComponent(id)}`,
          dependsOn: claimed,
        },
      });
  }
  // The item last, once the calendar and the call are done (a deadline entry's failure is reported, not waited for,
  // as in a move: an entry in the organiser's own calendar must not keep the meeting from being cancelled).
  const before = steps.filter((s) => !s.request.id.startsWith('deadline:')).map((s) => s.request.id);
  steps.push(
    itemStep(graph, {
      id: 'meeting-item',
      method: 'PATCH',
      url: claim.url,
      headers: { 'Content-Type': 'application/json' },
      body: done,
      dependsOn: before,
    }),
  );
  return outcome(await runChangeSteps(graph, steps), meeting);
}
