import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingAgendaStore, loadMeeting } from '../../../src/store/agenda/agenda-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { listItemsUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { faultThenAgain, inject, outboxTo, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, "Send dagsorden" (docs/RELIABILITY.md): each wire fault on the agenda's draft and on its send,
 * then the press again — every member gets the agenda once, the forum mailbox holds one sent copy and no draft, the
 * meeting records the send and no claim. (Two presses, a crash and a 412 on the claim: agenda/agenda-claims.test.ts.)
 */
const SHARED = 'tsg-sekretariat@testregion.example';
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;

beforeEach(async () => {
  sb = await startTestSandbox();
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const m2 = (await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-10-01T00:00:00Z')).find(
    (m) => m.title === 'Styregruppemøde 2',
  );
  if (!m2) throw new Error('seed has no meeting 2');
  meeting = m2;
  await call(sb, 'DELETE', '/_sandbox/outbox');
});
afterEach(() => sb.dispose());

async function agendas(): Promise<{ sentItems: number; drafts: number; chairInbox: number; external: string[] }> {
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const folder = async (name: string, user: string, t: string): Promise<number> =>
    (
      await call<{ value: { subject: string }[] }>(sb, 'GET', `/users/${user}/mailFolders/${name}/messages?$select=subject&$top=100`, {
        token: t,
      })
    ).body.value.filter((m) => m.subject.startsWith('Dagsorden:')).length;
  return {
    sentItems: await folder('sentitems', SHARED, token),
    drafts: await folder('drafts', SHARED, token),
    chairInbox: await folder('inbox', TEST_PEOPLE.chair.mail, await tokenFor(sb, TEST_PEOPLE.chair.mail)),
    external: await outboxTo(sb, 'Dagsorden:'),
  };
}
const ONCE = { sentItems: 1, drafts: 0, chairInbox: 1, external: [TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort() };

const TARGETS: readonly (readonly [string, Target])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }],
];

describe.each(WIRE_FAULTS)('Send dagsorden under %s', (kind) => {
  it.each(TARGETS)('on %s: every member gets the agenda once, and the send is recorded', async (_what, target) => {
    const store = new MeetingAgendaStore(graph, () => new Date());
    await inject(sb, kind, target);
    const { again } = await faultThenAgain(sb, kind, () => store.send(forum, meeting));
    expect(['sent', 'unchanged']).toContain(again.outcome);
    expect(await agendas()).toEqual(ONCE);
    const recorded = await loadMeeting(graph, forum, meeting.id);
    expect(recorded.agendaSentAt).toBeDefined();
    expect(recorded.agendaClaim).toBeUndefined();
    expect((await store.send(forum, meeting)).outcome).toBe('unchanged');
    expect(await agendas()).toEqual(ONCE);
  });
});

/** The subjects of the agendas the chair received, oldest first. */
async function chairSubjects(): Promise<string[]> {
  const res = await call<{ value: { subject: string; receivedDateTime: string }[] }>(
    sb,
    'GET',
    `/users/${TEST_PEOPLE.chair.mail}/mailFolders/inbox/messages?$select=subject,receivedDateTime&$top=100`,
    { token: await tokenFor(sb, TEST_PEOPLE.chair.mail) },
  );
  return res.body.value
    .filter((m) => /dagsorden/i.test(m.subject))
    .sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime))
    .map((m) => m.subject.split(':')[0] ?? '');
}

describe.each(['act-then-504', 'act-then-drop'] as const)(
  'Send dagsorden under %s on its send, the agenda edited before the press again',
  (kind) => {
    it('records the agenda that went, and sends the edit once as the revision — not the agenda again as if it were the first', async () => {
      const store = new MeetingAgendaStore(graph, () => new Date());
      await inject(sb, kind, { method: 'POST', path: '/messages/[^/]+/send$' });
      // ...and the look-up after it fails too (the one before the draft passes): the press ends not knowing.
      await inject(sb, '503', { method: 'GET', path: '^/users/[^/]+/messages$' }, { skip: 1, count: 20 });
      await expect(store.send(forum, meeting)).rejects.toThrow();
      await call(sb, 'DELETE', '/_sandbox/faults');
      const [first] = await graph.all<GraphListItem>(
        listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` }),
      );
      if (!first) throw new Error('no agenda item');
      await graph.patch(`/sites/${forum.siteId}/lists/AgendaItems/items/${first.id}/fields`, {
        Title: `${String(first.fields?.Title ?? '')} (rettet)`,
      });
      const again = await store.send(forum, meeting);
      expect(again).toMatchObject({ outcome: 'sent', revised: true, revision: 1 });
      expect(await chairSubjects()).toEqual(['Dagsorden', 'Revideret dagsorden']);
      const recorded = await loadMeeting(graph, forum, meeting.id);
      expect(recorded.agendaSent?.revision).toBe(1);
      expect(recorded.agendaClaim).toBeUndefined();
    });
  },
);
