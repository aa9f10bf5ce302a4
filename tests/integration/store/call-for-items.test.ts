import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { callForItemsDates } from '../../../src/domain/call-for-items';
import type { Forum, Meeting } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import {
  CALL_FOR_ITEMS_HEADER,
  callForItemsBooking,
  callForItemsRequest,
  sendDueCallsForItems,
  withdrawScheduledCallForItems,
} from '../../../src/store/call-for-items-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The call for items against the sandbox: two senders at once send one mail per meeting, a second run sends
 * nothing, and a call booked ahead (PidTagDeferredSendTime) waits in the forum mailbox's Outbox until its time.
 */
interface Message {
  id: string;
  subject: string;
  sentDateTime: string;
  internetMessageHeaders?: { name: string; value: string }[];
  bccRecipients: { emailAddress: { address: string } }[];
}
interface OutboxMail {
  to: string[];
  subject: string;
}

const SHARED = 'tsg-sekretariat@testregion.example';
// The steering group's meeting 2 (29 October 2026, booked): submissions close 8 October, the call goes 24 September.
let clock = Date.parse('2026-10-01T07:00:00Z');
let sb: TestSandbox;

const graphAs = (user: string): Graph =>
  createGraph({
    tokens: new SandboxTokenProvider(sb.url, user, undefined, () => clock),
    scopes: ['Sites.ReadWrite.All', 'Mail.Send'],
    baseUrl: sb.graphUrl,
  });

async function inbox(user: string, subjectStart: string): Promise<Message[]> {
  const token = await tokenFor(sb, user);
  const res = await call<{ value: Message[] }>(
    sb,
    'GET',
    '/me/messages?$top=100&$select=subject,sentDateTime,internetMessageHeaders,bccRecipients',
    { token },
  );
  if (res.status !== 200) throw new Error(`inbox of ${user}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.value.filter((m) => m.subject.startsWith(subjectStart));
}

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { now: () => new Date(clock) });
});
afterAll(() => sb.dispose());

async function loadForum(graph: Graph): Promise<Forum> {
  return new ForumStore(graph).load(TEST_FORUMS.steering);
}

describe('sendDueCallsForItems against the sandbox', () => {
  it('two senders at once: exactly one mail per meeting, and the meeting is marked sent', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const a = graphAs(TEST_PEOPLE.secretary.mail);
    const b = graphAs(TEST_PEOPLE.secretary.mail);
    const [forumA, forumB] = await Promise.all([loadForum(a), loadForum(b)]);
    const now = new Date(clock);
    const [ra, rb] = await Promise.all([sendDueCallsForItems(a, forumA, now), sendDueCallsForItems(b, forumB, now)]);

    const sent = [...ra.sent, ...rb.sent];
    expect(sent.map((s) => [s.title, s.recipients, s.recorded])).toEqual([['Styregruppemøde 2', 3, true]]);
    expect([...ra.stuck, ...rb.stuck, ...ra.failed, ...rb.failed]).toEqual([]);
    // The other sender lost the claim (412) or saw it taken; it sent nothing.
    expect([...ra.skipped, ...rb.skipped].every((s) => s.reason === 'claimed-elsewhere')).toBe(true);

    const subject = sent[0]?.subject ?? '';
    expect(subject).toMatch(/^TSG: Punkter til mødet 29\. oktober 2026 – frist 8\. oktober 2026$/);
    const chairMail = await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter');
    expect(chairMail.map((m) => m.subject)).toEqual([subject]);
    expect(chairMail[0]?.internetMessageHeaders?.find((h) => h.name === CALL_FOR_ITEMS_HEADER)?.value).toBe('2026-10-29T08:00:00Z');
    // Members outside the tenant get it once each; the secretary (To: the forum mailbox) is not on Bcc.
    const outbox = (await call<{ value: OutboxMail[] }>(sb, 'GET', '/_sandbox/outbox')).body.value;
    expect(
      outbox
        .filter((m) => m.subject === subject)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort());
    expect(await inbox(TEST_PEOPLE.secretary.mail, 'TSG: Punkter')).toEqual([]);
    // The forum mailbox has its copy (To) and the Sent Items copy.
    const shared = await call<{ value: Message[] }>(
      sb,
      'GET',
      `/users/${SHARED}/mailFolders/sentitems/messages?$select=subject,bccRecipients`,
      { token: await tokenFor(sb, TEST_PEOPLE.secretary.mail) },
    );
    expect(shared.body.value.filter((m) => m.subject === subject)).toHaveLength(1);

    const meetings = await new MeetingStore(a, TEST_FORUMS.steering).from('2026-10-29T00:00:00Z');
    const m2 = meetings.find((m) => m.title === 'Styregruppemøde 2');
    expect(m2).toMatchObject({ callForItems: 'sent', callForItemsAt: '2026-10-01T07:00:00Z' });
  });

  it('a second run sends nothing', async () => {
    const graph = graphAs(TEST_PEOPLE.secretary.mail);
    const report = await sendDueCallsForItems(graph, await loadForum(graph), new Date(clock));
    expect(report).toEqual({ sent: [], skipped: [], stuck: [], failed: [] });
    expect(await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter')).toHaveLength(1);
  });

  it('a call booked ahead can be withdrawn from the Outbox when its meeting moves', async () => {
    const graph = graphAs(TEST_PEOPLE.secretary.mail);
    const forum = await loadForum(graph);
    const c = forum.settings;
    if (!c) throw new Error('the test forum has a commissorium');
    const moved = { kind: 'ordinary' as const, start: '2027-01-14T08:00:00Z', end: '2027-01-14T10:00:00Z', form: 'video' as const };
    const other = { ...moved, start: '2027-02-11T08:00:00Z', end: '2027-02-11T10:00:00Z' };
    const answers = await graph.batch([
      callForItemsRequest('a', forum, moved, c, callForItemsDates(moved.start, c).sendAt, new Date(clock)),
      callForItemsRequest('b', forum, other, c, callForItemsDates(other.start, c).sendAt, new Date(clock)),
    ]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(await withdrawScheduledCallForItems(graph, forum, moved.start)).toBe(1);
    expect(await withdrawScheduledCallForItems(graph, forum, moved.start)).toBe(0);
    const held = await call<{ value: Message[] }>(sb, 'GET', `/users/${SHARED}/mailFolders/outbox/messages?$select=subject`, {
      token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
    });
    expect(held.body.value.map((m) => m.subject)).toEqual(['TSG: Punkter til mødet 11. februar 2027 – frist 21. januar 2027']);
    expect(await withdrawScheduledCallForItems(graph, forum, other.start)).toBe(1);
  });

  it('a call booked ahead waits in the Outbox until its time, then is delivered once', async () => {
    const graph = graphAs(TEST_PEOPLE.secretary.mail);
    const forum = await loadForum(graph);
    const c = forum.settings;
    if (!c) throw new Error('the test forum has a commissorium');
    // Meeting 3 (10 December 2026): its call is due 5 November.
    const meetings = await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-12-01T00:00:00Z');
    const m3 = meetings.find((m) => m.title === 'Styregruppemøde 3') as Meeting;
    const { sendAt } = callForItemsDates(m3.start, c);
    expect(sendAt).toBe('2026-11-05T07:00:00.000Z');
    const booking = callForItemsBooking('call-m3', forum, m3, c, new Date(clock));
    expect(booking?.fields).toEqual({ CallForItems: 'scheduled', CallForItemsAt: sendAt });
    if (!booking?.request) throw new Error('expected a deferred sendMail');
    const [answer] = await graph.batch([booking.request]);
    expect(answer?.status).toBe(202);

    const held = await call<{ value: Message[] }>(
      sb,
      'GET',
      `/users/${SHARED}/mailFolders/outbox/messages?$select=subject,sentDateTime,bccRecipients`,
      { token: await tokenFor(sb, TEST_PEOPLE.secretary.mail) },
    );
    expect(held.body.value.map((m) => m.subject)).toEqual(['TSG: Punkter til mødet 10. december 2026 – frist 19. november 2026']);
    expect(held.body.value[0]?.bccRecipients.map((r) => r.emailAddress.address).sort()).toEqual(
      [TEST_PEOPLE.chair.mail, TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort(),
    );
    expect(await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter til mødet 10')).toEqual([]);

    clock = Date.parse('2026-11-05T06:59:00Z');
    expect(await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter til mødet 10')).toEqual([]);
    clock = Date.parse('2026-11-05T07:00:01Z');
    const delivered = await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter til mødet 10');
    expect(delivered.map((m) => m.sentDateTime)).toEqual(['2026-11-05T07:00:00.000Z']);
    expect(await inbox(TEST_PEOPLE.chair.mail, 'TSG: Punkter til mødet 10')).toHaveLength(1);
    const outbox = await call<{ value: Message[] }>(sb, 'GET', `/users/${SHARED}/mailFolders/outbox/messages`, {
      token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
    });
    expect(outbox.body.value).toEqual([]);
  });
});
