import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { draftFromPlan, type DraftMeeting } from '../../../src/domain/plan-draft';
import type { Forum, SignedInUser } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import type { Seed } from '../../../src/sandbox/seed/types';
import type { BookingResult } from '../../../src/store/booking';
import { CALL_FOR_ITEMS_HEADER } from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { pausingGraph, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { plannedByHand } from '../support/planned-meeting';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * Two secretaries — two people, two calendars — book the same year at once (docs/RELIABILITY.md, "book year" × "two
 * runs at once"). The group calendar's events are shared through their transactionId, but the planning meetings and
 * the deadline entries go in the organiser's own calendar, where the transactionId keeps nothing apart: the booking
 * that loses the race for the items withdraws its twins, so each meeting keeps the events its item names.
 */
const SECOND = TEST_PEOPLE.outsider;
const seed: Seed = {
  ...testSeed,
  forums: testSeed.forums.map((f) =>
    f.groupId === TEST_FORUMS.steering.groupId
      ? { ...f, members: [...f.members, { person: SECOND.mail, role: 'secretariat' as const }] }
      : f,
  ),
};
const c = { ...PRESETS['horsens-2024'], rooms: ['Testlokalet'] };
const NOW = new Date('2026-11-23T10:00:00Z');
const YEAR = 2027;
const person = (p: { id: string; displayName: string; mail: string }): SignedInUser => ({ id: p.id, name: p.displayName, email: p.mail });
let sb: TestSandbox;
let sofie: Graph;
let otto: Graph;
let forum: Forum;

beforeEach(async () => {
  sb = await startTestSandbox(seed);
  ({ graph: sofie } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  ({ graph: otto } = await graphFor(sb, SECOND.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(sofie).load(TEST_FORUMS.steering);
});
afterEach(() => sb.dispose());

async function drafts(g: Graph): Promise<DraftMeeting[]> {
  return draftFromPlan(planYear(YEAR, c), await new MeetingStore(g, forum).from(`${YEAR - 1}-12-01T00:00:00Z`));
}
async function book(g: Graph, organiser: SignedInUser, meetings?: readonly DraftMeeting[]): Promise<BookingResult> {
  return new MeetingYearStore(g, forum).book({ forum, commissorium: c, organiser, meetings: meetings ?? (await drafts(g)), now: NOW });
}

/** What the year's booking made, counted where it lands: the group calendar, each secretary's calendar, the list, the Outbox. */
async function year(): Promise<Record<string, number>> {
  const all = async (path: string): Promise<Event[]> => sofie.all<Event>(`${path}?$top=300`);
  const inYear = (e: Event): boolean =>
    e.isAllDay ? (e.subject ?? '').endsWith(`/${YEAR}`) : (e.start?.dateTime ?? '').startsWith(String(YEAR));
  // Each secretary is invited to the other's planning meetings: organised and invited are counted apart.
  const calendar = async (mail: string): Promise<{ planning: number; invited: number; deadlines: number }> => {
    const mine = (await (mail === SECOND.mail ? otto : sofie).all<Event>(`/users/${mail}/events?$top=300`)).filter(
      (e) => inYear(e) && e.isCancelled !== true,
    );
    const planning = mine.filter((e) => !e.isAllDay && /Planlægningsmøde/.test(e.subject ?? ''));
    return {
      planning: planning.filter((e) => e.isOrganizer === true).length,
      invited: planning.filter((e) => e.isOrganizer !== true).length,
      deadlines: mine.filter((e) => e.isAllDay).length,
    };
  };
  const group = (await all(`/groups/${forum.groupId}/events`)).filter(inYear);
  const items = (await new MeetingStore(sofie, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).filter((m) => m.start.startsWith(String(YEAR)));
  const held = await sofie.all<{ internetMessageHeaders?: { name?: string; value?: string }[] }>(
    `/users/${forum.mailbox}/mailFolders/outbox/messages?$select=id,internetMessageHeaders&$top=50`,
  );
  const a = await calendar(TEST_PEOPLE.secretary.mail);
  const b = await calendar(SECOND.mail);
  return {
    meetings: group.filter((e) => e.subject?.includes('Møde')).length,
    planning: a.planning + b.planning,
    invited: a.invited + b.invited,
    deadlines: a.deadlines + b.deadlines,
    items: items.length,
    calls: held.filter((m) =>
      (m.internetMessageHeaders ?? []).some((h) => h.name === CALL_FOR_ITEMS_HEADER && (h.value ?? '').startsWith(String(YEAR))),
    ).length,
  };
}
// Each planning meeting once, organised by one secretary and with the other invited.
const BOOKED_ONCE = { meetings: 4, planning: 4, invited: 4, deadlines: 20, items: 8, calls: 4 };

describe('two secretaries booking the same year at once', () => {
  it("the one who loses the race for the items adopts the other's and withdraws the planning meetings and deadline entries it made in its own calendar", async () => {
    const isItemCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Meetings\/items$/.test(r.url);
    const paused = pausingGraph(sofie, isItemCreate);
    const first = book(paused.graph, person(TEST_PEOPLE.secretary));
    await paused.reached;
    const winner = await book(otto, person(SECOND));
    expect(winner.ok).toBe(true);
    paused.release();
    const loser = await first;
    expect(loser.ok).toBe(true);
    expect(loser.meetings.every((m) => m.bookedElsewhere === true)).toBe(true);
    expect(await year()).toEqual(BOOKED_ONCE);
    // The year's planning meetings and deadlines are the winner's, in the winner's calendar.
    const items = (await new MeetingStore(sofie, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).filter((m) =>
      m.correlationId?.includes(`:${YEAR}-`),
    );
    expect(items.filter((m) => m.kind === 'planning').every((m) => m.eventOwner === SECOND.mail)).toBe(true);
  });

  it('the one drafted before the other booked, and reading the year after: adopts every meeting without writing over it', async () => {
    const isEventCreate = (r: Seen): boolean => r.method === 'POST' && r.url.endsWith('/events');
    const meetings = await drafts(sofie);
    const paused = pausingGraph(sofie, isEventCreate);
    const first = book(paused.graph, person(TEST_PEOPLE.secretary), meetings);
    await paused.reached;
    expect((await book(otto, person(SECOND))).ok).toBe(true);
    paused.release();
    const late = await first;
    expect(late.ok).toBe(true);
    expect(late.meetings.every((m) => m.bookedElsewhere === true)).toBe(true);
    expect(await year()).toEqual(BOOKED_ONCE);
    const items = (await new MeetingStore(sofie, forum).from(`${YEAR - 1}-12-01T00:00:00Z`)).filter((m) =>
      m.correlationId?.includes(`:${YEAR}-`),
    );
    expect(items.filter((m) => m.kind === 'planning').every((m) => m.eventOwner === SECOND.mail)).toBe(true);
  });

  it("a meeting planned by hand, booked by both at once: the one whose write meets the other's (412) adopts it", async () => {
    const planned = await plannedByHand(sofie, forum.siteId, `Møde 1/${YEAR}`, `${YEAR}-03-09T08:00:00Z`, `${YEAR}-03-09T11:00:00Z`);
    const meetings = await drafts(sofie);
    expect(meetings.filter((m) => m.existing && !m.existing.booked).map((m) => m.existing?.id)).toEqual([planned.id]);
    const isItemWrite = (r: Seen): boolean => (r.method === 'POST' || r.method === 'PATCH') && r.url.includes('/lists/Meetings/items');
    const paused = pausingGraph(sofie, isItemWrite);
    const first = book(paused.graph, person(TEST_PEOPLE.secretary), meetings);
    await paused.reached;
    expect((await book(otto, person(SECOND), meetings)).ok).toBe(true);
    paused.release();
    const loser = await first;
    expect(loser.ok).toBe(true);
    expect(loser.meetings.every((m) => m.bookedElsewhere === true)).toBe(true);
    expect(loser.meetings.find((m) => m.itemId === planned.id)).toBeDefined();
    expect(await year()).toEqual(BOOKED_ONCE);
  });

  it('side by side: each meeting once, wherever its events landed', async () => {
    const [a, b] = await Promise.all([book(sofie, person(TEST_PEOPLE.secretary)), book(otto, person(SECOND))]);
    expect(a.ok && b.ok).toBe(true);
    expect(await year()).toEqual(BOOKED_ONCE);
  });
});
