import { CLAIM_TIMEOUT_MS } from '../../../src/domain/claims';
import type { Graph } from '../../../src/graph/graph-types';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { toPlanningSubmission } from '../../../src/store/planning/planning-mappers';
import { createPlanningStore } from '../../../src/store/planning/planning-store';
import type { PlanningApi, PlanningForum, PlanningSubmission } from '../../../src/store/planning/planning-types';
import { createSubmission } from '../../../src/store/submission-create';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { MEETING_IDS, planningSeed } from '../planning/planning-seed';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, the chairs' decisions on a submission (docs/RELIABILITY.md): each wire fault on the decision
 * mail's draft, its send, the `$batch`es carrying them, and an acceptance's agenda item; a chair whose app dies
 * between the decision and its mail — each time, with the press again, the submitter gets one mail and an accepted
 * submission has one agenda item. Two chairs at once (one of them meeting a 412): planning/planning.test.ts.
 */
const NOW = new Date('2026-10-10T08:00:00Z');
const forum: PlanningForum = {
  ...TEST_FORUMS.steering,
  name: 'Teststyregruppen',
  shortName: 'TSG',
  mailbox: 'tsg-sekretariat@testregion.example',
};
let sb: TestSandbox;
let chair: Graph;
let n = 0;

beforeAll(async () => {
  sb = await startTestSandbox(planningSeed, { now: () => NOW });
  ({ graph: chair } = await graphFor(sb, TEST_PEOPLE.chair.mail, { sleep: async () => undefined }));
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

const store = (g: Graph = chair, now?: () => Date): PlanningApi => createPlanningStore(g, forum, now ? { now } : {});

/** A new submission from the patient representative (outside the tenant: her mail is counted in the outbox), as the chair sees it. */
async function incoming(): Promise<PlanningSubmission> {
  n += 1;
  const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
  const { submission } = await createSubmission(
    graph,
    TEST_FORUMS.steering,
    {
      internetMessageId: `<fejlmatrix.${n}.${Date.now()}@afsender.example>`,
      title: `Fejlmatrix-punkt ${n}`,
      senderName: TEST_PEOPLE.patient.displayName,
      senderAddress: TEST_PEOPLE.patient.mail,
      receivedAt: '2026-10-07T08:00:00Z',
      recommendations: [],
      description: '',
      attachments: [],
      source: 'form',
      unknownSender: false,
      receipt: 'off',
      meetingId: MEETING_IDS.m2,
    },
    'TSG',
  );
  const fresh = (await store().load({ meetingId: MEETING_IDS.m2, now: NOW })).incoming.find((s) => s.id === submission.id);
  if (!fresh) throw new Error('the new submission is not among the incoming');
  return fresh;
}

const mailsAbout = async (s: PlanningSubmission): Promise<number> =>
  (await outboxSubjects()).filter((subject) => subject.includes(s.title)).length;
async function outboxSubjects(): Promise<string[]> {
  const res = await call<{ value: { to: string[]; subject: string }[] }>(
    sb,
    'GET',
    `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.patient.mail)}`,
  );
  return res.body.value.map((m) => m.subject);
}
async function agendaItemsFor(s: PlanningSubmission): Promise<number> {
  return (
    await chair.all<GraphListItem>(listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/SubmissionId eq ${odataString(s.id)}` }))
  ).length;
}
async function draftsAbout(s: PlanningSubmission): Promise<number> {
  return (
    await chair.all<{ subject?: string }>(`/users/${encodeURIComponent(forum.mailbox)}/mailFolders/drafts/messages?$select=subject`)
  ).filter((d) => d.subject?.includes(s.title)).length;
}

const MAIL: readonly (readonly [string, Target, number])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  ['the $batch carrying its draft', { method: 'POST', path: '^/\\$batch$' }, 0],
  ['the $batch carrying its send', { method: 'POST', path: '^/\\$batch$' }, 1],
];

describe.each(WIRE_FAULTS)('a decision mail under %s', (kind) => {
  it.each(MAIL)('on %s, then the chair presses again: one mail to the submitter, no draft left', async (_what, target, skip) => {
    const s = await incoming();
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, () => store().decline(s, 'Hører under temagruppen.'));
    expect(await mailsAbout(s)).toBe(1);
    expect(await draftsAbout(s)).toBe(0);
    const after = await store().load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect([...after.incoming, ...after.backlog, ...after.accepted].some((x) => x.id === s.id)).toBe(false);
  });
});

describe.each(WIRE_FAULTS)('an acceptance under %s', (kind) => {
  it('on its agenda item, then the chair presses again: one agenda item, one mail', async () => {
    const s = await incoming();
    await inject(sb, kind, { method: 'POST', path: '/lists/AgendaItems/items$' });
    const meeting = (await store().load({ meetingId: MEETING_IDS.m2, now: NOW })).meeting;
    if (!meeting) throw new Error('no meeting 2');
    await faultThenAgain(sb, kind, () => store().accept(s, meeting));
    expect(await agendaItemsFor(s)).toBe(1);
    expect(await mailsAbout(s)).toBe(1);
  });
});

describe('a decision whose chair’s app dies between its steps', () => {
  const isDecision = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/Submissions/items/');
  const isSend = (r: Seen): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);

  it('after its mail went: pressing again mails nobody twice', async () => {
    const s = await incoming();
    await store(dyingGraph(chair, isSend))
      .decline(s, 'Hører under temagruppen.')
      .catch((error: unknown) => {
        if (!(error instanceof ProcessDied)) throw error;
      });
    expect(await mailsAbout(s)).toBe(1);
    await store().decline(s, 'Hører under temagruppen.');
    expect(await mailsAbout(s)).toBe(1);
  });

  it('before its mail went: pressing again at once leaves it to the live attempt; after the claim timeout, it mails the submitter once', async () => {
    const s = await incoming();
    // Everything after the decision's write fails as the app is gone (the store reports its mail 'uncertain').
    const dead = await store(dyingGraph(chair, isDecision))
      .decline(s, 'Hører under temagruppen.')
      .catch((error: unknown) => error);
    expect(dead instanceof ProcessDied || (dead as { mail: string }).mail === 'uncertain').toBe(true);
    expect(await mailsAbout(s)).toBe(0);
    // At once, the claim may be a live attempt's (another tab still sending): left to it, nothing sent twice.
    expect((await store().decline(s, 'Hører under temagruppen.')).mail).toBe('already-sent');
    expect(await mailsAbout(s)).toBe(0);
    // Past the timeout the attempt is dead: Driftsstatus and `sekretariat status` list it, and the next press (or
    // `sekretariat run`: cli/run.test.ts) takes its claim over and mails once; later presses nothing.
    const later = (): Date => new Date(Date.now() + CLAIM_TIMEOUT_MS + 60_000);
    const { graph: secretary } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    expect((await stuckSteps(secretary, forum, later())).filter((x) => x.itemId === s.id)).toEqual([
      expect.objectContaining({ step: 'decision-mail', list: 'Submissions', title: s.title, resumable: true }),
    ]);
    expect((await store(chair, later).decline(s, 'Hører under temagruppen.')).mail).toBe('sent');
    expect((await stuckSteps(secretary, forum, later())).filter((x) => x.itemId === s.id)).toEqual([]);
    expect((await store(chair, later).decline(s, 'Hører under temagruppen.')).mail).toBe('already-sent');
    expect(await mailsAbout(s)).toBe(1);
  });

  it('after its draft was made, before it was sent: the takeover sends that draft, once', async () => {
    const s = await incoming();
    const isDraft = (r: Seen): boolean => r.method === 'POST' && /^\/users\/[^/]+\/messages$/.test(r.url);
    await store(dyingGraph(chair, isDraft))
      .decline(s, 'Hører under temagruppen.')
      .catch((error: unknown) => {
        if (!(error instanceof ProcessDied)) throw error;
      });
    expect(await draftsAbout(s)).toBe(1);
    expect(await mailsAbout(s)).toBe(0);
    const later = (): Date => new Date(Date.now() + CLAIM_TIMEOUT_MS + 60_000);
    expect((await store(chair, later).decline(s, 'Hører under temagruppen.')).mail).toBe('sent');
    expect(await mailsAbout(s)).toBe(1);
    expect(await draftsAbout(s)).toBe(0);
  });
});

describe('a decision meeting a colleague’s write (412)', () => {
  const isSend = (r: Seen): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
  const reason = 'Hører under temagruppen.';
  async function secretaryEdits(s: PlanningSubmission, fields: Record<string, unknown>): Promise<void> {
    const { graph: secretary } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    await secretary.patch(`${listItemUrl(forum.siteId, 'Submissions', s.id)}/fields`, fields);
  }
  async function stored(s: PlanningSubmission): Promise<PlanningSubmission> {
    const fresh = (await store().load({ meetingId: MEETING_IDS.m2, now: NOW })).backlog.find((x) => x.id === s.id);
    if (fresh) return fresh;
    const { graph: secretary } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    return toPlanningSubmission(
      forum.groupId,
      await secretary.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Submissions', s.id)}?expand=fields`),
      forum.shortName,
    );
  }

  it('the secretariat edited the submission since the chair loaded it: a conflict, nothing sent; decided on the fresh one, one mail', async () => {
    const s = await incoming();
    await secretaryEdits(s, { Presenter: 'Lise Bech' });
    await expect(store().decline(s, reason)).rejects.toMatchObject({ name: 'ConflictError' });
    expect(await mailsAbout(s)).toBe(0);
    expect((await stored(s)).status).toBe('new');
    expect((await store().decline(await stored(s), reason)).mail).toBe('sent');
    expect(await mailsAbout(s)).toBe(1);
  });

  it('the secretariat edits the submission while its decision mail is going: one mail, recorded over the colleague’s edit; pressing again sends nothing', async () => {
    const s = await incoming();
    const held = pausingGraph(chair, isSend);
    const deciding = store(held.graph).decline(s, reason);
    await held.reached;
    await secretaryEdits(s, { Presenter: 'Lise Bech' });
    held.release();
    expect((await deciding).mail).toBe('sent');
    const after = await stored(s);
    // The outcome is written over the colleague's edit (If-Match on the fresh eTag), which stands.
    expect(after.decisionNotified).toBe('declined');
    expect(after.decisionMailClaim).toBeUndefined();
    expect(after.presenter).toBe('Lise Bech');
    expect((await store().decline(after, reason)).mail).toBe('already-sent');
    expect(await mailsAbout(s)).toBe(1);
  });

  it('two chairs deciding the same at once: one decision, one mail', async () => {
    const s = await incoming();
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.chair.mail, { sleep: async () => undefined });
    const results = await Promise.all([store().decline(s, reason), store(other).decline(s, reason)]);
    expect(results.map((r) => r.mail).sort()).toEqual(['already-sent', 'sent']);
    expect(await mailsAbout(s)).toBe(1);
  });
});

describe('"Fortryd" while the decision mail is held', () => {
  const reason = 'Hører under temagruppen.';
  const later = (): Date => new Date(Date.now() + CLAIM_TIMEOUT_MS + 60_000);
  async function fresh(s: PlanningSubmission): Promise<PlanningSubmission> {
    const { graph: secretary } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    return toPlanningSubmission(
      forum.groupId,
      await secretary.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Submissions', s.id)}?expand=fields`),
      forum.shortName,
    );
  }

  it('an acceptance undone: its agenda item gone, the submission new again, no claim left, no mail — now or from a later run', async () => {
    const s = await incoming();
    const meeting = (await store().load({ meetingId: MEETING_IDS.m2, now: NOW })).meeting;
    if (!meeting) throw new Error('no meeting 2');
    let held = 0;
    const result = await store().accept(s, meeting, async () => {
      held += 1;
      // While held, the decision and its agenda item stand (the view shows them) and nothing is sent.
      expect((await fresh(s)).status).toBe('accepted');
      expect(await agendaItemsFor(s)).toBe(1);
      expect(await mailsAbout(s)).toBe(0);
      return 'undo';
    });
    expect(held).toBe(1);
    expect(result.mail).toBe('undone');
    const after = await fresh(s);
    expect(after).toMatchObject({ status: 'new' });
    expect(after.decisionMailClaim).toBeUndefined();
    expect(await agendaItemsFor(s)).toBe(0);
    expect((await stuckSteps(chair, forum, later())).filter((x) => x.itemId === s.id)).toEqual([]);
    expect(await mailsAbout(s)).toBe(0);
  });

  it('a decline left to go: one mail after the hold', async () => {
    const s = await incoming();
    const result = await store().decline(s, reason, () => Promise.resolve('send'));
    expect(result.mail).toBe('sent');
    expect(await mailsAbout(s)).toBe(1);
  });

  it('a hold that never answers (the tab closed): the claim stays, and after its timeout the mail goes once', async () => {
    const s = await incoming();
    void store().decline(s, reason, () => new Promise<'send' | 'undo'>(() => undefined));
    await waitForClaim(s);
    expect(await mailsAbout(s)).toBe(0);
    expect((await store(chair, later).decline(await fresh(s), reason)).mail).toBe('sent');
    expect(await mailsAbout(s)).toBe(1);
  });

  async function waitForClaim(s: PlanningSubmission): Promise<void> {
    for (let i = 0; i < 50 && (await fresh(s)).decisionMailClaim === undefined; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await fresh(s)).decisionMailClaim).toBeDefined();
  }
});
