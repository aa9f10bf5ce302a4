import type { Consultation } from '../../../src/domain/consultation/consultation-types';
import type { Forum } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ConsultationStore } from '../../../src/store/consultation/consultation-store';
import { Fields } from '../../../src/store/list-item';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { consultationSeed, EXTRA } from '../consultation/consultation-support';
import { listItems, loadForum, MAILBOX, secretaryGraph } from '../intake/intake-support';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, written consultations (docs/RELIABILITY.md): each wire fault on the consultation's create, its
 * mails (draft, send, the `$batch`es carrying them), its reminder's mails, its outcome's mails and the written item it
 * puts on the next meeting's agenda; a colleague's write to the consultation's item as a send, a reminder run or a
 * close claims it or records its outcome (412); a reminder run and a close that die after their mails went — each
 * time, with the press again or the next run, one consultation, and each recipient gets each mail once. Two at once and a send whose
 * sender died: consultation/consultation.test.ts, consultation/consultation-claims.test.ts.
 */
const T0 = new Date('2026-10-01T08:00:00Z');
const DEADLINE = '2026-10-08T10:00:00Z';
const MINUTE = 60_000;
let now = T0;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

beforeEach(async () => {
  now = T0;
  sb = await startTestSandbox(consultationSeed, { now: () => now });
  graph = secretaryGraph(sb);
  forum = await loadForum(graph);
});
afterEach(async () => {
  await call(sb, 'DELETE', '/_sandbox/faults').catch(() => undefined);
  await sb.dispose();
});

/** Moves the sandbox's and the store's clock; the secretary signs in again (tokens expire with the sandbox's time). */
const at = (iso: string): void => {
  now = new Date(iso);
  graph = secretaryGraph(sb);
};
const store = (g: Graph = graph, clock: () => Date = () => now) => new ConsultationStore(g, clock);

const RECIPIENTS = [TEST_PEOPLE.guest, TEST_PEOPLE.patient, EXTRA[0]].map((p, i) => ({
  memberId: String(i),
  name: p.displayName,
  email: p.mail,
}));
const EACH_ONCE = RECIPIENTS.map((r) => r.email.toLowerCase()).sort();

const input = (correlationId: string) => ({
  correlationId,
  title: 'Fælles retningslinje',
  question: 'Kan styregruppen godkende retningslinjen?',
  recommendations: ['at styregruppen godkender retningslinjen'],
  description: 'Retningslinjen er drøftet i arbejdsgruppen.',
  deadline: DEADLINE,
  recipients: RECIPIENTS,
  reminderHours: 48,
  signOffRequired: false,
});

/** Who the forum mailbox mailed with this subject (its Sent Items: one mail per recipient), sorted, duplicates kept; and drafts left. */
async function mailed(subjectStart: string): Promise<{ to: string[]; drafts: number }> {
  const folder = (name: string) =>
    graph.all<{ subject: string; toRecipients: { emailAddress: { address: string } }[] }>(
      `/users/${encodeURIComponent(MAILBOX)}/mailFolders/${name}/messages?$select=subject,toRecipients&$top=200`,
    );
  const sent = (await folder('sentitems')).filter((m) => m.subject.startsWith(subjectStart));
  return {
    to: sent.flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address.toLowerCase())).sort(),
    drafts: (await folder('drafts')).filter((m) => m.subject.startsWith(subjectStart)).length,
  };
}

const MAIL: readonly (readonly [string, Target, number])[] = [
  ['its drafts', { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ['its sends', { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  // The first $batch looks up an earlier attempt's mails; the second carries the drafts, the third the sends.
  ['the $batch carrying its drafts', { method: 'POST', path: '^/\\$batch$' }, 1],
  ['the $batch carrying its sends', { method: 'POST', path: '^/\\$batch$' }, 2],
];

async function sent(correlationId: string): Promise<Consultation> {
  const started = await store().start(forum, input(correlationId));
  expect(started.outcome).toBe('sent');
  return started.consultation;
}

describe.each(WIRE_FAULTS)('sending a consultation under %s', (kind) => {
  it.each([...MAIL, ['its create', { method: 'POST', path: '/lists/Consultations/items$' }, 0] as const])(
    'on %s, then the press again: one consultation, one mail to each recipient',
    async (_what, target, skip) => {
      await inject(sb, kind, target, { skip });
      const { again } = await faultThenAgain(sb, kind, () => store().start(forum, input('send')));
      expect(again.outcome).toBe('sent');
      expect(await store().list(forum)).toHaveLength(1);
      expect(await mailed(`[Høring ${again.consultation.reference}]`)).toEqual({ to: EACH_ONCE, drafts: 0 });
      expect((await store().load(forum, again.consultation.id)).sentTo.map((e) => e.toLowerCase()).sort()).toEqual(EACH_ONCE);
    },
  );
});

describe.each(WIRE_FAULTS)("a consultation's reminder under %s", (kind) => {
  it.each(MAIL)('on %s, then the next run: one reminder to each who has not answered', async (_what, target, skip) => {
    const c = await sent('remind');
    at('2026-10-06T10:30:00Z');
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, () => store().remindDue(forum));
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: EACH_ONCE, drafts: 0 });
    expect((await store().load(forum, c.id)).reminderSentAt).toBeDefined();
    expect(await store().remindDue(forum)).toBe(0);
  });
});

const CLOSE_TEXT = 'Godkendt ved skriftlig høring.';

async function outcomeEffects(c: Consultation): Promise<{ to: string[]; drafts: number; items: number; status: string }> {
  const items = (await listItems(graph, 'AgendaItems')).filter((i) => Fields.of(i).text('ConsultationRef') === c.reference).length;
  return { ...(await mailed(`Resultat af skriftlig høring ${c.reference}`)), items, status: (await store().load(forum, c.id)).status };
}
const CLOSED_ONCE = { to: EACH_ONCE, drafts: 0, items: 1, status: 'closed' };

describe.each(WIRE_FAULTS)('closing a consultation under %s', (kind) => {
  it.each([...MAIL, ['its written agenda item', { method: 'POST', path: '/lists/AgendaItems/items$' }, 0] as const])(
    'on %s, then the press again: one outcome mail to each, one written item',
    async (_what, target, skip) => {
      const c = await sent('close');
      at('2026-10-09T09:00:00Z');
      await inject(sb, kind, target, { skip });
      const { again } = await faultThenAgain(sb, kind, () => store().close(forum, c, CLOSE_TEXT));
      expect(['closed', 'already-closed']).toContain(again.outcome);
      expect(await outcomeEffects(c)).toEqual(CLOSED_ONCE);
    },
  );
});

describe('consultations, attempts that die between their steps', () => {
  const isSend = (r: Seen): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);

  it('a reminder run that dies after its mails went: held for a minute, stuck after the timeout, taken over: one reminder each', async () => {
    const c = await sent('remind-dead');
    at('2026-10-06T10:30:00Z');
    const t = now.getTime();
    const after = (minutes: number) => () => new Date(t + minutes * MINUTE);
    await expect(store(dyingGraph(graph, isSend, RECIPIENTS.length)).remindDue(forum)).rejects.toBeInstanceOf(ProcessDied);
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: EACH_ONCE, drafts: 0 });
    expect(await store(graph, after(1)).remindDue(forum)).toBe(0);
    expect(await stuckSteps(graph, forum, after(11)())).toEqual([expect.objectContaining({ step: 'consultation-remind', itemId: c.id })]);
    expect(await store(graph, after(11)).remindDue(forum)).toBe(0);
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: EACH_ONCE, drafts: 0 });
    expect((await store().load(forum, c.id)).reminderSentAt).toBeDefined();
    expect(await stuckSteps(graph, forum, after(12)())).toEqual([]);
  });

  it('a close that dies after its written item and its mails: taken over after the timeout, nothing twice', async () => {
    const c = await sent('close-dead');
    at('2026-10-09T09:00:00Z');
    const t = now.getTime();
    const after = (minutes: number) => () => new Date(t + minutes * MINUTE);
    await expect(store(dyingGraph(graph, isSend, RECIPIENTS.length)).close(forum, c, CLOSE_TEXT)).rejects.toBeInstanceOf(ProcessDied);
    expect(await store(graph, after(1)).close(forum, c, CLOSE_TEXT)).toMatchObject({ outcome: 'claimed-elsewhere' });
    expect(await stuckSteps(graph, forum, after(11)())).toEqual([expect.objectContaining({ step: 'consultation-close', itemId: c.id })]);
    expect(await store(graph, after(11)).close(forum, c, CLOSE_TEXT)).toMatchObject({ outcome: 'closed', sentNow: 0 });
    expect(await outcomeEffects(c)).toEqual(CLOSED_ONCE);
  });
});

describe("consultations, a colleague's write meets ours (412)", () => {
  // The secretariat moves the consultation's reminder (another column of its item) while an attempt is held at its
  // write to the item: the claim (an attempt that must stop: nothing sent, the press again or the next run sends
  // once) or the release that records its outcome (read again and written again: the outcome recorded, the
  // colleague's change kept).
  const ITEM_WRITE = /\/lists\/Consultations\/items\/[^/]+\/fields$/;
  const MOVED_REMINDER = '2026-10-06T09:00:00Z';

  /** Runs `attempt` held at its `nth` write to a Consultations item, while the colleague moves the reminder; its result. */
  async function colleagueWritesAt<T>(nth: 1 | 2, attempt: (g: Graph) => Promise<T>): Promise<T> {
    let writes = 0;
    let url = '';
    const paused = pausingGraph(graph, (r) => {
      if (r.method !== 'PATCH' || !ITEM_WRITE.test(r.url) || (writes += 1) !== nth) return false;
      url = r.url;
      return true;
    });
    const running = attempt(paused.graph);
    await Promise.race([paused.reached, running]);
    expect(url).not.toBe('');
    const fresh = await graph.get<{ '@odata.etag': string }>(url.replace(/\/fields$/, ''));
    await graph.patch(url, { ReminderAt: MOVED_REMINDER }, { ifMatch: fresh['@odata.etag'] });
    paused.release();
    return running;
  }

  /** The colleague's change is on the item, and no claim is left on it. */
  async function keptAndLetGo(c: Consultation): Promise<void> {
    const now = await store().load(forum, c.id);
    expect(now.claim).toBeUndefined();
    expect(Date.parse(now.reminderAt ?? '')).toBe(Date.parse(MOVED_REMINDER));
  }

  it('412 as the send claims it: that press sends nothing; the press again mails each recipient once', async () => {
    const first = await colleagueWritesAt(1, (g) => store(g).start(forum, input('send-412-claim')));
    expect(first).toMatchObject({ outcome: 'claimed-elsewhere', sentNow: 0 });
    expect(await mailed(`[Høring ${first.consultation.reference}]`)).toEqual({ to: [], drafts: 0 });
    expect(await store().start(forum, input('send-412-claim'))).toMatchObject({ outcome: 'sent', sentNow: RECIPIENTS.length });
    expect(await mailed(`[Høring ${first.consultation.reference}]`)).toEqual({ to: EACH_ONCE, drafts: 0 });
    expect((await store().load(forum, first.consultation.id)).sentTo.map((e) => e.toLowerCase()).sort()).toEqual(EACH_ONCE);
    await keptAndLetGo(first.consultation);
  });

  it('412 as the send records its outcome: recorded on the item as it is now; the press again sends nothing more', async () => {
    const first = await colleagueWritesAt(2, (g) => store(g).start(forum, input('send-412-release')));
    expect(first).toMatchObject({ outcome: 'sent', sentNow: RECIPIENTS.length });
    const c = await store().load(forum, first.consultation.id);
    expect(c.status).toBe('open');
    expect(c.sentTo.map((e) => e.toLowerCase()).sort()).toEqual(EACH_ONCE);
    await keptAndLetGo(c);
    expect(await store().start(forum, input('send-412-release'))).toMatchObject({ outcome: 'sent', sentNow: 0 });
    expect(await mailed(`[Høring ${c.reference}]`)).toEqual({ to: EACH_ONCE, drafts: 0 });
  });

  it('412 as a reminder run claims it: that run reminds nobody; the next reminds each who has not answered once', async () => {
    const c = await sent('remind-412-claim');
    at('2026-10-06T10:30:00Z');
    expect(await colleagueWritesAt(1, (g) => store(g).remindDue(forum))).toBe(0);
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: [], drafts: 0 });
    expect(await store().remindDue(forum)).toBe(RECIPIENTS.length);
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: EACH_ONCE, drafts: 0 });
    expect(await store().remindDue(forum)).toBe(0);
    await keptAndLetGo(c);
  });

  it('412 as a reminder run records its reminder: recorded; the next run reminds nobody again', async () => {
    const c = await sent('remind-412-release');
    at('2026-10-06T10:30:00Z');
    expect(await colleagueWritesAt(2, (g) => store(g).remindDue(forum))).toBe(RECIPIENTS.length);
    expect((await store().load(forum, c.id)).reminderSentAt).toBeDefined();
    await keptAndLetGo(c);
    expect(await store().remindDue(forum)).toBe(0);
    expect(await mailed(`[Høring ${c.reference}] Påmindelse`)).toEqual({ to: EACH_ONCE, drafts: 0 });
  });

  it('412 as the close claims it: that press closes nothing; the press again: one outcome mail to each, one written item', async () => {
    const c = await sent('close-412-claim');
    at('2026-10-09T09:00:00Z');
    expect(await colleagueWritesAt(1, (g) => store(g).close(forum, c, CLOSE_TEXT))).toMatchObject({
      outcome: 'claimed-elsewhere',
      sentNow: 0,
    });
    expect(await outcomeEffects(c)).toEqual({ to: [], drafts: 0, items: 0, status: 'open' });
    expect(await store().close(forum, c, CLOSE_TEXT)).toMatchObject({ outcome: 'closed', sentNow: RECIPIENTS.length });
    expect(await outcomeEffects(c)).toEqual(CLOSED_ONCE);
    await keptAndLetGo(c);
  });

  it('412 as the close records its outcome: closed on the item as it is now; the press again sends nothing more', async () => {
    const c = await sent('close-412-release');
    at('2026-10-09T09:00:00Z');
    expect(await colleagueWritesAt(2, (g) => store(g).close(forum, c, CLOSE_TEXT))).toMatchObject({
      outcome: 'closed',
      sentNow: RECIPIENTS.length,
    });
    expect(await outcomeEffects(c)).toEqual(CLOSED_ONCE);
    await keptAndLetGo(c);
    expect(await store().close(forum, c, CLOSE_TEXT)).toMatchObject({ outcome: 'already-closed' });
    expect(await outcomeEffects(c)).toEqual(CLOSED_ONCE);
  });
});
