import { MemoryDeltaLinkStore } from '../../../src/graph/delta-link-stores';
import type { Graph } from '../../../src/graph/graph-types';
import { syncSubmissions } from '../../../src/store/intake/sync-submissions';
import { Fields } from '../../../src/store/list-item';
import { toSubmission } from '../../../src/store/mappers/submission-mapper';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS } from '../support/test-seed';
import {
  colleagueMakesFolder,
  colleagueMoves,
  countsByMessageId,
  deliverInto,
  eml,
  foldersOf,
  listItems,
  loadForum,
  secretaryGraph,
} from './intake-support';

/**
 * Issue 14, "the intake sees every mail", against the sandbox over HTTP: a mail is recorded whichever folder it is in
 * when the intake comes by — filed to Archive or a colleague's folder, put in Junk Email by the junk filter — once,
 * and then moved to Behandlet; a sync that stops part-way resumes at the page it stopped on; a folder's first read
 * goes back the forum's window and no further.
 */
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
const submission = (subject: string) => eml({ subject: `Sagsfremstilling: ${subject}` });
const notASubmission = (subject: string) => eml({ subject, body: 'Tak for sidst, vi ses.' });

async function submissionsFor(graph: Graph, ids: readonly string[]) {
  const items = await listItems(graph, 'Submissions');
  return ids.map((id) =>
    items.filter((i) => Fields.of(i).text('InternetMessageId') === id).map((i) => toSubmission(TEST_FORUMS.steering.groupId, i, 'TSG')),
  );
}

describe('the intake reads every folder a mail can end up in, and moves what it recorded to Behandlet', () => {
  let sb: TestSandbox;
  let graph: Graph;
  /** A folder a colleague made in the forum mailbox. */
  let cases = '';
  beforeAll(async () => {
    sb = await startTestSandbox();
    graph = secretaryGraph(sb);
    await syncSubmissions(graph, await loadForum(graph));
  });
  afterAll(() => sb.dispose());

  it('a mail a colleague filed to Archive before the sync becomes a submission, once, and is moved to Behandlet', async () => {
    const mail = await deliverInto(sb, submission('Arkiveret af en kollega'));
    await colleagueMoves(sb, mail.graphId, 'archive');
    expect(await foldersOf(sb, [mail.internetMessageId])).toEqual(['Archive']);

    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ fetched: 1, created: 1, duplicates: 0, moved: 1, foundInJunk: 0 });
    expect(await countsByMessageId(graph, 'Submissions', [mail.internetMessageId])).toEqual([1]);
    expect(await foldersOf(sb, [mail.internetMessageId])).toEqual(['Behandlet']);

    expect(await syncSubmissions(graph, await loadForum(graph))).toMatchObject({ fetched: 0, created: 0, moved: 0 });
    expect(await countsByMessageId(graph, 'Submissions', [mail.internetMessageId])).toEqual([1]);
  });

  it('a submission the junk filter put in Junk Email is recorded, flagged "fundet i uønsket post" and sent no receipt; one from the Inbox is not', async () => {
    const junk = await deliverInto(sb, submission('Fanget af spamfilteret'), { folder: 'junkemail' });
    const inbox = await deliverInto(sb, submission('Kom ind som den skulle'));
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ created: 2, foundInJunk: 1, moved: 2 });

    const [fromJunk, fromInbox] = await submissionsFor(graph, [junk.internetMessageId, inbox.internetMessageId]);
    expect(fromJunk?.map((s) => [s.foundInJunk, s.receipt])).toEqual([[true, 'off']]);
    expect(fromInbox?.map((s) => [s.foundInJunk, s.receipt])).toEqual([[undefined, 'sent']]);
    // No automatic receipt for mail from Junk: the address may be forged.
    expect(report.receipts.sent).toBe(1);
    expect(await foldersOf(sb, [junk.internetMessageId, inbox.internetMessageId])).toEqual(['Behandlet', 'Behandlet']);
  });

  it('what is recorded or skipped as an auto-reply is in Behandlet, other mail stays; a second sync records nothing new', async () => {
    const items = [
      await deliverInto(sb, submission('Første')),
      await deliverInto(sb, submission('Anden')),
      await deliverInto(sb, submission('Tredje')),
    ];
    const auto = await deliverInto(
      sb,
      eml({ subject: 'Automatisk svar: Sagsfremstilling', headers: ['Auto-Submitted: auto-replied'], body: 'Jeg er på ferie.' }),
    );
    const other = await deliverInto(sb, notASubmission('Tak for mødet'));
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ fetched: 5, created: 3, autoReplies: 1, skipped: 1, moved: 4 });
    expect(
      await foldersOf(
        sb,
        [...items, auto, other].map((m) => m.internetMessageId),
      ),
    ).toEqual(['Behandlet', 'Behandlet', 'Behandlet', 'Behandlet', 'Inbox']);

    // The Inbox's next round holds only the removals of what was moved: nothing to read, nothing to record.
    const again = await syncSubmissions(graph, await loadForum(graph));
    expect(again).toMatchObject({ fetched: 0, created: 0, followUps: 0, duplicates: 0, moved: 0 });
    expect(
      await countsByMessageId(
        graph,
        'Submissions',
        items.map((m) => m.internetMessageId),
      ),
    ).toEqual([1, 1, 1]);
  });

  it('a recorded mail a colleague moves on to a folder of their own is not recorded again, and goes back to Behandlet', async () => {
    const mail = await deliverInto(sb, submission('Flyttet rundt'));
    expect(await syncSubmissions(graph, await loadForum(graph))).toMatchObject({ created: 1, moved: 1 });
    cases = await colleagueMakesFolder(sb, 'Sager 2026');
    await colleagueMoves(sb, mail.graphId, cases);
    expect(await foldersOf(sb, [mail.internetMessageId])).toEqual(['Sager 2026']);

    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ fetched: 1, created: 0, duplicates: 1, moved: 1 });
    expect(await countsByMessageId(graph, 'Submissions', [mail.internetMessageId])).toEqual([1]);
    expect(await foldersOf(sb, [mail.internetMessageId])).toEqual(['Behandlet']);
  });

  it("a folder of a colleague's is read like the Inbox: a new mail filed straight there is recorded", async () => {
    const mail = await deliverInto(sb, submission('Direkte i sagsmappen'));
    await colleagueMoves(sb, mail.graphId, cases);
    expect(await syncSubmissions(graph, await loadForum(graph))).toMatchObject({ fetched: 1, created: 1, moved: 1 });
    expect(await countsByMessageId(graph, 'Submissions', [mail.internetMessageId])).toEqual([1]);
    expect(await foldersOf(sb, [mail.internetMessageId])).toEqual(['Behandlet']);
  });
});

describe('a sync that stops part-way resumes at the page it stopped on', () => {
  let sb: TestSandbox;
  let graph: Graph;
  beforeAll(async () => {
    sb = await startTestSandbox();
    graph = secretaryGraph(sb);
    await syncSubmissions(graph, await loadForum(graph));
  });
  afterAll(() => sb.dispose());
  afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

  it('interrupted on page 3 of 5 (Graph failing beyond the retries), the next sync starts at page 3 and records every mail once', async () => {
    // Five pages of five: the fifth mail of each page is no submission, so it stays in the Inbox — a sync that read
    // the Inbox from the start again would meet the first two pages' ones a second time.
    const mails = [];
    for (let i = 1; i <= 25; i += 1)
      mails.push(await deliverInto(sb, i % 5 === 0 ? notASubmission(`Hilsen ${i}`) : submission(`Punkt ${i}`)));
    const items = mails.filter((_, i) => (i + 1) % 5 !== 0).map((m) => m.internetMessageId);

    // The three folders' first pages go in one $batch (Archive, Junk Email, Inbox), the Inbox's page 2 on its own;
    // page 3 answers 503 however often it is asked.
    await call(sb, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'GET', path: '/messages/delta' }, fault: { kind: '503' }, skip: 4, count: 50 },
    });
    await expect(syncSubmissions(graph, await loadForum(graph), { pageSize: 5 })).rejects.toMatchObject({ status: 503 });
    await call(sb, 'DELETE', '/_sandbox/faults');
    // Pages 1 and 2 were recorded and moved before it stopped; the rest waits.
    expect(await countsByMessageId(graph, 'Submissions', items)).toEqual(items.map((_, i) => (i < 8 ? 1 : 0)));
    expect(new Set(await foldersOf(sb, items.slice(0, 8)))).toEqual(new Set(['Behandlet']));
    const stored = JSON.parse(Fields.of((await listItems(graph, 'Forum'))[0] ?? {}).text('IntakeDeltaLink', '{}')) as {
      links: Record<string, string>;
    };
    expect(stored.links['intake:tsg-sekretariat@testregion.example:inbox']).toContain('$skiptoken=');

    const resumed = await syncSubmissions(graph, await loadForum(graph), { pageSize: 5 });
    // Pages 3–5 only: twelve submissions and three other mails; the two other mails of pages 1–2 are not read again.
    expect(resumed).toMatchObject({ fetched: 15, created: 12, skipped: 3, duplicates: 0 });
    expect(await countsByMessageId(graph, 'Submissions', items)).toEqual(items.map(() => 1));
  });

  it('a page throttled beyond the retries (429) is read again by the next sync, nothing recorded twice', async () => {
    const mails = [];
    for (let i = 1; i <= 10; i += 1) mails.push(await deliverInto(sb, submission(`Droslet ${i}`)));
    const ids = mails.map((m) => m.internetMessageId);
    // The recording of page 2 is throttled: page 1 is recorded and its link saved, page 2 is not.
    await call(sb, 'POST', '/_sandbox/faults', {
      body: {
        match: { method: 'POST', path: '/lists/Submissions/items' },
        fault: { kind: '429', retryAfterSeconds: 1 },
        skip: 5,
        count: 50,
      },
    });
    await expect(syncSubmissions(graph, await loadForum(graph), { pageSize: 5 })).rejects.toMatchObject({ status: 429 });
    await call(sb, 'DELETE', '/_sandbox/faults');
    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual(ids.map((_, i) => (i < 5 ? 1 : 0)));

    const after = await syncSubmissions(graph, await loadForum(graph), { pageSize: 5 });
    expect(after).toMatchObject({ fetched: 5, created: 5, duplicates: 0 });
    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual(ids.map(() => 1));
  });
});

describe("a folder's first read goes back the forum's window, and no further", () => {
  let sb: TestSandbox;
  let graph: Graph;
  beforeAll(async () => {
    sb = await startTestSandbox();
    graph = secretaryGraph(sb);
  });
  afterAll(() => sb.dispose());

  it('with the default 30 days, mails received 45 and 31 days ago are left, 29 days ago and today recorded', async () => {
    const old = [
      await deliverInto(sb, submission('For 45 dage siden'), { receivedAt: daysAgo(45) }),
      await deliverInto(sb, submission('For 31 dage siden'), { receivedAt: daysAgo(31) }),
    ];
    const recent = [
      await deliverInto(sb, submission('For 29 dage siden'), { receivedAt: daysAgo(29) }),
      await deliverInto(sb, submission('I dag')),
    ];
    const archived = await deliverInto(sb, submission('Arkiveret for 40 dage siden'), { receivedAt: daysAgo(40) });
    await colleagueMoves(sb, archived.graphId, 'archive');

    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report.created).toBe(2);
    expect(
      await countsByMessageId(
        graph,
        'Submissions',
        [...old, ...recent, archived].map((m) => m.internetMessageId),
      ),
    ).toEqual([0, 0, 1, 1, 0]);
    expect(
      await foldersOf(
        sb,
        [...old, archived].map((m) => m.internetMessageId),
      ),
    ).toEqual(['Inbox', 'Inbox', 'Archive']);
  });

  it('a forum that set 60 days reads a folder it has never read 60 days back', async () => {
    const forum = await loadForum(graph);
    const settings = forum.settings;
    if (!settings) throw new Error('the test forum has settings');
    const sixty = { ...forum, settings: { ...settings, intake: { windowDays: 60 } } };
    // A fresh link store: every folder is read for the first time.
    const report = await syncSubmissions(graph, sixty, { links: new MemoryDeltaLinkStore() });
    expect(report.created).toBe(3);
    const subjects = (await listItems(graph, 'Submissions')).map((i) => Fields.of(i).text('Title'));
    expect(subjects).toEqual(expect.arrayContaining(['For 45 dage siden', 'For 31 dage siden', 'Arkiveret for 40 dage siden']));
  });
});
