import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { copenhagenDate, copenhagenToUtcIso } from '../../../src/domain/copenhagen-time';
import { draftFromPlan } from '../../../src/domain/plan-draft';
import type { Forum, Meeting } from '../../../src/domain/types';
import { deadlinesFor, planYear } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { ConflictError } from '../../../src/store/failures';
import { CALL_FOR_ITEMS_HEADER } from '../../../src/store/call-for-items-store';
import { callForItemsDates } from '../../../src/domain/call-for-items';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { cancelMeeting, moveMeeting } from '../../../src/store/meeting-changes';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Moving and cancelling a booked meeting: its event, its attendees' copies, its planning meeting and its deadlines. */
let sandbox: TestSandbox;
let graph: Graph;
let forum: Forum;
let meetings: Meeting[];
const c = PRESETS['horsens-2024'];
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  ({ graph } = await graphFor(sandbox, TEST_PEOPLE.secretary.mail, { sleep: () => Promise.resolve() }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const drafts = draftFromPlan(planYear(2027, c), []);
  const booked = await new MeetingYearStore(graph, forum).book({
    forum,
    commissorium: c,
    organiser: secretary,
    meetings: drafts,
    now: new Date('2026-11-23T10:00:00Z'),
  });
  expect(booked.ok).toBe(true);
  meetings = await reload();
});

afterAll(async () => {
  await sandbox.dispose();
});

async function reload(): Promise<Meeting[]> {
  return (await new MeetingStore(graph, forum).from('2027-01-01T00:00:00Z')).filter((m) => m.correlationId?.includes(':2027-'));
}

const byRef = (ref: string): Meeting => {
  const m = meetings.find((x) => x.correlationId?.endsWith(`:${ref}`));
  if (!m) throw new Error(`no meeting ${ref}`);
  return m;
};

async function event(path: string): Promise<Event> {
  return graph.get<Event>(path, { headers: { Prefer: 'outlook.timezone="Romance Standard Time"' } });
}

/** The chair's own copy of a group meeting (the invitation in their calendar). */
async function chairCopy(startIso: string): Promise<Event | undefined> {
  const token = await tokenFor(sandbox, TEST_PEOPLE.chair.mail);
  const from = new Date(new Date(startIso).getTime() - 60000).toISOString();
  const to = new Date(new Date(startIso).getTime() + 3 * 3600000).toISOString();
  const res = await call<{ value: Event[] }>(sandbox, 'GET', `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=50`, { token });
  return res.body.value.find((e) => e.start?.dateTime?.startsWith(startIso.slice(0, 16)) && e.subject?.includes('Teststyregruppen'));
}

describe('moving and cancelling a booked meeting', () => {
  it('moving a meeting a week moves its event (and the invitations), its planning meeting and its deadline entries', async () => {
    const meeting = byRef('2027-O2');
    const planning = byRef('2027-O2-P');
    const newStart = new Date(new Date(meeting.start).getTime() + 7 * 24 * 3600 * 1000).toISOString();
    const newDay = copenhagenDate(new Date(newStart));
    const oldPlanningStart = planning.start;

    const result = await moveMeeting(graph, { forum, commissorium: c, meeting, planning }, newStart);
    expect(result.failed).toEqual([]);

    const moved = await event(`/groups/${forum.groupId}/events/${meeting.eventId ?? ''}`);
    expect(copenhagenToUtcIso((moved.start?.dateTime ?? '').slice(0, 19))).toBe(newStart);
    const copy = await chairCopy(newStart);
    expect(copy?.subject).toContain('Teststyregruppen');

    meetings = await reload();
    expect(byRef('2027-O2').start).toBe(newStart.replace(/\.000Z$/, 'Z'));
    const movedPlanning = byRef('2027-O2-P');
    expect(movedPlanning.start > oldPlanningStart).toBe(true);
    expect(movedPlanning.start < byRef('2027-O2').start).toBe(true);
    const planningEvent = await event(`/users/${TEST_PEOPLE.secretary.mail}/events/${planning.eventId ?? ''}`);
    expect(copenhagenToUtcIso((planningEvent.start?.dateTime ?? '').slice(0, 19)).replace(/\.000Z$/, 'Z')).toBe(movedPlanning.start);

    for (const d of deadlinesFor('x', newDay, c)) {
      const id = meeting.deadlineEvents?.[d.kind] ?? '';
      const entry = await event(`/users/${TEST_PEOPLE.secretary.mail}/events/${id}?$select=start,isAllDay`);
      expect(entry.isAllDay).toBe(true);
      expect(entry.start?.dateTime?.slice(0, 10)).toBe(d.date);
    }
    expect(deadlinesFor('x', newDay, c).map((d) => d.date)).not.toEqual(
      deadlinesFor('x', copenhagenDate(new Date(meeting.start)), c).map((d) => d.date),
    );
  });

  it('a stale eTag is a conflict, not an overwrite', async () => {
    const stale = byRef('2027-O3');
    await graph.patch(`/sites/${forum.siteId}/lists/Meetings/items/${stale.id}/fields`, { Location: 'Et andet lokale' });
    await expect(
      moveMeeting(graph, { forum, commissorium: c, meeting: stale }, new Date(new Date(stale.start).getTime() + 86400000).toISOString()),
    ).rejects.toBeInstanceOf(ConflictError);
    meetings = await reload();
    expect(byRef('2027-O3').start).toBe(stale.start);
    const untouched = await event(`/groups/${forum.groupId}/events/${stale.eventId ?? ''}`);
    expect(copenhagenToUtcIso((untouched.start?.dateTime ?? '').slice(0, 19)).replace(/\.000Z$/, 'Z')).toBe(stale.start);
  });

  it('cancelling a meeting cancels its event for the attendees, its planning meeting, and removes its deadline entries', async () => {
    const meeting = byRef('2027-O4');
    const planning = byRef('2027-O4-P');
    const result = await cancelMeeting(graph, { forum, meeting, planning }, 'Mødet aflyses – punkterne flyttes til næste møde.');
    expect(result.failed).toEqual([]);

    // The organiser's event leaves the calendar; each attendee's copy stays, marked cancelled.
    const gone = await call(sandbox, 'GET', `/groups/${forum.groupId}/events/${meeting.eventId ?? ''}`, {
      token: await tokenFor(sandbox, TEST_PEOPLE.secretary.mail),
    });
    expect(gone.status).toBe(404);
    const copy = await chairCopy(meeting.start);
    expect(copy?.isCancelled).toBe(true);
    for (const id of Object.entries(meeting.deadlineEvents ?? {})
      .filter(([k]) => k !== 'owner')
      .map(([, v]) => v)) {
      const res = await call(sandbox, 'GET', `/users/${TEST_PEOPLE.secretary.mail}/events/${id}`, {
        token: await tokenFor(sandbox, TEST_PEOPLE.secretary.mail),
      });
      expect(res.status).toBe(404);
    }
    meetings = await reload();
    expect(byRef('2027-O4').status).toBe('cancelled');
    expect(byRef('2027-O4-P').status).toBe('cancelled');
  });

  it('a held call for items follows a moved meeting and is withdrawn when a meeting is cancelled', async () => {
    const held = async (): Promise<string[]> => {
      const messages = await graph.all<{ internetMessageHeaders?: { name?: string; value?: string }[] }>(
        `/users/${forum.mailbox}/mailFolders/outbox/messages?$select=id,internetMessageHeaders&$top=50`,
      );
      return messages
        .flatMap((m) => (m.internetMessageHeaders ?? []).filter((h) => h.name === CALL_FOR_ITEMS_HEADER).map((h) => h.value ?? ''))
        .sort();
    };
    const meeting = byRef('2027-O1');
    expect(meeting.callForItems).toBe('scheduled');
    const before = await held();
    const oldKey = meeting.start;
    expect(before).toContain(oldKey);

    const newStart = new Date(new Date(meeting.start).getTime() + 14 * 24 * 3600 * 1000).toISOString();
    const now = new Date('2026-11-23T10:00:00Z');
    const moved = await moveMeeting(graph, { forum, commissorium: c, meeting, calls: { forum, now } }, newStart);
    expect(moved.failed).toEqual([]);
    const after = await held();
    expect(after).not.toContain(oldKey);
    expect(after.filter((v) => v === newStart.replace(/\.000Z$/, 'Z'))).toHaveLength(1);
    expect(after).toHaveLength(before.length);
    meetings = await reload();
    const movedMeeting = byRef('2027-O1');
    expect(movedMeeting.callForItems).toBe('scheduled');
    expect(movedMeeting.callForItemsAt).toBe(callForItemsDates(newStart, c).sendAt.replace(/\.000Z$/, 'Z'));

    const cancelled = await cancelMeeting(graph, { forum, meeting: movedMeeting, calls: { forum, now } }, 'Aflyst.');
    expect(cancelled.failed).toEqual([]);
    const left = await held();
    expect(left).not.toContain(movedMeeting.start);
    expect(left).toHaveLength(before.length - 1);
  });

  it('a moved call and a cancellation whose answers are lost after Graph acted are settled by looking, never sent twice', async () => {
    const token = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
    const fault = async (path: string): Promise<void> => {
      expect(
        (
          await call(sandbox, 'POST', '/_sandbox/faults', {
            body: { match: { method: 'POST', path }, fault: { kind: 'act-then-504' }, count: 1 },
          })
        ).status,
      ).toBe(201);
    };
    const heldFor = async (start: string): Promise<number> => {
      const messages = await graph.all<{ internetMessageHeaders?: { name?: string; value?: string }[] }>(
        `/users/${forum.mailbox}/mailFolders/outbox/messages?$select=id,internetMessageHeaders&$top=50`,
      );
      return messages.filter((m) =>
        (m.internetMessageHeaders ?? []).some((h) => h.name === CALL_FOR_ITEMS_HEADER && h.value === start.replace(/\.000Z$/, 'Z')),
      ).length;
    };
    meetings = await reload();
    const meeting = byRef('2027-O3');
    expect(meeting.callForItems).toBe('scheduled');
    const newStart = new Date(new Date(meeting.start).getTime() + 7 * 24 * 3600 * 1000).toISOString();
    const now = new Date('2026-11-23T10:00:00Z');

    await fault('/sendMail$');
    const moved = await moveMeeting(graph, { forum, commissorium: c, meeting, calls: { forum, now } }, newStart);
    expect(moved.failed).toEqual([]);
    expect(await heldFor(newStart)).toBe(1);
    expect(await heldFor(meeting.start)).toBe(0);

    meetings = await reload();
    await call(sandbox, 'DELETE', '/_sandbox/stats');
    await fault('/cancel$');
    const cancelled = await cancelMeeting(graph, { forum, meeting: byRef('2027-O3'), calls: { forum, now } }, 'Aflyst.');
    expect(cancelled.failed).toEqual([]);
    const stats = (await call<{ byRoute: Record<string, number> }>(sandbox, 'GET', '/_sandbox/stats')).body.byRoute;
    expect(stats['POST /groups/:groupId/events/:eventId/cancel']).toBe(1);
    expect((await chairCopy(newStart))?.isCancelled).toBe(true);
    expect((await call(sandbox, 'GET', `/groups/${forum.groupId}/events/${meeting.eventId ?? ''}`, { token })).status).toBe(404);
  });
});
