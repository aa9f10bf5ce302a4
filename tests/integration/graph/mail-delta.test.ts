import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import { MemoryDeltaLinkStore } from '../../../src/graph/delta-link-stores';
import type { Graph } from '../../../src/graph/graph-types';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/** Mail intake's delta over a shared mailbox's inbox, against the sandbox over HTTP. */
let sandbox: TestSandbox;
let graph: Graph;

const MAILBOX = 'tsg-sekretariat@testregion.example';
const INBOX_DELTA = `/users/${MAILBOX}/mailFolders/inbox/messages/delta?$select=subject,from,receivedDateTime`;

interface DeltaMessage {
  readonly id: string;
  readonly subject?: string;
  readonly '@removed'?: unknown;
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  graph = createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Mail.ReadWrite.Shared'],
    baseUrl: sandbox.graphUrl,
    sleep: () => Promise.resolve(),
  });
});

afterAll(async () => {
  await sandbox.dispose();
});

function eml(subject: string): string {
  return [
    `From: ${TEST_PEOPLE.guest.displayName} <${TEST_PEOPLE.guest.mail}>`,
    `To: ${MAILBOX}`,
    `Subject: ${subject}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@testkommune.example>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Punkt til dagsordenen.',
    '',
  ].join('\r\n');
}

describe('delta against a mailbox', () => {
  it('returns everything first, then only what changed, saving the link each time', async () => {
    const links = new MemoryDeltaLinkStore();

    const first = await graph.delta<DeltaMessage>(INBOX_DELTA, 'tsg-inbox', links);
    expect(first.items.map((m) => m.subject)).toEqual(expect.arrayContaining(['Sagsfremstilling: Fælles testindsats', 'Tak for sidst']));
    await expect(links.load('tsg-inbox')).resolves.toBe(first.deltaLink);

    const quiet = await graph.delta<DeltaMessage>(INBOX_DELTA, 'tsg-inbox', links);
    expect(quiet.items).toEqual([]);

    const delivered = await call(sandbox, 'POST', `/_sandbox/mail?mailbox=${encodeURIComponent(MAILBOX)}`, {
      body: eml('Sagsfremstilling: Nyt punkt'),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    expect(delivered.status).toBe(202);

    const changed = await graph.delta<DeltaMessage>(INBOX_DELTA, 'tsg-inbox', links);
    expect(changed.items.map((m) => m.subject)).toEqual(['Sagsfremstilling: Nyt punkt']);
    await expect(links.load('tsg-inbox')).resolves.toBe(changed.deltaLink);
  });

  it('pages a delta round with nextLinks when the page size is small', async () => {
    const links = new MemoryDeltaLinkStore();
    graph.stats.reset();
    const result = await graph.delta<DeltaMessage>(`/users/${MAILBOX}/mailFolders/inbox/messages/delta`, 'paged', links, {
      headers: { Prefer: 'odata.maxpagesize=1' },
    });
    const all = result.items.length;
    expect(all).toBeGreaterThanOrEqual(3);
    expect(new Set(result.items.map((m) => m.id)).size).toBe(all);
    expect(graph.stats.roundTrips).toBeGreaterThanOrEqual(all);
    await expect(links.load('paged')).resolves.toBe(result.deltaLink);
  });
});
