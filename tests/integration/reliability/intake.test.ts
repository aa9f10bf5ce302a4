import type { Graph } from '../../../src/graph/graph-types';
import { syncSubmissions } from '../../../src/store/intake/sync-submissions';
import { Fields, listItemUrl } from '../../../src/store/list-item';
import { toSubmission } from '../../../src/store/mappers/submission-mapper';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import {
  countsByMessageId,
  deliverInto,
  eml,
  foldersOf,
  listItems,
  loadForum,
  MAILBOX,
  outboxTo,
  secretaryGraph,
} from '../intake/intake-support';
import { faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, the mail intake and its receipts (docs/RELIABILITY.md): each wire fault on the submission's
 * create, the move to Behandlet, the delta link's save, the receipt's draft and its send; a colleague's write that
 * makes the link's save or the receipt's mark meet a 412; a sync that dies between its steps — each time, with the
 * next sync, every mail is one submission, in Behandlet, and its sender gets one receipt. Two syncs at once:
 * intake/sync.test.ts.
 */
const MINUTE = 60_000;
let sb: TestSandbox;
let graph: Graph;
let n = 0;

beforeAll(async () => {
  sb = await startTestSandbox();
  graph = secretaryGraph(sb);
  // The seeded inbox is read once, so each test sees only its own mail.
  await syncSubmissions(graph, await loadForum(graph));
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

/** A submission from a sender of its own, so its receipts can be counted. */
async function newMail(): Promise<{ id: string; address: string; title: string }> {
  n += 1;
  const address = `afsender.${n}@andenkommune.example`;
  const title = `Fejlmatrix ${n}`;
  const mail = await deliverInto(sb, eml({ subject: `Sagsfremstilling: ${title}`, from: { name: `Afsender ${n}`, address } }));
  return { id: mail.internetMessageId, address, title };
}

async function effects(mail: { id: string; address: string; title: string }) {
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const drafts = await call<{ value: { subject: string }[] }>(
    sb,
    'GET',
    `/users/${MAILBOX}/mailFolders/drafts/messages?$select=subject&$top=200`,
    { token },
  );
  const item = (await listItems(graph, 'Submissions')).find((i) => Fields.of(i).text('InternetMessageId') === mail.id);
  return {
    submissions: (await countsByMessageId(graph, 'Submissions', [mail.id]))[0],
    folder: (await foldersOf(sb, [mail.id]))[0],
    receipts: (await outboxTo(sb, mail.address)).filter((m) => m.subject.startsWith(`Modtaget: ${mail.title} (`)).length,
    receiptDrafts: drafts.body.value.filter((m) => m.subject.startsWith(`Modtaget: ${mail.title} (`)).length,
    receipt: item ? toSubmission(TEST_FORUMS.steering.groupId, item, 'TSG').receipt : undefined,
  };
}
const ONCE = { submissions: 1, folder: 'Behandlet', receipts: 1, receiptDrafts: 0, receipt: 'sent' };

const sync = async (g: Graph = graph, now?: Date) => syncSubmissions(g, await loadForum(g), now ? { now } : {});

const INTAKE: readonly (readonly [string, Target])[] = [
  ['the submission create', { method: 'POST', path: '/lists/Submissions/items$' }],
  ['the move to Behandlet', { method: 'POST', path: '/move$' }],
  ['the delta link save', { method: 'PATCH', path: '/lists/Forum/items/' }],
];
const RECEIPT: readonly (readonly [string, Target])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }],
];

describe.each(WIRE_FAULTS)('the intake under %s', (kind) => {
  it.each(INTAKE)(
    'on %s, then the next sync: one submission, in Behandlet, one receipt; a third sync reads nothing',
    async (_what, target) => {
      const mail = await newMail();
      await inject(sb, kind, target);
      await faultThenAgain(sb, kind, () => sync());
      expect(await effects(mail)).toEqual(ONCE);
      expect(await sync()).toMatchObject({ fetched: 0, created: 0 });
    },
  );
});

describe.each(WIRE_FAULTS)('a receipt under %s', (kind) => {
  it.each(RECEIPT)('on %s, then the next sync: one receipt, recorded sent, no draft left', async (_what, target) => {
    const mail = await newMail();
    await inject(sb, kind, target);
    await faultThenAgain(sb, kind, () => sync());
    expect(await effects(mail)).toEqual(ONCE);
  });
});

describe('the intake and its receipts, other faults', () => {
  const isForumSave = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/Forum/items/');

  it('412: a colleague saves the Forum item as the sync saves its link — the link is merged and saved; nothing is read twice', async () => {
    const mail = await newMail();
    const paused = pausingGraph(graph, isForumSave);
    const running = syncSubmissions(paused.graph, await loadForum(graph));
    await paused.reached;
    const item = (await listItems(graph, 'Forum'))[0];
    if (!item?.id) throw new Error('no Forum item');
    await secretaryGraph(sb).patch(
      `${listItemUrl(TEST_FORUMS.steering.siteId, 'Forum', item.id)}/fields`,
      { Title: 'Teststyregruppen' },
      { ifMatch: item.eTag ?? '*' },
    );
    paused.release();
    expect(await running).toMatchObject({ created: 1 });
    expect(await effects(mail)).toEqual(ONCE);
    expect(await sync()).toMatchObject({ fetched: 0, created: 0 });
  });

  it('412: a chair triages the submission as its receipt is being marked — the mark is written again; one receipt', async () => {
    const mail = await newMail();
    const isMark = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/Submissions/items/');
    const paused = pausingGraph(graph, isMark);
    const running = syncSubmissions(paused.graph, await loadForum(graph));
    await paused.reached;
    const item = (await listItems(graph, 'Submissions')).find((i) => Fields.of(i).text('InternetMessageId') === mail.id);
    if (!item?.id) throw new Error('the submission was not recorded');
    await secretaryGraph(sb).patch(
      `${listItemUrl(TEST_FORUMS.steering.siteId, 'Submissions', item.id)}/fields`,
      { Presenter: 'Cecilie Chair' },
      { ifMatch: item.eTag ?? '*' },
    );
    paused.release();
    expect((await running).receipts).toMatchObject({ sent: 1 });
    expect(await effects(mail)).toEqual(ONCE);
  });

  it('a sync that dies after recording the submission: the next sync finds it recorded and moves the mail; one submission', async () => {
    const mail = await newMail();
    const isCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Submissions\/items$/.test(r.url);
    await expect(sync(dyingGraph(graph, isCreate))).rejects.toBeInstanceOf(ProcessDied);
    expect((await countsByMessageId(graph, 'Submissions', [mail.id]))[0]).toBe(1);
    await sync();
    const after = await effects(mail);
    expect([after.submissions, after.folder]).toEqual([1, 'Behandlet']);
  });

  it('a sync that dies after recording the submission, before its receipt: a sync after the timeout sends the receipt once', async () => {
    const mail = await newMail();
    const isCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Submissions\/items$/.test(r.url);
    await expect(sync(dyingGraph(graph, isCreate))).rejects.toBeInstanceOf(ProcessDied);
    await sync();
    await sync(graph, new Date(Date.now() + 11 * MINUTE));
    expect(await effects(mail)).toEqual(ONCE);
  });

  it('a sync that dies after its receipt went: no sync sends it again, and one after the timeout records it sent', async () => {
    const mail = await newMail();
    const isSend = (r: Seen): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
    await sync(dyingGraph(graph, isSend)).catch((error: unknown) => {
      if (!(error instanceof ProcessDied)) throw error;
    });
    expect((await effects(mail)).receipts).toBe(1);
    await sync();
    await sync(graph, new Date(Date.now() + 11 * MINUTE));
    expect(await effects(mail)).toEqual(ONCE);
  });
});
