import { parseMail } from '../../../src/domain/mail/parse-mail';
import type { MailMessage, ParseContext, ParsedMail } from '../../../src/domain/mail/mail-types';
import { MemoryDeltaLinkStore } from '../../../src/graph/delta-link-stores';
import type { Graph } from '../../../src/graph/graph-types';
import { syncSubmissions } from '../../../src/store/intake/sync-submissions';
import { Fields } from '../../../src/store/list-item';
import { toSubmission } from '../../../src/store/mappers/submission-mapper';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { countsByMessageId, deliver, eml, listItems, loadForum, outboxTo, secretaryGraph } from './intake-support';

/**
 * The mail intake against the sandbox over HTTP: mails delivered as raw .eml become submissions exactly once —
 * after repeated syncs, two syncs at once, and a 429 in the middle of the delta round — follow-ups join their
 * submission, auto-replies and consultation replies make none, and the delta links live in the Forum item.
 * (Folders other than the Inbox, Behandlet, resuming at a page and the first sync's window: every-mail.test.ts.)
 */
let sb: TestSandbox;
let graph: Graph;

beforeAll(async () => {
  sb = await startTestSandbox();
  graph = secretaryGraph(sb);
  // The seeded inbox is read once, so each test sees only its own mail.
  await syncSubmissions(graph, await loadForum(graph));
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

async function submissionsFor(ids: readonly string[]) {
  const items = await listItems(graph, 'Submissions');
  return ids.map((id) =>
    items.filter((i) => Fields.of(i).text('InternetMessageId') === id).map((i) => toSubmission(TEST_FORUMS.steering.groupId, i, 'TSG')),
  );
}

describe('syncSubmissions: every new mail becomes exactly one submission', () => {
  it('records each mail once over repeated syncs, and the second sync fetches only what is new', async () => {
    const ids = [];
    for (const subject of ['Sagsfremstilling: Fælles akutindsats', 'Sagsfremstilling: Sundhedsaftalen', 'Punkt: Rehabilitering'])
      ids.push(await deliver(sb, eml({ subject })));

    const first = await syncSubmissions(graph, await loadForum(graph));
    expect(first.fetched).toBe(3);
    expect(first.created).toBe(3);
    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual([1, 1, 1]);

    const again = await syncSubmissions(graph, await loadForum(graph));
    expect(again).toMatchObject({ fetched: 0, created: 0 });

    const late = await deliver(sb, eml({ subject: 'Sagsfremstilling: Et sent punkt' }));
    const forum = await loadForum(graph);
    graph.stats.reset();
    await call(sb, 'DELETE', '/_sandbox/stats');
    const third = await syncSubmissions(graph, forum);
    const served = (await call<{ total: number; byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats')).body;
    expect(third).toMatchObject({ fetched: 1, created: 1, duplicates: 0, moved: 1 });
    expect(await countsByMessageId(graph, 'Submissions', [...ids, late])).toEqual([1, 1, 1, 1]);
    // The folders (one $batch) side by side with the Forum item's links, every folder's first delta page (one
    // $batch), the body, the create, the receipt's draft (with its correlation id) and its send, its mark, the move to
    // Behandlet, the link saved, the pending-receipts query: eleven requests, however many mails the folders held
    // before.
    expect(served.byRoute['GET /users/:userId/mailFolders/:folderId/messages/delta']).toBe(3);
    expect(served.total).toBe(11);
  });

  it('the delta links live in the Forum item, one per folder: another secretary continues where the first left off', async () => {
    const forumItem = (await listItems(graph, 'Forum'))[0];
    const stored = JSON.parse(Fields.of(forumItem ?? {}).text('IntakeDeltaLink', '{}')) as { links?: Record<string, string> };
    const box = 'intake:tsg-sekretariat@testregion.example';
    expect(Object.keys(stored.links ?? {}).sort()).toEqual([`${box}:archive`, `${box}:inbox`, `${box}:junkemail`]);
    expect(stored.links?.[`${box}:inbox`]).toMatch(/\/mailFolders\/[^/]+\/messages\/delta\?\$deltatoken=/);

    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Til den anden sekretær' }));
    const other = secretaryGraph(sb);
    const report = await syncSubmissions(other, await loadForum(other));
    expect(report).toMatchObject({ fetched: 1, created: 1 });
    expect(await countsByMessageId(graph, 'Submissions', [id])).toEqual([1]);
  });

  it('a link stored before the intake read several folders ({ key, link }) is continued, not read again', async () => {
    // A mail that is no submission stays in the Inbox: a sync that read the Inbox from the start would see it again.
    await deliver(sb, eml({ subject: 'Tak for mødet', body: 'Tak for i dag.' }));
    expect(await syncSubmissions(graph, await loadForum(graph))).toMatchObject({ fetched: 1, skipped: 1, moved: 0 });
    const forumItem = (await listItems(graph, 'Forum'))[0];
    const stored = JSON.parse(Fields.of(forumItem ?? {}).text('IntakeDeltaLink', '{}')) as { links: Record<string, string> };
    const key = 'intake:tsg-sekretariat@testregion.example:inbox';
    const legacy = JSON.stringify({ key, link: stored.links[key] });
    const written = await call(sb, 'PATCH', `/sites/${TEST_FORUMS.steering.siteId}/lists/Forum/items/${forumItem?.id ?? ''}/fields`, {
      token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
      body: { IntakeDeltaLink: legacy },
    });
    expect(written.status).toBe(200);

    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Efter opgraderingen' }));
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ fetched: 1, created: 1, skipped: 0, duplicates: 0 });
    expect(await countsByMessageId(graph, 'Submissions', [id])).toEqual([1]);
  });

  it('two secretaries syncing at once record each mail once and send each receipt once', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const ids: string[] = [];
    for (let i = 1; i <= 6; i += 1) ids.push(await deliver(sb, eml({ subject: `Sagsfremstilling: Samtidigt punkt ${i}` })));
    const a = secretaryGraph(sb);
    const b = secretaryGraph(sb);
    const [forumA, forumB] = await Promise.all([loadForum(a), loadForum(b)]);
    const [ra, rb] = await Promise.all([syncSubmissions(a, forumA), syncSubmissions(b, forumB)]);

    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(ra.created + rb.created).toBe(6);
    expect(ra.receipts.sent + rb.receipts.sent).toBe(6);
    const receipts = (await outboxTo(sb, TEST_PEOPLE.patient.mail)).filter((m) => m.subject.includes('Samtidigt punkt'));
    expect(receipts).toHaveLength(6);
    expect(new Set(receipts.map((m) => m.subject)).size).toBe(6);
  });

  it('a 429 on a delta page is retried by the pipeline and the sync records everything once', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 12; i += 1) ids.push(await deliver(sb, eml({ subject: `Sagsfremstilling: Drosling ${i}` })));
    // The Inbox's second delta page (the three folders' first pages pass, in one $batch) answers 429 once: the
    // pipeline waits Retry-After and asks again.
    await call(sb, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'GET', path: '/messages/delta' }, fault: { kind: '429', retryAfterSeconds: 1 }, skip: 3, count: 1 },
    });
    graph.stats.reset();
    const ok = await syncSubmissions(graph, await loadForum(graph), { pageSize: 5 });
    expect(ok.created).toBe(12);
    expect(graph.stats.retries).toBeGreaterThanOrEqual(1);
    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual(ids.map(() => 1));
  });

  it('a sync that read the mail but failed while recording repeats the round without duplicates', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 4; i += 1) ids.push(await deliver(sb, eml({ subject: `Sagsfremstilling: Afbrudt ${i}` })));
    // The create batch is throttled beyond the retries: nothing is known to be recorded, the link stays.
    await call(sb, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'POST', path: '/lists/Submissions/items' }, fault: { kind: '503' }, skip: 2, count: 40 },
    });
    await expect(syncSubmissions(graph, await loadForum(graph))).rejects.toMatchObject({ status: 503 });
    await call(sb, 'DELETE', '/_sandbox/faults');
    // The page was not finished, so its link was not saved: the next sync reads it again.
    const after = await syncSubmissions(graph, await loadForum(graph));
    expect(after.fetched).toBe(4);
    expect(after.created + after.duplicates).toBe(4);
    expect(await countsByMessageId(graph, 'Submissions', ids)).toEqual([1, 1, 1, 1]);
  });
});

describe('syncSubmissions: follow-ups, auto-replies, consultation replies', () => {
  it('a reply in the conversation of a recorded submission is appended to it, once', async () => {
    const original = await deliver(sb, eml({ subject: 'Sagsfremstilling: Demensindsats' }));
    await syncSubmissions(graph, await loadForum(graph));
    const reply = await deliver(
      sb,
      eml({ subject: 'SV: Sagsfremstilling: Demensindsats', replyTo: original, body: 'Her er bilaget, vi talte om.' }),
    );

    const report = await syncSubmissions(graph, await loadForum(graph), { links: new MemoryDeltaLinkStore() });
    expect(report.created).toBe(0);
    expect(report.followUps).toBe(1);
    // Reading the whole folder again (a fresh link) changes nothing.
    const repeat = await syncSubmissions(graph, await loadForum(graph), { links: new MemoryDeltaLinkStore() });
    expect(repeat).toMatchObject({ created: 0, followUps: 0 });

    const [subs, replies] = await submissionsFor([original, reply]);
    expect(replies).toHaveLength(0);
    expect(subs).toHaveLength(1);
    expect(subs?.[0]?.followUps?.map((f) => f.internetMessageId)).toEqual([reply]);
  });

  it('an original and its reply arriving together make one submission with one follow-up', async () => {
    const original = await deliver(sb, eml({ subject: 'Sagsfremstilling: Hjemmebehandling' }));
    const reply = await deliver(
      sb,
      eml({ subject: 'RE: Sagsfremstilling: Hjemmebehandling', replyTo: original, body: 'Rettelse: 20 minutter.' }),
    );
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ created: 1, followUps: 1 });
    const [subs] = await submissionsFor([original]);
    expect(subs?.[0]?.followUps?.map((f) => f.internetMessageId)).toEqual([reply]);
  });

  it('skips auto-replies and records a consultation reply in ConsultationReplies, never as a submission', async () => {
    const auto = await deliver(
      sb,
      eml({
        subject: 'Automatisk svar: Sagsfremstilling',
        headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
        body: 'Jeg er på ferie.',
      }),
    );
    const consultation = await deliver(sb, eml({ subject: 'SV: [Høring TSG-2026-01] Fælles retningslinje', body: 'Vi kan godkende.' }));
    // The routing is under test, not the parser: this stand-in calls the consultation mail a consultation reply.
    const parse = (mail: MailMessage, context?: ParseContext): ParsedMail => {
      const parsed = parseMail(mail, context);
      return mail.subject.includes('[Høring')
        ? { ...parsed, kind: 'consultationReply', consultationRef: 'TSG-2026-01', verdict: 'approve', replyText: 'Vi kan godkende.' }
        : parsed;
    };
    const report = await syncSubmissions(graph, await loadForum(graph), { parse });
    expect(report).toMatchObject({ created: 0, autoReplies: 1, consultationReplies: 1 });
    await syncSubmissions(graph, await loadForum(graph), { parse, links: new MemoryDeltaLinkStore() });

    expect(await countsByMessageId(graph, 'Submissions', [auto, consultation])).toEqual([0, 0]);
    expect(await countsByMessageId(graph, 'ConsultationReplies', [consultation])).toEqual([1]);
    const reply = (await listItems(graph, 'ConsultationReplies')).find((i) => Fields.of(i).text('InternetMessageId') === consultation);
    expect(Fields.of(reply ?? {})).toMatchObject({});
    expect([
      Fields.of(reply ?? {}).text('ConsultationRef'),
      Fields.of(reply ?? {}).text('Verdict'),
      Fields.of(reply ?? {}).text('SenderAddress'),
    ]).toEqual(['TSG-2026-01', 'approve', TEST_PEOPLE.patient.mail]);
  });
});

describe('syncSubmissions: senders and receipts', () => {
  it('flags an unknown sender and still sends the receipt; never mails a noreply address', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const member = await deliver(sb, eml({ subject: 'Sagsfremstilling: Fra et medlem' }));
    const stranger = await deliver(
      sb,
      eml({ subject: 'Sagsfremstilling: Fra en ukendt', from: { name: 'Ulla Ukendt', address: 'ulla.ukendt@andenkommune.example' } }),
    );
    const robot = await deliver(
      sb,
      eml({ subject: 'Sagsfremstilling: Fra en robot', from: { name: 'System', address: 'no-reply@system.example' } }),
    );
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report.created).toBe(3);

    const [m, s, r] = (await submissionsFor([member, stranger, robot])).map((list) => list[0]);
    expect([m?.unknownSender, s?.unknownSender, r?.unknownSender]).toEqual([false, true, true]);
    expect([m?.receipt, s?.receipt, r?.receipt]).toEqual(['sent', 'sent', 'off']);

    const toStranger = await outboxTo(sb, 'ulla.ukendt@andenkommune.example');
    expect(toStranger).toHaveLength(1);
    expect(toStranger[0]?.subject).toBe(`Modtaget: Fra en ukendt (${s?.reference ?? '?'})`);
    expect(await outboxTo(sb, 'no-reply@system.example')).toEqual([]);

    // Syncing again, even over the whole folder, sends nothing more.
    await syncSubmissions(graph, await loadForum(graph), { links: new MemoryDeltaLinkStore() });
    expect(await outboxTo(sb, 'ulla.ukendt@andenkommune.example')).toHaveLength(1);
  });
});

describe('syncSubmissions: answers lost after Graph acted', () => {
  const fault = async (path: string, kind: 'act-then-504' | 'act-then-drop'): Promise<void> => {
    expect(
      (await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path }, fault: { kind }, count: 1 } })).status,
    ).toBe(201);
  };
  const receiptsFor = async (address: string, title: string) =>
    (await outboxTo(sb, address)).filter((m) => m.subject.startsWith(`Modtaget: ${title} (`));

  it('a receipt whose send is answered 504 after it went is sent once and recorded sent', async () => {
    const address = 'rikke.retur@andenkommune.example';
    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Tabt kvittering', from: { name: 'Rikke Retur', address } }));
    await fault('/send$', 'act-then-504');
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ created: 1, receipts: { sent: 1, failed: 0, stuck: 0 } });
    expect(await receiptsFor(address, 'Tabt kvittering')).toHaveLength(1);
    const submission = (await submissionsFor([id]))[0]?.[0];
    expect(submission?.receipt).toBe('sent');
  });

  it('a submission whose create is answered 504 after it was made is one item, adopted, and its receipt goes once', async () => {
    const address = 'anders.adopteret@andenkommune.example';
    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Tabt oprettelse', from: { name: 'Anders Adopteret', address } }));
    await fault('/lists/Submissions/items$', 'act-then-504');
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ created: 1, duplicates: 0, failed: [], receipts: { sent: 1, stuck: 0 } });
    expect(await countsByMessageId(graph, 'Submissions', [id])).toEqual([1]);
    const submission = (await submissionsFor([id]))[0]?.[0];
    expect(submission?.receipt).toBe('sent');
    expect(await receiptsFor(address, 'Tabt oprettelse')).toHaveLength(1);
    // Another sync over the whole folder finds it recorded and sends nothing more.
    await syncSubmissions(graph, await loadForum(graph), { links: new MemoryDeltaLinkStore() });
    expect(await receiptsFor(address, 'Tabt oprettelse')).toHaveLength(1);
  });

  it('a receipt that did not go (its send refused twice) goes back to pending, and the next sync sends its draft once', async () => {
    const address = 'paula.pending@andenkommune.example';
    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Ventende kvittering', from: { name: 'Paula Pending', address } }));
    expect(
      (
        await call(sb, 'POST', '/_sandbox/faults', {
          body: { match: { method: 'POST', path: '/send$' }, fault: { kind: '503' }, count: 2 },
        })
      ).status,
    ).toBe(201);
    const first = await syncSubmissions(graph, await loadForum(graph));
    expect(first.receipts).toMatchObject({ sent: 0, failed: 1, stuck: 0 });
    expect((await submissionsFor([id]))[0]?.[0]?.receipt).toBe('pending');
    const drafts = async (): Promise<number> =>
      (
        await graph.all<{ subject?: string }>(
          `/users/${encodeURIComponent('tsg-sekretariat@testregion.example')}/mailFolders/drafts/messages?$select=subject`,
        )
      ).filter((d) => d.subject?.startsWith('Modtaget: Ventende kvittering')).length;
    expect(await drafts()).toBe(1);

    const second = await syncSubmissions(graph, await loadForum(graph));
    expect(second.receipts).toMatchObject({ sent: 1, failed: 0, stuck: 0 });
    expect(await receiptsFor(address, 'Ventende kvittering')).toHaveLength(1);
    expect(await drafts()).toBe(0);
    expect((await submissionsFor([id]))[0]?.[0]?.receipt).toBe('sent');
  });

  it('a submission another sync recorded is a duplicate, and its receipt is left to that sync', async () => {
    const address = 'dorte.dublet@andenkommune.example';
    const id = await deliver(sb, eml({ subject: 'Sagsfremstilling: Andens punkt', from: { name: 'Dorte Dublet', address } }));
    // Another secretary's sync recorded it and claimed its receipt, which it has not sent yet.
    await graph.post(`/sites/${TEST_FORUMS.steering.siteId}/lists/Submissions/items`, {
      fields: {
        Title: 'Andens punkt',
        InternetMessageId: id,
        SenderAddress: address,
        Status: 'new',
        Receipt: 'sending',
        ReceiptClaim: 'another-sync',
      },
    });
    const report = await syncSubmissions(graph, await loadForum(graph));
    expect(report).toMatchObject({ created: 0, duplicates: 1, receipts: { sent: 0 } });
    expect(await receiptsFor(address, 'Andens punkt')).toHaveLength(0);
  });
});
