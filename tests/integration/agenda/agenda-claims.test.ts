import { tmpdir } from 'node:os';
import { main } from '../../../src/cli/main';
import { claimText, parseClaim, type Claim } from '../../../src/domain/claims';
import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingAgendaStore, loadMeeting } from '../../../src/store/agenda/agenda-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { dyingGraph, pausingGraph, ProcessDied } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * "Send dagsorden" is an owned claim (issue 14, point 3): a second press in another tab or by a colleague while the
 * first is sending gets 'claimed-elsewhere'; two presses at once send once; a fresh claim of another attempt is left
 * alone; a claim left by an attempt that died is listed by `sekretariat status`, taken over after the timeout and
 * finished once — what the dead attempt mailed is found by its correlation id, never mailed again. Each case on its
 * own sandbox, on the real clock (the claims' times and `sekretariat status` share it).
 */
const SHARED = 'tsg-sekretariat@testregion.example';
const MINUTE = 60_000;

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

/** Another sign-in of the secretary (another tab, another browser): its own Graph client and token. */
const anotherTab = async (): Promise<Graph> => (await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined })).graph;
const store = (g: Graph, clock: () => Date = () => new Date()): MeetingAgendaStore => new MeetingAgendaStore(g, clock);

/** How many agenda mails went: the forum mailbox's Sent Items (one mail, Bcc to all), a member's inbox, the external members' copies. */
async function agendasSent(subjectStart = 'Dagsorden:'): Promise<{ sentItems: number; chairInbox: number; external: string[] }> {
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const sent = await call<{ value: { subject: string }[] }>(
    sb,
    'GET',
    `/users/${SHARED}/mailFolders/sentitems/messages?$select=subject&$top=100`,
    { token },
  );
  const chair = await call<{ value: { subject: string }[] }>(sb, 'GET', '/me/mailFolders/inbox/messages?$select=subject&$top=100', {
    token: await tokenFor(sb, TEST_PEOPLE.chair.mail),
  });
  const out = await call<{ value: { to: string[]; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
  return {
    sentItems: sent.body.value.filter((m) => m.subject.startsWith(subjectStart)).length,
    chairInbox: chair.body.value.filter((m) => m.subject.startsWith(subjectStart)).length,
    external: out.body.value
      .filter((m) => m.subject.startsWith(subjectStart))
      .flatMap((m) => m.to)
      .sort(),
  };
}
const ONCE = { sentItems: 1, chairInbox: 1, external: [TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort() };
const NONE = { sentItems: 0, chairInbox: 0, external: [] };

async function writeClaim(claim: Claim): Promise<void> {
  await graph.patch(`${listItemUrl(forum.siteId, 'Meetings', meeting.id)}/fields`, { AgendaSending: claimText(claim) });
}
const claimNow = async (): Promise<Claim | undefined> => (await loadMeeting(graph, forum, meeting.id)).agendaClaim;

/** `sekretariat status` for the steering group, in-process, with the token from the environment. */
async function status(): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const env = {
    SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.steering]),
    SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl,
    SEKRETARIAT_GRAPH_TOKEN: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
  };
  const code = await main(['status'], { out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`), env, cwd: tmpdir() });
  return { code, out: out.join('\n') };
}

const isSend = (r: { method: string; url: string }): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);

describe('Send dagsorden, pressed twice', () => {
  it('a second press while the first is sending (another tab, a colleague 0.7 s later): claimed-elsewhere; every member gets the agenda once', async () => {
    const first = pausingGraph(graph, isSend);
    const sending = store(first.graph).send(forum, meeting);
    await first.reached;
    // The first attempt holds the claim and is about to send: the second sees the same correlation, and still not its own claim.
    expect(await store(await anotherTab()).send(forum, meeting)).toMatchObject({ outcome: 'claimed-elsewhere' });
    first.release();
    expect((await sending).outcome).toBe('sent');
    expect(await agendasSent()).toEqual(ONCE);
    expect(await claimNow()).toBeUndefined();
  });

  it('two presses at once, from two tabs: one sends, every member gets the agenda once', async () => {
    const [a, b] = await Promise.all([store(graph).send(forum, meeting), store(await anotherTab()).send(forum, meeting)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'sent']);
    expect(await agendasSent()).toEqual(ONCE);
  });
});

describe('a claim left on the meeting', () => {
  it("another attempt's fresh claim: claimed-elsewhere, nothing sent, and it is not reported as stuck", async () => {
    await writeClaim({ token: 'another-tab', at: new Date(Date.now() - MINUTE).toISOString(), step: 'agenda-send' });
    expect(await store(graph).send(forum, meeting)).toMatchObject({ outcome: 'claimed-elsewhere' });
    expect(await agendasSent()).toEqual(NONE);
    expect((await claimNow())?.token).toBe('another-tab');
    expect(await status()).toEqual({
      code: 0,
      out: 'Driftsstatus / operations status – Teststyregruppen (TSG)\n  Ingen hængende trin / no stuck steps',
    });
  });

  it('an attempt that died after claiming: sekretariat status lists it; after the timeout the next press takes it over and sends once; then nothing is stuck', async () => {
    await writeClaim({ token: 'a-dead-attempt', at: new Date(Date.now() - 15 * MINUTE).toISOString(), step: 'agenda-send' });
    const before = await status();
    expect(before.code).toBe(1);
    expect(before.out).toContain(
      `  Hængende trin / stuck steps: 1\n  - Udsendelse af dagsorden / agenda send: Styregruppemøde 2 (Meetings #${meeting.id}), påbegyndt / started `,
    );

    expect(await store(graph).send(forum, meeting)).toMatchObject({ outcome: 'sent', revised: false });
    expect(await agendasSent()).toEqual(ONCE);
    expect(await claimNow()).toBeUndefined();
    expect(await status()).toEqual({
      code: 0,
      out: 'Driftsstatus / operations status – Teststyregruppen (TSG)\n  Ingen hængende trin / no stuck steps',
    });
  });

  it('an attempt that died after its mail went: the takeover finds it sent by its correlation id and mails nobody again', async () => {
    // It claimed 11 minutes ago (its clock), sent, and died before recording anything or letting go.
    const dead = store(dyingGraph(graph, isSend), () => new Date(Date.now() - 11 * MINUTE));
    await expect(dead.send(forum, meeting)).rejects.toBeInstanceOf(ProcessDied);
    expect(await agendasSent()).toEqual(ONCE);
    const left = await claimNow();
    expect(left?.correlation).toMatch(/^agenda:/);
    expect((await status()).out).toContain('Udsendelse af dagsorden / agenda send: Styregruppemøde 2');

    const takeover = await store(await anotherTab()).send(forum, meeting);
    expect(takeover).toMatchObject({ outcome: 'sent', revised: false });
    expect(await agendasSent()).toEqual(ONCE);
    const recorded = await loadMeeting(graph, forum, meeting.id);
    expect(recorded.agendaClaim).toBeUndefined();
    expect(recorded.agendaSentAt).toBeDefined();
    expect(recorded.status).toBe('agenda-sent');
    // Pressed again: unchanged, nothing goes.
    expect((await store(graph).send(forum, meeting)).outcome).toBe('unchanged');
    expect(await agendasSent()).toEqual(ONCE);
  });

  it('the items changed after the dead attempt mailed: its send is recorded, and this one goes out once as "Revideret dagsorden"', async () => {
    const dead = store(dyingGraph(graph, isSend), () => new Date(Date.now() - 11 * MINUTE));
    await expect(dead.send(forum, meeting)).rejects.toBeInstanceOf(ProcessDied);
    const items = await graph.get<{ value: { id: string; fields: { Title: string } }[] }>(
      `/sites/${forum.siteId}/lists/AgendaItems/items?expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${meeting.id}'`)}`,
    );
    const item = items.value.find((i) => i.fields.Title === 'Fælles testindsats');
    await graph.patch(`${listItemUrl(forum.siteId, 'AgendaItems', item?.id ?? '')}/fields`, { DurationMinutes: 35 });

    expect(await store(graph).send(forum, meeting)).toMatchObject({
      outcome: 'sent',
      revised: true,
      subject: 'Revideret dagsorden: Teststyregruppen 29. oktober 2026',
    });
    expect(await agendasSent('Dagsorden:')).toEqual(ONCE);
    expect(await agendasSent('Revideret dagsorden:')).toEqual(ONCE);
    // No draft of the dead attempt's left behind either.
    const drafts = await graph.get<{ value: { subject: string }[] }>(`/users/${SHARED}/mailFolders/drafts/messages?$select=subject`);
    expect(drafts.value.filter((m) => /dagsorden:/i.test(m.subject))).toEqual([]);
  });

  it('the claim my own write made is mine although its answer was lost: a retried claim meets its own write (412) and the send goes on, once', async () => {
    // The PATCH that claims applies, then its answer is lost; the pipeline's retry of the same PATCH meets a new eTag.
    let lost = false;
    const losing: Graph = Object.assign(Object.create(graph) as Graph, {
      patch: async <T>(url: string, body: unknown, options?: { ifMatch?: string }): Promise<T> => {
        const first = await graph.patch<T>(url, body, options);
        if (!lost && JSON.stringify(body).includes('AgendaSending') && parseClaim((body as { AgendaSending?: unknown }).AgendaSending)) {
          lost = true;
          return graph.patch<T>(url, body, options); // the retry: 412
        }
        return first;
      },
    });
    expect(await store(losing).send(forum, meeting)).toMatchObject({ outcome: 'sent' });
    expect(lost).toBe(true);
    expect(await agendasSent()).toEqual(ONCE);
  });

  it('a meeting cancelled while its agenda went out stays cancelled: the send is recorded, its status is not written over, and the meeting the send returns says cancelled', async () => {
    let patches = 0;
    const isRecord = (r: { method: string; url: string }): boolean =>
      r.method === 'PATCH' && r.url.includes(`/lists/Meetings/items/${meeting.id}`) && ++patches === 2;
    const paused = pausingGraph(graph, isRecord);
    const sending = store(paused.graph).send(forum, meeting);
    await paused.reached;
    // The colleague's cancellation, with the eTag she read: it lands between the claim and the record.
    const now = await loadMeeting(graph, forum, meeting.id);
    await graph.patch(
      `${listItemUrl(forum.siteId, 'Meetings', meeting.id)}/fields`,
      { Status: 'cancelled', Location: 'Aflyst – ingen lokale' },
      { ifMatch: now.etag },
    );
    paused.release();
    const sent = await sending;
    expect(sent).toMatchObject({ outcome: 'sent' });
    const recorded = await loadMeeting(graph, forum, meeting.id);
    expect(recorded.status).toBe('cancelled');
    // What the dialog shows after the send (its status badge, the place) is what the item now holds, with its eTag.
    expect(sent.meeting).toMatchObject({ status: 'cancelled', location: 'Aflyst – ingen lokale', etag: recorded.etag });
    expect(recorded.agendaSentAt).toBeDefined();
    expect(recorded.agendaClaim).toBeUndefined();
    expect(await agendasSent()).toEqual(ONCE);
  });
});
