import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { PRESETS } from '../../../src/domain/commissorium';
import { draftFromPlan } from '../../../src/domain/plan-draft';
import type { Forum } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { callForItemsDates } from '../../../src/domain/call-for-items';
import { sendDueCallsForItems } from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The call for items when Graph acts and the answer is lost: the sender's send, the booking's deferred sendMail in
 * its `$batch`, and the booking's item create. Each time exactly one call goes (or is held) per meeting.
 */
const SHARED = 'tsg-sekretariat@testregion.example';
// The steering group's meeting 2 (29 October 2026, booked): its call is due from 24 September until 8 October.
let clock = Date.parse('2026-10-01T07:00:00Z');
const NOW = new Date(clock);
const c = { ...PRESETS['horsens-2024'], rooms: ['Testlokalet'] };
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { now: () => new Date(clock) });
  graph = createGraph({
    tokens: new SandboxTokenProvider(sb.url, TEST_PEOPLE.secretary.mail, undefined, () => clock),
    scopes: ['Sites.ReadWrite.All', 'Mail.Send'],
    baseUrl: sb.graphUrl,
    sleep: () => Promise.resolve(),
  });
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

async function fault(path: string, kind: 'act-then-504' | 'act-then-drop', skip = 0): Promise<void> {
  expect(
    (await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path }, fault: { kind }, count: 1, skip } })).status,
  ).toBe(201);
}

async function chairInbox(subjectStart: string): Promise<string[]> {
  const res = await call<{ value: { subject: string }[] }>(sb, 'GET', '/me/messages?$top=200&$select=subject', {
    token: await tokenFor(sb, TEST_PEOPLE.chair.mail),
  });
  return res.body.value.map((m) => m.subject).filter((s) => s.startsWith(subjectStart));
}

async function heldCalls(): Promise<string[]> {
  const res = await call<{ value: { subject: string }[] }>(
    sb,
    'GET',
    `/users/${SHARED}/mailFolders/outbox/messages?$top=100&$select=subject`,
    { token: await tokenFor(sb, TEST_PEOPLE.secretary.mail) },
  );
  return res.body.value.map((m) => m.subject);
}

describe('the call for items when the answer is lost after Graph acted', () => {
  it('the sender: a send answered 504 after it went is one call, recorded sent; the next run sends nothing', async () => {
    await fault('/send$', 'act-then-504');
    const report = await sendDueCallsForItems(graph, forum, NOW);
    expect(report.sent.map((s) => [s.title, s.recorded])).toEqual([['Styregruppemøde 2', true]]);
    expect([...report.stuck, ...report.failed]).toEqual([]);
    expect(await chairInbox('TSG: Punkter til mødet 29. oktober')).toHaveLength(1);
    const m2 = (await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-10-29T00:00:00Z')).find(
      (m) => m.title === 'Styregruppemøde 2',
    );
    expect(m2?.callForItems).toBe('sent');

    const again = await sendDueCallsForItems(graph, await new ForumStore(graph).load(TEST_FORUMS.steering), NOW);
    expect(again.sent).toEqual([]);
    expect(await chairInbox('TSG: Punkter til mødet 29. oktober')).toHaveLength(1);
  });

  it('the booking: a deferred sendMail in its $batch answered 504 after Exchange held it is one held call, still scheduled', async () => {
    const drafts = draftFromPlan(planYear(2027, c), []);
    await fault('/sendMail$', 'act-then-504');
    const result = await new MeetingYearStore(graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: drafts,
      now: NOW,
    });
    expect(result.ok).toBe(true);
    const items = (await new MeetingStore(graph, forum).from('2026-12-01T00:00:00Z')).filter((m) =>
      m.correlationId?.startsWith(`plan:${forum.groupId}:2027-`),
    );
    const ordinary = items.filter((m) => m.kind === 'ordinary');
    expect(ordinary.map((m) => m.callForItems)).toEqual(['scheduled', 'scheduled', 'scheduled', 'scheduled']);
    const held = (await heldCalls()).filter((s) => s.includes('2027'));
    expect(held).toHaveLength(4);
    expect(new Set(held).size).toBe(4);
  });

  it('the booking: a meeting item created whose answer was lost is adopted, and its call goes back to pending (sent once when due)', async () => {
    const drafts = draftFromPlan(planYear(2028, c), []);
    // The first ordinary meeting's item: the item creates go in the order of the drafts.
    const first = drafts.findIndex((d) => d.kind === 'ordinary');
    await fault('/lists/Meetings/items$', 'act-then-504', first);
    const result = await new MeetingYearStore(graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: drafts,
      now: NOW,
    });
    expect(result.ok).toBe(true);
    expect(result.meetings.every((m) => m.itemId)).toBe(true);
    const items = (await new MeetingStore(graph, forum).from('2027-12-01T00:00:00Z')).filter((m) =>
      m.correlationId?.startsWith(`plan:${forum.groupId}:2028-`),
    );
    expect(items).toHaveLength(drafts.length);
    const ordinary = items.filter((m) => m.kind === 'ordinary').sort((a, b) => a.start.localeCompare(b.start));
    // Its call was not sent with it (it depended on the item, whose answer was 504): pending, for the sender.
    expect(ordinary.map((m) => m.callForItems)).toEqual(['pending', 'scheduled', 'scheduled', 'scheduled']);
    expect((await heldCalls()).filter((s) => s.includes('2028'))).toHaveLength(3);

    // On its call day the sender sends it, once.
    const pending = ordinary[0];
    if (!pending) throw new Error('no ordinary meeting');
    clock = Date.parse(callForItemsDates(pending.start, c).sendAt) + 60_000;
    const due = await sendDueCallsForItems(graph, await new ForumStore(graph).load(TEST_FORUMS.steering), new Date(clock));
    const sent = due.sent.filter((s) => s.meetingId === pending.id);
    expect(sent).toHaveLength(1);
    expect(await chairInbox(sent[0]?.subject ?? '?')).toHaveLength(1);
    const later = await sendDueCallsForItems(graph, await new ForumStore(graph).load(TEST_FORUMS.steering), new Date(clock));
    expect(later.sent).toEqual([]);
    expect(await chairInbox(sent[0]?.subject ?? '?')).toHaveLength(1);
  });
});
