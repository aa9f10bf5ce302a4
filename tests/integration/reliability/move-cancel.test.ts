import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { draftFromPlan } from '../../../src/domain/plan-draft';
import type { Forum, Meeting } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import { CALL_FOR_ITEMS_HEADER } from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { ConflictError } from '../../../src/store/failures';
import { listItemUrl } from '../../../src/store/list-item';
import { cancelMeeting, moveMeeting, type ChangeResult } from '../../../src/store/meeting-changes';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { dyingGraph, ProcessDied, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, moving and cancelling a booked meeting (docs/RELIABILITY.md): each wire fault on the event's
 * update or cancellation, the new held call for items, the old call's withdrawal and the `$batch` carrying the
 * change; a move and a cancellation that die after each request they send; a colleague's edit before a cancellation
 * (412); two secretaries changing the meeting at once — each time, with the press again where the first failed, the
 * attendees get one update (or one cancellation), and the forum mailbox holds one call, for the meeting's date. A
 * stale eTag on a move (412): booking/move-cancel.test.ts.
 */
const c = PRESETS['horsens-2024'];
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
const NOW = new Date('2026-11-23T10:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;
let subject = '';

beforeEach(async () => {
  sb = await startTestSandbox();
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const booked = await new MeetingYearStore(graph, forum).book({
    forum,
    commissorium: c,
    organiser: secretary,
    meetings: draftFromPlan(planYear(2027, c), []),
    now: NOW,
  });
  expect(booked.ok).toBe(true);
  meeting = await reload();
  expect(meeting.callForItems).toBe('scheduled');
  subject = (await graph.get<Event>(`/groups/${forum.groupId}/events/${meeting.eventId ?? ''}?$select=subject`)).subject ?? '';
  await call(sb, 'DELETE', '/_sandbox/outbox');
});
afterEach(async () => {
  await call(sb, 'DELETE', '/_sandbox/faults').catch(() => undefined);
  await sb.dispose();
});

/** The booked year's second ordinary meeting (or another by its key, e.g. its planning meeting), as it is now. */
async function reload(key = '2027-O2'): Promise<Meeting> {
  const found = (await new MeetingStore(graph, forum).from('2026-01-01T00:00:00Z')).find((m) => m.correlationId?.endsWith(`:${key}`));
  if (!found) throw new Error(`${key} not booked`);
  return found;
}

/** The calls for items the forum mailbox holds, by the meeting date they are for. */
async function heldCalls(): Promise<string[]> {
  const held = await graph.all<{ internetMessageHeaders?: { name?: string; value?: string }[] }>(
    `/users/${forum.mailbox}/mailFolders/outbox/messages?$select=id,internetMessageHeaders&$top=50`,
  );
  return held
    .flatMap((m) => (m.internetMessageHeaders ?? []).filter((h) => h.name === CALL_FOR_ITEMS_HEADER).map((h) => h.value ?? ''))
    .filter((v) => v.startsWith('2027-0'));
}
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/** The meeting messages the patient representative (outside the tenant) got about the meeting: updates and cancellations. */
async function notices(): Promise<{ updates: number; cancellations: number }> {
  const res = await call<{ value: { to: string[]; subject: string }[] }>(
    sb,
    'GET',
    `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.patient.mail)}`,
  );
  return {
    updates: res.body.value.filter((m) => m.subject === subject).length,
    cancellations: res.body.value.filter((m) => m.subject === `Canceled: ${subject}`).length,
  };
}

/** The booked meeting's event (or another's) for the organiser: still standing, or gone (a cancellation removes it). */
async function eventStatus(m: Meeting = meeting): Promise<'standing' | 'gone'> {
  const res = await call(sb, 'GET', `/groups/${forum.groupId}/events/${m.eventId ?? ''}`, {
    token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
  });
  if (res.status !== 200 && res.status !== 404) throw new Error(`event: ${res.status}`);
  return res.status === 200 ? 'standing' : 'gone';
}

/** The meeting's deadline entries in the organiser's calendar that still stand. */
async function deadlineEntriesLeft(): Promise<number> {
  const { owner, ...ids } = meeting.deadlineEvents ?? {};
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const found = await Promise.all(
    Object.values(ids).map(async (id) => (await call(sb, 'GET', `/users/${owner ?? ''}/events/${id}`, { token })).status),
  );
  return found.filter((s) => s !== 404).length;
}

/** What a cancellation leaves: the meeting shown cancelled, its event gone, its call withdrawn, its deadline entries gone, what the attendees got. */
async function cancelledOnce(): Promise<{
  status: string;
  event: string;
  calls: string[];
  deadlines: number;
  notices: { updates: number; cancellations: number };
}> {
  return {
    status: (await reload()).status,
    event: await eventStatus(),
    calls: (await heldCalls()).filter((d) => d === meeting.start),
    deadlines: await deadlineEntriesLeft(),
    notices: await notices(),
  };
}
const CANCELLED_ONCE = { status: 'cancelled', event: 'gone', calls: [], deadlines: 0, notices: { updates: 0, cancellations: 1 } };

/** The change as the secretary makes it: on the meeting as shown now; pressed again only when the first attempt failed. */
function pressUntilDone(change: (m: Meeting) => Promise<ChangeResult>): () => Promise<ChangeResult> {
  let done: ChangeResult | undefined;
  return async () => {
    if (done) return done;
    const result = await change(await reload());
    if (result.failed.length > 0) throw new Error(`failed: ${result.failed.map((f) => `${f.id} ${f.status}`).join(', ')}`);
    done = result;
    return result;
  };
}

const MOVE: readonly (readonly [string, Target, number])[] = [
  ["the event's update", { method: 'PATCH', path: '^/groups/[^/]+/events/[^/]+$' }, 0],
  ['the new held call', { method: 'POST', path: '/sendMail$' }, 0],
  ["the old call's withdrawal", { method: 'DELETE', path: '/messages/[^/]+$' }, 0],
  ['the $batch carrying the change', { method: 'POST', path: '^/\\$batch$' }, 0],
];

describe.each(WIRE_FAULTS)('moving a meeting under %s', (kind) => {
  it.each(MOVE)(
    'on %s, then the press again: one update to the attendees, one held call, for the new date',
    async (_what, target, skip) => {
      const newStart = iso(Date.parse(meeting.start) + WEEK);
      await inject(sb, kind, target, { skip });
      await faultThenAgain(
        sb,
        kind,
        pressUntilDone((m) => moveMeeting(graph, { forum, commissorium: c, meeting: m, calls: { forum, now: NOW } }, newStart)),
      );
      expect((await reload()).start).toBe(newStart);
      expect(await heldCalls()).toEqual(expect.arrayContaining([newStart]));
      expect((await heldCalls()).filter((d) => d === newStart || d === meeting.start)).toEqual([newStart]);
      expect(await notices()).toEqual({ updates: 1, cancellations: 0 });
    },
  );
});

const CANCEL: readonly (readonly [string, Target, number])[] = [
  ["the event's cancellation", { method: 'POST', path: '/cancel$' }, 0],
  ["the meeting item's claim", { method: 'PATCH', path: '/lists/Meetings/items/[^/]+/fields$' }, 0],
  ["the meeting item's cancellation", { method: 'PATCH', path: '/lists/Meetings/items/[^/]+/fields$' }, 1],
  ["the call's withdrawal", { method: 'DELETE', path: '/messages/[^/]+$' }, 0],
  ['the $batch carrying the change', { method: 'POST', path: '^/\\$batch$' }, 0],
];

describe.each(WIRE_FAULTS)('cancelling a meeting under %s', (kind) => {
  it.each(CANCEL)('on %s, then the press again: one cancellation to the attendees, its call withdrawn', async (_what, target, skip) => {
    await inject(sb, kind, target, { skip });
    await faultThenAgain(
      sb,
      kind,
      pressUntilDone((m) => cancelMeeting(graph, { forum, meeting: m, calls: { forum, now: NOW } }, 'Aflyst.')),
    );
    expect((await reload()).status).toBe('cancelled');
    expect(
      (
        await call(sb, 'GET', `/groups/${forum.groupId}/events/${meeting.eventId ?? ''}`, {
          token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
        })
      ).status,
    ).toBe(404);
    expect((await heldCalls()).filter((d) => d === meeting.start)).toEqual([]);
    expect(await notices()).toEqual({ updates: 0, cancellations: 1 });
  });
});

describe('moving and cancelling, other faults', () => {
  // The app dies after each request a move sends (a closed laptop): the secretary then sees the meeting where its item
  // says, and moves it again only when it still shows the old date. Never a meeting shown moved whose old call waits
  // in the Outbox, never a second update.
  const onItem = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes(`/lists/Meetings/items/${meeting.id}/`);
  // [when, the request after which it dies, how many of those go first]
  const DEATHS: readonly (readonly [string, (r: Seen) => boolean, number])[] = [
    ["after the meeting's item is claimed", onItem, 1],
    ["after the event's update", (r) => r.method === 'PATCH' && /^\/groups\/[^/]+\/events\/[^/]+$/.test(r.url), 1],
    ['after the new call went', (r) => r.method === 'POST' && r.url.endsWith('/sendMail'), 1],
    ["after the old call's withdrawal", (r) => r.method === 'DELETE' && r.url.includes('/messages/'), 1],
    ["after the meeting's item is moved", onItem, 2],
  ];
  it.each(DEATHS)(
    'a move that dies %s, then moved again if it still shows the old date: one update, one held call, for the new date',
    async (_when, dies, after) => {
      const newStart = iso(Date.parse(meeting.start) + WEEK);
      await expect(
        moveMeeting(dyingGraph(graph, dies, after), { forum, commissorium: c, meeting, calls: { forum, now: NOW } }, newStart),
      ).rejects.toBeInstanceOf(ProcessDied);
      const shown = await reload();
      if (shown.start !== newStart)
        expect((await moveMeeting(graph, { forum, commissorium: c, meeting: shown, calls: { forum, now: NOW } }, newStart)).failed).toEqual(
          [],
        );
      expect((await reload()).start).toBe(newStart);
      expect((await heldCalls()).filter((d) => d === newStart || d === meeting.start)).toEqual([newStart]);
      expect(await notices()).toEqual({ updates: 1, cancellations: 0 });
    },
  );

  it("412: a colleague edits the meeting's item after the secretary loaded it, before she cancels — a conflict, nobody hears anything, the meeting stands; cancelled again on the fresh meeting: one cancellation", async () => {
    const fresh = await graph.get<{ '@odata.etag': string }>(listItemUrl(forum.siteId, 'Meetings', meeting.id));
    await graph.patch(
      `${listItemUrl(forum.siteId, 'Meetings', meeting.id)}/fields`,
      { Location: 'Et andet lokale' },
      { ifMatch: fresh['@odata.etag'] },
    );
    await expect(cancelMeeting(graph, { forum, meeting, calls: { forum, now: NOW } }, 'Aflyst.')).rejects.toBeInstanceOf(ConflictError);
    expect(await notices()).toEqual({ updates: 0, cancellations: 0 });
    expect(await eventStatus()).toBe('standing');
    expect(await heldCalls()).toContain(meeting.start);
    const shown = await reload();
    expect(shown).toMatchObject({ status: meeting.status, location: 'Et andet lokale' });
    expect((await cancelMeeting(graph, { forum, meeting: shown, calls: { forum, now: NOW } }, 'Aflyst.')).failed).toEqual([]);
    expect(await cancelledOnce()).toEqual(CANCELLED_ONCE);
  });

  // The app dies after each request a cancellation sends (in its one $batch: Graph stopping it half-way, or the
  // answer never read): the secretary then sees the meeting as its item says, and cancels it again while it still
  // shows as not cancelled. Never a meeting shown cancelled whose event still stands, or whose call still waits.
  const CANCEL_DEATHS: readonly (readonly [string, (r: Seen) => boolean, number])[] = [
    ["after the meeting's item is claimed", onItem, 1],
    ["after the event's cancellation", (r) => r.method === 'POST' && r.url.endsWith('/cancel'), 1],
    ["after the planning meeting's cancellation", (r) => r.method === 'POST' && r.url.endsWith('/cancel'), 2],
    ['after a deadline entry is removed', (r) => r.method === 'DELETE' && /^\/users\/[^/]+\/events\//.test(r.url), 1],
    ["after the call's withdrawal", (r) => r.method === 'DELETE' && r.url.includes('/messages/'), 1],
    [
      "after the planning meeting's item",
      (r) => r.method === 'PATCH' && /\/lists\/Meetings\/items\/[^/]+\/fields$/.test(r.url) && !onItem(r),
      1,
    ],
    ["after the meeting's item is cancelled", onItem, 2],
  ];
  it.each(CANCEL_DEATHS)(
    'a cancellation that dies %s, then cancelled again if it still shows as not cancelled: one cancellation, its call withdrawn, its deadline entries gone',
    async (_when, dies, after) => {
      const planning = await reload('2027-O2-P');
      const input = (m: Meeting, p: Meeting) => ({ forum, meeting: m, planning: p, calls: { forum, now: NOW } });
      await expect(cancelMeeting(dyingGraph(graph, dies, after), input(meeting, planning), 'Aflyst.')).rejects.toBeInstanceOf(ProcessDied);
      const shown = await reload();
      if (shown.status !== 'cancelled')
        expect((await cancelMeeting(graph, input(shown, await reload('2027-O2-P')), 'Aflyst.')).failed).toEqual([]);
      expect(await cancelledOnce()).toEqual(CANCELLED_ONCE);
      expect((await reload('2027-O2-P')).status).toBe('cancelled');
      expect(await eventStatus(planning)).toBe('gone');
    },
  );

  it('two secretaries moving the meeting to the same day at once: one moves it (the other meets the 412), one update, one held call', async () => {
    const newStart = iso(Date.parse(meeting.start) + WEEK);
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    const results = await Promise.allSettled(
      [graph, other].map((g) => moveMeeting(g, { forum, commissorium: c, meeting, calls: { forum, now: NOW } }, newStart)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.objectContaining({ name: 'ConflictError' }),
    ]);
    expect((await reload()).start).toBe(newStart);
    expect((await heldCalls()).filter((d) => d === newStart || d === meeting.start)).toEqual([newStart]);
    expect(await notices()).toEqual({ updates: 1, cancellations: 0 });
  });

  it('two secretaries cancelling the meeting at once: one cancellation to the attendees, its call withdrawn', async () => {
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    await Promise.allSettled([graph, other].map((g) => cancelMeeting(g, { forum, meeting, calls: { forum, now: NOW } }, 'Aflyst.')));
    expect((await reload()).status).toBe('cancelled');
    expect((await heldCalls()).filter((d) => d === meeting.start)).toEqual([]);
    expect(await notices()).toEqual({ updates: 0, cancellations: 1 });
  });
});
