import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { draftFromPlan, type DraftMeeting } from '../../../src/domain/plan-draft';
import type { Forum } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import { bookMeetings, correlationIdFor } from '../../../src/store/booking';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { graphFor, type WireWatch } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Booking a year plan against the sandbox: round trips, idempotency under throttling, what lands where. */
let sandbox: TestSandbox;
let graph: Graph;
let wire: WireWatch;
let forum: Forum;
const c = { ...PRESETS['horsens-2024'], rooms: ['Testlokalet'] };
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
const NOW = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  sandbox = await startTestSandbox();
  ({ graph, wire } = await graphFor(sandbox, TEST_PEOPLE.secretary.mail, { sleep: () => Promise.resolve() }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
});

afterAll(async () => {
  await sandbox.dispose();
});

beforeEach(async () => {
  await call(sandbox, 'DELETE', '/_sandbox/faults');
  wire.reset();
});

async function draftsFor(year: number): Promise<DraftMeeting[]> {
  const existing = await new MeetingStore(graph, forum).from(`${year - 1}-12-01T00:00:00Z`);
  return draftFromPlan(planYear(year, c), existing);
}

async function events(owner: 'group' | 'secretary', year: number): Promise<Event[]> {
  const path = owner === 'group' ? `/groups/${forum.groupId}/events` : `/users/${TEST_PEOPLE.secretary.mail}/events`;
  const all = await graph.all<Event>(`${path}?$top=200`);
  // Meetings by the year they are held in; deadline entries by the meeting they belong to ("… – Møde 2/2027").
  return all.filter((e) => (e.isAllDay ? (e.subject ?? '').endsWith(`/${year}`) : (e.start?.dateTime ?? '').startsWith(String(year))));
}

async function meetingItems(year: number) {
  return (await new MeetingStore(graph, forum).from(`${year - 1}-12-01T00:00:00Z`)).filter((m) =>
    m.correlationId?.startsWith(`plan:${forum.groupId}:${year}-`),
  );
}

describe('booking a year plan', () => {
  it('books 4 meetings, 4 planning meetings and their deadline entries in at most 2 sequential round trips', async () => {
    const drafts = await draftsFor(2027);
    expect(drafts.filter((d) => d.kind === 'ordinary')).toHaveLength(4);
    wire.reset();

    const result = await bookMeetings(graph, { forum, commissorium: c, organiser: secretary, meetings: drafts, now: NOW });

    expect(result.ok).toBe(true);
    expect(wire.bursts).toBeLessThanOrEqual(2);
    const group = (await events('group', 2027)).filter((e) => e.subject?.includes('Møde'));
    expect(group).toHaveLength(4);
    for (const e of group) {
      expect(e.isOnlineMeeting).toBe(true);
      expect(e.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      expect(e.location?.displayName).toBe('Testlokalet');
      expect(e.attendees?.map((a) => a.emailAddress?.address)).toEqual(
        expect.arrayContaining(forum.members.filter((m) => m.role !== 'observer').map((m) => m.email)),
      );
    }
    const mine = await events('secretary', 2027);
    expect(mine.filter((e) => !e.isAllDay && /Planlægningsmøde/.test(e.subject ?? ''))).toHaveLength(4);
    expect(mine.filter((e) => e.isAllDay)).toHaveLength(4 * 5);

    const items = await meetingItems(2027);
    expect(items).toHaveLength(8);
    for (const item of items) {
      expect(item.status).toBe('booked');
      expect(item.eventId).toBeTruthy();
      const booked = result.meetings.find((m) => correlationIdFor(forum, m.meetingRef) === item.correlationId);
      expect(booked?.eventId).toBe(item.eventId);
    }
    const planning = items.filter((m) => m.kind === 'planning');
    for (const p of planning) {
      const prepared = items.find((m) => m.correlationId === p.prepares);
      expect(prepared).toBeDefined();
      expect(p.start < (prepared?.start ?? '')).toBe(true);
      expect(p.eventOwner).toBe(TEST_PEOPLE.secretary.mail);
    }
    for (const m of items.filter((x) => x.kind === 'ordinary')) {
      expect(Object.keys(m.deadlineEvents ?? {}).sort()).toEqual([
        'agenda-sent',
        'call-for-items',
        'chairs-approve',
        'minutes-draft',
        'owner',
        'submissions-close',
      ]);
      expect(m.callForItems).toBe('pending');
    }
  });

  it('with a 429 on half the sub-requests, still ends with exactly one event and one item per meeting', async () => {
    const drafts = await draftsFor(2028);
    const eventCount = drafts.length + drafts.filter((d) => d.kind !== 'planning').length * 5;
    await call(sandbox, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'POST', path: '/events' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: Math.ceil(eventCount / 2) },
    });
    await call(sandbox, 'POST', '/_sandbox/faults', {
      body: {
        match: { method: 'POST', path: '/items' },
        fault: { kind: '429', retryAfterSeconds: 1 },
        count: Math.ceil(drafts.length / 2),
      },
    });

    const result = await bookMeetings(graph, { forum, commissorium: c, organiser: secretary, meetings: drafts, now: NOW });

    expect(result.ok).toBe(true);
    expect(graph.stats.retries).toBeGreaterThanOrEqual(Math.ceil(eventCount / 2));
    expect((await events('group', 2028)).filter((e) => e.subject?.includes('Møde'))).toHaveLength(4);
    const mine = await events('secretary', 2028);
    expect(mine.filter((e) => !e.isAllDay && /Planlægningsmøde/.test(e.subject ?? ''))).toHaveLength(4);
    expect(mine.filter((e) => e.isAllDay)).toHaveLength(20);
    expect(await meetingItems(2028)).toHaveLength(8);
  });

  it('booking the same plan again after a failed second round creates nothing twice', async () => {
    const drafts = await draftsFor(2029);
    await call(sandbox, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path: '/items' }, fault: { kind: '503' } } });
    const failed = await bookMeetings(graph, { forum, commissorium: c, organiser: secretary, meetings: drafts, now: NOW });
    expect(failed.ok).toBe(false);
    expect(await meetingItems(2029)).toHaveLength(0);

    await call(sandbox, 'DELETE', '/_sandbox/faults');
    const again = await bookMeetings(graph, { forum, commissorium: c, organiser: secretary, meetings: await draftsFor(2029), now: NOW });
    expect(again.ok).toBe(true);
    const third = await bookMeetings(graph, { forum, commissorium: c, organiser: secretary, meetings: drafts, now: NOW });
    expect(third.ok).toBe(true);

    expect((await events('group', 2029)).filter((e) => e.subject?.includes('Møde'))).toHaveLength(4);
    expect((await events('secretary', 2029)).filter((e) => e.isAllDay)).toHaveLength(20);
    const items = await meetingItems(2029);
    expect(items).toHaveLength(8);
    expect(new Set(items.map((m) => m.eventId)).size).toBe(8);
  });

  it("schedules each meeting's call for items as a deferred mail in the same two round trips", async () => {
    const drafts = await draftsFor(2030);
    wire.reset();
    const result = await new MeetingYearStore(graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: drafts,
      now: NOW,
    });
    expect(result.ok).toBe(true);
    expect(wire.bursts).toBeLessThanOrEqual(2);
    const ordinary = (await meetingItems(2030)).filter((m) => m.kind === 'ordinary');
    expect(ordinary.map((m) => m.callForItems)).toEqual(['scheduled', 'scheduled', 'scheduled', 'scheduled']);
    const outbox = await graph.all<{ subject?: string }>(`/users/${forum.mailbox}/mailFolders/outbox/messages?$top=50`);
    expect(outbox).toHaveLength(4);
  });
});
