import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import type { NewAction } from '../../../src/store/actions/actions-api';
import { loadAgendaDocument } from '../../../src/store/agenda/agenda-store';
import { createPlanningStore } from '../../../src/store/planning/planning-store';
import { ConflictError } from '../../../src/store/failures';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { listItemsCollectionUrl, listItemsUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { dyingGraph } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * Follow-up on decisions against the sandbox over HTTP: a create retried or doubled with one correlation id makes
 * one action; completing on a stale eTag is a conflict; reminders go once per due action even when two runs race
 * or a run is repeated after a failed send; an owner's list holds only their own; an action decided at one meeting
 * is listed on the next meeting's agenda under "Opfølgning på beslutninger".
 */
const NOW = new Date('2026-10-20T08:00:00Z');
const clock = () => NOW;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let m1: Meeting;
let m2: Meeting;
const store = (g: Graph = graph) => new ActionsStore(g, clock);

const base = (correlationId: string, extra: Partial<NewAction> = {}): NewAction => ({
  title: 'Udarbejd fælles pjece om KOL',
  ownerEmail: TEST_PEOPLE.guest.mail,
  ownerName: TEST_PEOPLE.guest.displayName,
  due: '2026-11-15',
  meetingId: m1.id,
  agendaItemId: '7',
  correlationId,
  ...extra,
});

async function countByCorrelation(correlationId: string): Promise<number> {
  return (
    await graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'Actions', { filter: `fields/CorrelationId eq ${odataString(correlationId)}` }),
    )
  ).length;
}

interface SentMail {
  subject: string;
  toRecipients: { emailAddress: { address: string } }[];
}
/** The reminders the forum mailbox sent to one address (its Sent Items: in-tenant and external alike). */
async function remindersTo(address: string): Promise<SentMail[]> {
  const items = await graph.all<SentMail>(
    `/users/${encodeURIComponent(forum.mailbox)}/mailFolders/sentitems/messages?$select=subject,toRecipients&$top=200`,
  );
  return items.filter(
    (m) => m.subject.startsWith('Påmindelse: opfølgning') && m.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === address),
  );
}

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { now: clock });
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const meetings = await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-01-01T00:00:00Z');
  const find = (title: string) => meetings.find((m) => m.title === title);
  const a = find('Styregruppemøde 1');
  const b = find('Styregruppemøde 2');
  if (!a || !b) throw new Error('seed lacks meetings 1 and 2');
  m1 = a;
  m2 = b;
});
afterAll(() => sb.dispose());

describe('creating an action', () => {
  it('a retry with the same correlation id returns the action the first made', async () => {
    const first = await store().create(forum, base('dialog-1'));
    const again = await store().create(forum, base('dialog-1', { title: 'Ændret ved gentagelse' }));
    expect(again.id).toBe(first.id);
    expect(again.title).toBe('Udarbejd fælles pjece om KOL');
    expect(first).toMatchObject({
      status: 'open',
      ownerEmail: TEST_PEOPLE.guest.mail,
      meetingId: m1.id,
      agendaItemId: '7',
      due: '2026-11-14T23:00:00Z',
    });
    expect(await countByCorrelation('dialog-1')).toBe(1);
  });

  it('two creates at once (a double click in two tabs) make one action', async () => {
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    const [a, b] = await Promise.all([store().create(forum, base('dialog-2')), store(other).create(forum, base('dialog-2'))]);
    expect(a.id).toBe(b.id);
    expect(await countByCorrelation('dialog-2')).toBe(1);
  });

  it('refuses an action without an owner address', async () => {
    await expect(store().create(forum, base('dialog-3', { ownerEmail: 'ikke en adresse' }))).rejects.toThrow(/e-mail/);
    expect(await countByCorrelation('dialog-3')).toBe(0);
  });
});

describe('completing an action', () => {
  it('records the date; a stale copy is a conflict and does not overwrite', async () => {
    const action = await store().create(forum, base('dialog-complete', { title: 'Afklar budget' }));
    const done = await store().complete(forum, action);
    expect(done).toMatchObject({ status: 'done', doneAt: '2026-10-20T08:00:00Z' });
    await expect(store().complete(forum, { ...action, status: 'open' })).rejects.toBeInstanceOf(ConflictError);
    expect((await store().open(forum)).some((a) => a.id === action.id)).toBe(false);
  });

  it('"Fortryd" opens it again, its date cleared; an undo from a stale copy is a conflict and does not overwrite', async () => {
    const action = await store().create(forum, base('dialog-reopen', { title: 'Indhent tilbud' }));
    const done = await store().complete(forum, action);
    const open = await store().reopen(forum, done);
    expect(open.status).toBe('open');
    const listed = (await store().open(forum)).find((a) => a.id === action.id);
    expect(listed).toMatchObject({ status: 'open' });
    expect(listed?.doneAt).toBeUndefined();
    // Done again by someone else meanwhile: the old done copy's undo is refused.
    await store().complete(forum, open);
    await expect(store().reopen(forum, done)).rejects.toBeInstanceOf(ConflictError);
    expect((await store().open(forum)).some((a) => a.id === action.id)).toBe(false);
  });
});

describe('whose actions', () => {
  it("an owner's list holds only their own open actions", async () => {
    await store().create(
      forum,
      base('dialog-chair', { ownerEmail: TEST_PEOPLE.chair.mail, ownerName: TEST_PEOPLE.chair.displayName, title: 'Chair task' }),
    );
    const { graph: guestGraph } = await graphFor(sb, TEST_PEOPLE.guest.mail);
    const mine = await store(guestGraph).forOwner(forum, TEST_PEOPLE.guest.mail.toUpperCase());
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((a) => a.ownerEmail === TEST_PEOPLE.guest.mail && a.status === 'open')).toBe(true);
    const all = await store().open(forum);
    expect(all.some((a) => a.ownerEmail === TEST_PEOPLE.chair.mail)).toBe(true);
    expect((await store().forMeeting(forum, m1.id)).some((a) => a.status === 'done')).toBe(true);
  });
});

describe('reminders', () => {
  it('go once per due action, even when two runs race and a run is repeated', async () => {
    const owner = TEST_PEOPLE.patient.mail;
    const due = await store().create(
      forum,
      base('remind-due', { ownerEmail: owner, ownerName: 'Pia Patient', due: '2026-10-19', title: 'Send høringssvar' }),
    );
    const today = await store().create(
      forum,
      base('remind-today', { ownerEmail: owner, ownerName: 'Pia Patient', due: '2026-10-20', title: 'Book lokale' }),
    );
    await store().create(
      forum,
      base('remind-later', { ownerEmail: owner, ownerName: 'Pia Patient', due: '2026-10-21', title: 'Ikke endnu' }),
    );
    const { graph: other } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
    const [a, b] = await Promise.all([store().remindDue(forum), store(other).remindDue(forum)]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    expect([...a.sent, ...b.sent].map((x) => x.id).sort()).toEqual([due.id, today.id].sort());
    const again = await store().remindDue(forum);
    expect(again.sent).toEqual([]);
    const mails = await remindersTo(owner);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Påmindelse: opfølgning forfalder 19. oktober 2026 – Send høringssvar',
      'Påmindelse: opfølgning forfalder 20. oktober 2026 – Book lokale',
    ]);
  });

  it('a run whose send failed gives the claim back; the next run sends once', async () => {
    const owner = TEST_PEOPLE.chair.mail;
    await store().create(
      forum,
      base('remind-fault', { ownerEmail: owner, ownerName: 'Cecilie Chair', due: '2026-10-18', title: 'Efter fejl' }),
    );
    await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path: '/send$' }, fault: { kind: '503' }, count: 20 } });
    const failed = await store().remindDue(forum);
    await call(sb, 'DELETE', '/_sandbox/faults');
    expect(failed.failed.map((f) => f.action.title)).toContain('Efter fejl');
    const retried = await store().remindDue(forum);
    expect(retried.sent.map((x) => x.title)).toContain('Efter fejl');
    expect((await store().remindDue(forum)).sent).toEqual([]);
    expect((await remindersTo(owner)).filter((m) => m.subject.includes('Efter fejl'))).toHaveLength(1);
  });

  it('a run that died after the reminder went: its claim holds off the next run until the timeout, then is taken over without a second mail', async () => {
    const owner = TEST_PEOPLE.secretary.mail;
    const action = await store().create(
      forum,
      base('remind-dead', { ownerEmail: owner, ownerName: 'Sara Sekretær', due: '2026-10-17', title: 'Efter nedbrud' }),
    );
    const isSend = (r: { method: string; url: string }): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
    await expect(new ActionsStore(dyingGraph(graph, isSend), clock).remindDue(forum)).resolves.toMatchObject({
      failed: [expect.objectContaining({ action: expect.objectContaining({ id: action.id }) })],
    });
    expect(await remindersTo(owner)).toHaveLength(1);

    const minutesLater = (m: number) => () => new Date(NOW.getTime() + m * 60_000);
    expect(await new ActionsStore(graph, minutesLater(1)).remindDue(forum)).toMatchObject({ sent: [], skipped: 1 });
    expect(await stuckSteps(graph, forum, minutesLater(11)())).toEqual([
      expect.objectContaining({ step: 'action-reminder', list: 'Actions', itemId: action.id, title: 'Efter nedbrud' }),
    ]);
    const takeover = await new ActionsStore(graph, minutesLater(11)).remindDue(forum);
    expect(takeover.sent.map((a) => a.id)).toEqual([action.id]);
    expect(await remindersTo(owner)).toHaveLength(1);
    expect((await new ActionsStore(graph, minutesLater(12)).remindDue(forum)).sent).toEqual([]);
    expect(await stuckSteps(graph, forum, minutesLater(12)())).toEqual([]);
  });
});

describe('the next agenda', () => {
  it('lists an action decided at meeting 1 under "Opfølgning på beslutninger" on meeting 2, done ones not', async () => {
    const items = await graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(m2.id)}` }),
    );
    await graph.post(listItemsCollectionUrl(forum.siteId, 'AgendaItems'), {
      fields: {
        Title: 'Opfølgning på beslutninger',
        MeetingId: m2.id,
        Number: items.length + 1,
        DurationMinutes: 5,
        Description: 'Åbne opfølgningspunkter fra tidligere møder.',
        Standing: true,
        StandingKey: 'actions-follow-up',
      },
    });
    await store().create(forum, base('agenda-1', { title: 'Evaluer natordningen', due: '2026-10-01' }));
    const doc = await loadAgendaDocument(graph, forum, m2);
    const followUp = doc.items.find((i) => i.title === 'Opfølgning på beslutninger');
    expect(followUp?.description).toContain(
      `Evaluer natordningen – ${TEST_PEOPLE.guest.displayName} – frist 1. oktober 2026 (overskredet)`,
    );
    expect(followUp?.description).not.toContain('Afklar budget'); // done

    // The planning view shows the same list on the item, in the same one $batch as before.
    const { graph: chairGraph, wire } = await graphFor(sb, TEST_PEOPLE.chair.mail);
    const planning = await createPlanningStore(chairGraph, {
      ...TEST_FORUMS.steering,
      name: forum.name,
      shortName: forum.shortName,
      mailbox: forum.mailbox,
      ...(forum.owners ? { owners: forum.owners } : {}),
    }).load({ meetingId: m2.id, now: NOW });
    expect(wire.bursts).toBe(1);
    expect(planning.agenda.find((i) => i.standingKey === 'actions-follow-up')?.description).toContain('Evaluer natordningen');
  });
});
