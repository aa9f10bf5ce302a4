import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import type { Forum } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { sendDueCallsForItems } from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { moveMeeting } from '../../../src/store/meeting-changes';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { dyingGraph, pausingGraph, ProcessDied } from '../support/attempts';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, outboxTo, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, the call for items sent when due (docs/RELIABILITY.md): each wire fault on the call's draft and
 * on its send, a colleague's edit that makes the claim meet a 412 (and a move that makes its record meet one), and a
 * sender that dies after its mail went — each time the next run included, every member gets the call once and the
 * meeting says it went (or, after a crash, the call is listed as stuck and never sent again; after a move, the new
 * date gets its own call). Two senders at once: store/call-for-items.test.ts.
 */
const SHARED = 'tsg-sekretariat@testregion.example';
const SUBJECT = 'TSG: Punkter til mødet 29. oktober';
// The steering group's meeting 2 (29 October 2026, booked): its call is due from 24 September until 8 October.
const NOW = new Date('2026-10-01T07:00:00Z');
const MINUTE = 60_000;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

const graphAs = (user: string): Graph =>
  createGraph({
    tokens: new SandboxTokenProvider(sb.url, user, undefined, () => NOW.getTime()),
    scopes: ['Sites.ReadWrite.All', 'Mail.Send'],
    baseUrl: sb.graphUrl,
    sleep: () => Promise.resolve(),
  });

beforeEach(async () => {
  sb = await startTestSandbox(undefined, { now: () => NOW });
  graph = graphAs(TEST_PEOPLE.secretary.mail);
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
});
afterEach(() => sb.dispose());

async function calls(): Promise<{ sentItems: number; drafts: number; chairInbox: number; external: string[] }> {
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const count = async (path: string, t: string): Promise<number> =>
    (await call<{ value: { subject: string }[] }>(sb, 'GET', `${path}?$select=subject&$top=100`, { token: t })).body.value.filter((m) =>
      m.subject.startsWith(SUBJECT),
    ).length;
  return {
    sentItems: await count(`/users/${SHARED}/mailFolders/sentitems/messages`, token),
    drafts: await count(`/users/${SHARED}/mailFolders/drafts/messages`, token),
    chairInbox: await count('/me/mailFolders/inbox/messages', await tokenFor(sb, TEST_PEOPLE.chair.mail)),
    external: await outboxTo(sb, SUBJECT),
  };
}
const ONCE = { sentItems: 1, drafts: 0, chairInbox: 1, external: [TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort() };

async function meeting2() {
  const m = (await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-10-29T00:00:00Z')).find((x) => x.title === 'Styregruppemøde 2');
  if (!m) throw new Error('seed has no meeting 2');
  return m;
}

/** What the fault hits: the draft or the send as sub-requests, or the whole `$batch` carrying them (the first `$batch` looks up an earlier attempt's mail). */
const TARGETS: readonly (readonly [string, Target, number])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  ['the $batch carrying its draft', { method: 'POST', path: '^/\\$batch$' }, 1],
  ['the $batch carrying its send', { method: 'POST', path: '^/\\$batch$' }, 2],
];

describe.each(WIRE_FAULTS)('the call for items under %s', (kind) => {
  it.each(TARGETS)('on %s, then the next run: one call to every member, recorded sent', async (_what, target, skip) => {
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, async () => {
      const report = await sendDueCallsForItems(graph, await new ForumStore(graph).load(TEST_FORUMS.steering), NOW);
      if (report.failed.length > 0) throw new Error(`failed: ${report.failed.map((f) => f.error).join('; ')}`);
      return report;
    });
    expect(await calls()).toEqual(ONCE);
    expect((await meeting2()).callForItems).toBe('sent');
    expect((await sendDueCallsForItems(graph, forum, NOW)).sent).toEqual([]);
  });
});

describe('the call for items, other faults', () => {
  it('412: a colleague edits the meeting as the sender claims it — that run sends nothing, the next sends once', async () => {
    const isClaim = (r: { method: string; url: string }): boolean => r.method === 'PATCH' && r.url.includes('/lists/Meetings/items/');
    const paused = pausingGraph(graph, isClaim);
    const running = sendDueCallsForItems(paused.graph, forum, NOW);
    await paused.reached;
    const m = await meeting2();
    await graphAs(TEST_PEOPLE.secretary.mail).patch(
      `${listItemUrl(forum.siteId, 'Meetings', m.id)}/fields`,
      { Location: 'Et andet lokale' },
      { ifMatch: m.etag },
    );
    paused.release();
    const first = await running;
    expect(first.sent).toEqual([]);
    expect(first.skipped.map((s) => s.reason)).toEqual(['claimed-elsewhere']);
    expect(await calls()).toEqual({ sentItems: 0, drafts: 0, chairInbox: 0, external: [] });

    const next = await sendDueCallsForItems(graph, forum, NOW);
    expect(next.sent.map((s) => s.title)).toEqual(['Styregruppemøde 2']);
    expect(await calls()).toEqual(ONCE);
  });

  it('412: the meeting is moved a week while its call goes — the call for the old date went once, the move stands, and the next run calls for the new date', async () => {
    let patches = 0;
    const isRecord = (r: { method: string; url: string }): boolean =>
      r.method === 'PATCH' && r.url.includes('/lists/Meetings/items/') && ++patches === 2;
    const paused = pausingGraph(graph, isRecord);
    const running = sendDueCallsForItems(paused.graph, forum, NOW);
    await paused.reached;
    // A colleague moves the meeting (as she sees it: claimed, its call going) to 5 November: between the send and its record.
    const claimed = await meeting2();
    const newStart = new Date(Date.parse(claimed.start) + 7 * 24 * 3600 * 1000).toISOString().replace(/\.000Z$/, 'Z');
    const colleague = graphAs(TEST_PEOPLE.secretary.mail);
    const settings = forum.settings;
    if (!settings) throw new Error('the steering group has no settings');
    expect(
      (await moveMeeting(colleague, { forum, commissorium: settings, meeting: claimed, calls: { forum, now: NOW } }, newStart)).failed,
    ).toEqual([]);
    paused.release();
    expect((await running).sent.map((s) => s.title)).toEqual(['Styregruppemøde 2']);
    expect(await calls()).toEqual(ONCE);
    // The call that went was for 29 October: not recorded over the move, which left the new date's call to go.
    const moved = await meeting2();
    expect(moved.start).toBe(newStart);
    expect(moved.callForItems).not.toBe('sent');
    expect(moved.callForItemsClaim).toBeUndefined();

    const next = await sendDueCallsForItems(graph, forum, NOW);
    expect(next.sent).toEqual([expect.objectContaining({ subject: expect.stringMatching(/^TSG: Punkter til mødet 5\. november/) })]);
    expect((await meeting2()).callForItems).toBe('sent');
    expect((await sendDueCallsForItems(graph, forum, NOW)).sent).toEqual([]);
    expect(await calls()).toEqual(ONCE);
  });

  it('a sender that dies after its mail went: one call; after the timeout the next sender takes it over, finds it sent and records it', async () => {
    const isSend = (r: { method: string; url: string }): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
    // Everything after the send fails as the process is gone: the attempt records nothing and keeps its claim.
    const dead = await sendDueCallsForItems(dyingGraph(graph, isSend), forum, NOW).catch((error: unknown) => error);
    expect(dead instanceof ProcessDied || (dead as { sent: unknown[] }).sent.length === 0).toBe(true);
    expect(await calls()).toEqual(ONCE);
    expect((await meeting2()).callForItemsClaim).toBeDefined();

    // Within the timeout the claim may be a live sender's: left alone.
    const soon = await sendDueCallsForItems(graph, forum, new Date(NOW.getTime() + 5 * MINUTE));
    expect(soon.sent).toEqual([]);
    expect(soon.skipped.map((s) => s.reason)).toEqual(['claimed-elsewhere']);

    const later = new Date(NOW.getTime() + 11 * MINUTE);
    expect(await stuckSteps(graph, forum, later)).toEqual([
      expect.objectContaining({ step: 'call-for-items', title: 'Styregruppemøde 2', resumable: true }),
    ]);
    const next = await sendDueCallsForItems(graph, forum, later);
    expect(next.sent.map((s) => s.title)).toEqual(['Styregruppemøde 2']);
    expect(await calls()).toEqual(ONCE);
    expect((await meeting2()).callForItems).toBe('sent');
    expect((await meeting2()).callForItemsClaim).toBeUndefined();
    expect(await stuckSteps(graph, forum, later)).toEqual([]);
    expect((await sendDueCallsForItems(graph, forum, later)).sent).toEqual([]);
    expect(await calls()).toEqual(ONCE);
  });

  it('a sender that dies after its draft was made, before it was sent: the takeover sends that draft, once', async () => {
    const isDraft = (r: { method: string; url: string }): boolean => r.method === 'POST' && /^\/users\/[^/]+\/messages$/.test(r.url);
    await sendDueCallsForItems(dyingGraph(graph, isDraft), forum, NOW).catch((error: unknown) => {
      if (!(error instanceof ProcessDied)) throw error;
    });
    expect((await calls()).sentItems).toBe(0);
    const next = await sendDueCallsForItems(graph, forum, new Date(NOW.getTime() + 11 * MINUTE));
    expect(next.sent.map((s) => s.title)).toEqual(['Styregruppemøde 2']);
    expect(await calls()).toEqual(ONCE);
  });
});
