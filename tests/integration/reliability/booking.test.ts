import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { draftFromPlan, type DraftMeeting } from '../../../src/domain/plan-draft';
import type { Forum } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import type { BookingResult } from '../../../src/store/booking';
import { CALL_FOR_ITEMS_HEADER } from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { plannedByHand } from '../support/planned-meeting';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { faultsMet, faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, booking a year (docs/RELIABILITY.md): each wire fault on an event, a meeting's item, a held call
 * for items and the `$batch`es carrying them; a colleague's edit meeting a re-booking's If-Match (412); a booking that
 * dies between its two round trips; two secretaries booking the same year at once (the unique CorrelationId lets one
 * item through, and only its creator schedules the call) — each time, booking again as the secretary would, every
 * meeting of the year has one event, one item, its deadline entries once and one held call.
 */
const c = { ...PRESETS['horsens-2024'], rooms: ['Testlokalet'] };
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
const NOW = new Date('2026-11-23T10:00:00Z');
const YEAR = 2027;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

beforeEach(async () => {
  sb = await startTestSandbox();
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
});
afterEach(async () => {
  await call(sb, 'DELETE', '/_sandbox/faults').catch(() => undefined);
  await sb.dispose();
});

/** The year's plan as the booking dialog drafts it: what is already booked is marked so. */
async function drafts(g: Graph = graph): Promise<DraftMeeting[]> {
  return draftFromPlan(planYear(YEAR, c), await new MeetingStore(g, forum).from(`${YEAR - 1}-12-01T00:00:00Z`));
}
async function book(g: Graph = graph): Promise<BookingResult> {
  const result = await new MeetingYearStore(g, forum).book({
    forum,
    commissorium: c,
    organiser: secretary,
    meetings: await drafts(g),
    now: NOW,
  });
  if (!result.ok)
    throw new Error(
      `booking failed: ${result.meetings
        .map((m) => m.error ?? '')
        .filter((e) => e !== '')
        .join('; ')}`,
    );
  return result;
}

/** What the year's booking made, counted where it lands. */
async function year(): Promise<{ meetings: number; planning: number; deadlines: number; items: number; calls: number }> {
  const all = async (path: string): Promise<Event[]> => graph.all<Event>(`${path}?$top=300`);
  const inYear = (e: Event): boolean =>
    e.isAllDay ? (e.subject ?? '').endsWith(`/${YEAR}`) : (e.start?.dateTime ?? '').startsWith(String(YEAR));
  const group = (await all(`/groups/${forum.groupId}/events`)).filter(inYear);
  const mine = (await all(`/users/${TEST_PEOPLE.secretary.mail}/events`)).filter(inYear);
  const items = (await new MeetingStore(graph, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).filter((m) =>
    m.correlationId?.startsWith(`plan:${forum.groupId}:${YEAR}-`),
  );
  const held = await graph.all<{ internetMessageHeaders?: { name?: string; value?: string }[] }>(
    `/users/${forum.mailbox}/mailFolders/outbox/messages?$select=id,internetMessageHeaders&$top=50`,
  );
  return {
    meetings: group.filter((e) => e.subject?.includes('Møde')).length,
    planning: mine.filter((e) => !e.isAllDay && /Planlægningsmøde/.test(e.subject ?? '')).length,
    deadlines: mine.filter((e) => e.isAllDay).length,
    items: items.length,
    calls: held.filter((m) =>
      (m.internetMessageHeaders ?? []).some((h) => h.name === CALL_FOR_ITEMS_HEADER && (h.value ?? '').startsWith(String(YEAR))),
    ).length,
  };
}
const BOOKED_ONCE = { meetings: 4, planning: 4, deadlines: 20, items: 8, calls: 4 };

const TARGETS: readonly (readonly [string, Target, number])[] = [
  ['an event', { method: 'POST', path: '/events$' }, 0],
  ['a meeting item', { method: 'POST', path: '/lists/Meetings/items$' }, 0],
  ['a held call for items', { method: 'POST', path: '/sendMail$' }, 0],
  // Round trip 1 is two $batches side by side (the existing items and 28 events), round trip 2 one (items and calls).
  ['a $batch carrying events', { method: 'POST', path: '^/\\$batch$' }, 0],
  ['the $batch carrying the items and calls', { method: 'POST', path: '^/\\$batch$' }, 2],
];

describe.each(WIRE_FAULTS)('booking a year under %s', (kind) => {
  it.each(TARGETS)('on %s, then booking again: one event, one item and one held call per meeting', async (_what, target, skip) => {
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, () => book());
    expect(await year()).toEqual(BOOKED_ONCE);
  });
});

/**
 * A meeting planned by hand (an item without an event) is booked with a PATCH of its item, in the `$batch` that also
 * holds its call for items (which depends on that PATCH). When Graph writes the item and loses the answer, a repeat of
 * the PATCH meets the booking's own write (412) — taken for another booking's, the meeting was reported as booked by
 * someone else and its call, marked scheduled, was never sent nor left for the runner. Now the PATCH is not repeated:
 * the booking looks, finds its own event on the item, and the meeting's call is held or left pending for the runner.
 */
describe.each([
  ['its item', (id: string): Target => ({ method: 'PATCH', path: `/lists/Meetings/items/${id}/fields$` }), 0],
  ['the $batch carrying the items and calls', (): Target => ({ method: 'POST', path: '^/\\$batch$' }), 2],
] as const)('booking a meeting planned by hand, Graph acting on %s and losing the answer', (_what, target, skip) => {
  it.each(['act-then-504', 'act-then-drop'] as const)("%s: the meeting is this booking's, booked once, its call not lost", async (kind) => {
    const planned = await plannedByHand(graph, forum.siteId, `Møde 1/${YEAR}`, `${YEAR}-02-11T08:00:00Z`, `${YEAR}-02-11T10:00:00Z`);
    const meetings = await drafts();
    expect(meetings.filter((m) => m.existing && !m.existing.booked).map((m) => m.existing?.id)).toEqual([planned.id]);
    await inject(sb, kind, target(planned.id), { skip });
    const result = await new MeetingYearStore(graph, forum).book({ forum, commissorium: c, organiser: secretary, meetings, now: NOW });
    expect(await faultsMet(sb)).toBe(true);
    const booked = result.meetings.find((m) => m.itemId === planned.id);
    expect(booked).toMatchObject({ itemId: planned.id });
    expect(booked?.error).toBeUndefined();
    expect(booked?.bookedElsewhere).toBeUndefined();
    const item = (await new MeetingStore(graph, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).find((m) => m.id === planned.id);
    expect(item?.eventId).toBe(booked?.eventId);
    const counted = await year();
    // Seven meetings recorded by the booking (the eighth is the item planned by hand), one event each.
    expect({ ...counted, calls: undefined }).toEqual({ ...BOOKED_ONCE, items: 7, calls: undefined });
    // Its call is held in the forum mailbox with the others, or left pending for the app and `sekretariat remind`.
    if (item?.callForItems === 'pending') expect(counted.calls).toBe(3);
    else expect([item?.callForItems, counted.calls]).toEqual(['scheduled', 4]);
  });
});

describe('booking a year, other faults', () => {
  it("412: a colleague edits a meeting between a re-booking's two round trips — that meeting is reported, nothing is doubled; booking again completes", async () => {
    await book();
    const isItemWrite = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/Meetings/items/');
    const paused = pausingGraph(graph, isItemWrite);
    const rebooking = new MeetingYearStore(paused.graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: await drafts(),
      now: NOW,
    });
    await paused.reached;
    const [first] = (await new MeetingStore(graph, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).filter((m) =>
      m.correlationId?.includes(`:${YEAR}-`),
    );
    if (!first) throw new Error('nothing booked');
    await graph.patch(
      `${listItemUrl(forum.siteId, 'Meetings', first.id)}/fields`,
      { Location: 'Et andet lokale' },
      { ifMatch: first.etag },
    );
    paused.release();
    const result = await rebooking;
    expect(result.meetings.filter((m) => m.error)).toHaveLength(1);
    expect(await year()).toEqual(BOOKED_ONCE);
    await book();
    expect(await year()).toEqual(BOOKED_ONCE);
  });

  it("a booking that dies after a meeting's item is written, before its call went: booking again completes every meeting once", async () => {
    const isItemCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Meetings\/items$/.test(r.url);
    // The items go in the order of the drafts, each ordinary meeting's call right after its item.
    const firstOrdinary = (await drafts()).findIndex((d) => d.kind === 'ordinary');
    await expect(book(dyingGraph(graph, isItemCreate, firstOrdinary + 1))).rejects.toBeInstanceOf(ProcessDied);
    await book();
    expect(await year()).toEqual(BOOKED_ONCE);
  });

  it('two secretaries booking the same year at once: one event, one item and one held call per meeting, both told the year is booked', async () => {
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    const [a, b] = await Promise.all([book(), book(other)]);
    expect(await year()).toEqual(BOOKED_ONCE);
    // Both see every meeting booked, under the same item.
    const ids = (r: BookingResult): (string | undefined)[] => r.meetings.map((m) => m.itemId);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a).every((id) => id !== undefined)).toBe(true);
    await book();
    expect(await year()).toEqual(BOOKED_ONCE);
  });

  it("the booking that loses the race for the items adopts the winner's: no error, each meeting reported as booked elsewhere, nothing of it doubled", async () => {
    // The first booking has read the year (nothing recorded) and made the events when the second runs whole.
    const isItemCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Meetings\/items$/.test(r.url);
    const paused = pausingGraph(graph, isItemCreate);
    const first = new MeetingYearStore(paused.graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: await drafts(),
      now: NOW,
    });
    await paused.reached;
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    const winner = await book(other);
    expect(winner.meetings.some((m) => m.bookedElsewhere)).toBe(false);
    paused.release();
    const loser = await first;
    expect(loser.ok).toBe(true);
    expect(loser.meetings.every((m) => m.bookedElsewhere === true)).toBe(true);
    expect(loser.meetings.map((m) => [m.itemId, m.callForItems])).toEqual(winner.meetings.map((m) => [m.itemId, m.callForItems]));
    expect(await year()).toEqual(BOOKED_ONCE);
  });
});
