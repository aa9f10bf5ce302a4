import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import type { Forum } from '../src/domain/types';
import { createGraph } from '../src/graph/client';
import type { Graph, GraphPage } from '../src/graph/types';
import { ForumStore } from '../src/store/forum-stores';
import { syncSubmissions } from '../src/store/intake/sync-submissions';
import { receiptMessage } from '../src/store/intake/receipts';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../src/store/list-item';
import { toSubmission } from '../src/store/mappers/submission';
import { sendMailUrl } from '../src/store/call-for-items';
import { startSandbox, type RunningSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

/**
 * Graph round trips to take in 200 new mails from the forum mailbox: the app's sync (delta pages, `$batch`ed
 * creates, receipts sent and recorded in `$batch`es) against a naive intake in the same run (list the folder, GET
 * each message, look each one up, create it, send and record its receipt one by one), plus a second sync with
 * nothing new.
 */
export interface IntakeSyncTrips {
  readonly mails: number;
  readonly app: Trips & { readonly created: number; readonly receiptsSent: number };
  readonly nothingNew: Trips;
  readonly naive: Trips & { readonly created: number };
}

interface Trips {
  readonly roundTrips: number;
  readonly requests: number;
  readonly ms: number;
}

const SECRETARIAT = 'katrine.holm@regionfjord.example';
const MAILS = 200;
const SENDERS = ['lars.harbo@skovlund.example', 'jane.holt@plo-fjord.example', 'trine.frost@privat.example', 'ukendt.afsender@andenkommune.example'];

function eml(i: number, mailbox: string, batch: string): string {
  const from = SENDERS[i % SENDERS.length] ?? 'x@example.org';
  const withFile = i % 10 === 0;
  const text = ['Indstilling', `- at styregruppen drøfter punkt ${i}`, '', 'Sagsfremstilling', `Beskrivelse af punkt ${i}.`].join('\r\n');
  const head = [`From: Afsender ${i} <${from}>`, `To: ${mailbox}`, `Subject: Sagsfremstilling: Punkt ${batch}-${i}`, `Message-ID: <bench.${batch}.${i}@afsender.example>`, `Date: ${new Date().toUTCString()}`, 'MIME-Version: 1.0'];
  if (!withFile) return [...head, 'Content-Type: text/plain; charset=utf-8', '', text, ''].join('\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b1',
    'Content-Type: application/pdf; name="bilag.pdf"',
    'Content-Disposition: attachment; filename="bilag.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`%PDF-1.4 bilag ${i}`).toString('base64'),
    '--b1--',
    '',
  ].join('\r\n');
}

async function deliverAll(sandbox: RunningSandbox, mailbox: string, batch: string): Promise<void> {
  for (let i = 1; i <= MAILS; i += 1) {
    const res = await fetch(`${sandbox.url}/_sandbox/mail?mailbox=${encodeURIComponent(mailbox)}`, { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: eml(i, mailbox, batch) });
    if (res.status !== 202) throw new Error(`bench: delivering mail ${i} failed with ${res.status}`);
  }
}

interface ListedMessage {
  readonly id: string;
}
interface FullMessage {
  readonly internetMessageId?: string;
  readonly subject?: string;
  readonly from?: { emailAddress?: { name?: string; address?: string } };
  readonly receivedDateTime?: string;
  readonly body?: { content?: string };
}

/** The naive intake: every message of the folder listed and fetched, each looked up and handled on its own. */
async function naiveIntake(graph: Graph, forum: Forum): Promise<number> {
  const box = `/users/${encodeURIComponent(forum.mailbox)}`;
  const listed = await graph.all<ListedMessage>(`${box}/mailFolders/inbox/messages?$select=id&$top=50`);
  let created = 0;
  for (const { id } of listed) {
    const m = await graph.get<FullMessage>(`${box}/messages/${encodeURIComponent(id)}?$select=internetMessageId,subject,from,receivedDateTime,body`);
    const imid = m.internetMessageId ?? id;
    const found = await graph.get<GraphPage<GraphListItem>>(listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/InternetMessageId eq ${odataString(imid)}`, top: 1 }));
    if (found.value.length > 0) continue;
    const address = m.from?.emailAddress?.address ?? '';
    const item = await graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'Submissions'), {
      fields: { Title: m.subject ?? '', InternetMessageId: imid, SenderAddress: address, SenderName: m.from?.emailAddress?.name ?? address, ReceivedAt: m.receivedDateTime, Status: 'new', Description: (m.body?.content ?? '').slice(0, 10_000), Receipt: 'sending' },
    });
    const submission = toSubmission(forum.groupId, item, forum.shortName);
    await graph.post(sendMailUrl(forum), { message: receiptMessage(forum, submission), saveToSentItems: true });
    await graph.patch(`${listItemUrl(forum.siteId, 'Submissions', submission.id)}/fields`, { Receipt: 'sent' }, { ifMatch: submission.etag });
    created += 1;
  }
  return created;
}

export async function measureIntakeSync(): Promise<IntakeSyncTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-intake-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const graph = createGraph({ tokens: new SandboxTokenProvider(sandbox.url, SECRETARIAT), scopes: GRAPH_SCOPES, baseUrl: sandbox.graphUrl });
    const ref = SANDBOX_FORUMS[0];
    if (!ref) throw new Error('bench: no sandbox forum');
    const load = (): Promise<Forum> => new ForumStore(graph).load(ref);
    // The seeded inbox first, so the measured sync sees exactly the 200 new mails.
    await syncSubmissions(graph, await load());
    await deliverAll(sandbox, (await load()).mailbox, 'app');

    const measure = async <T>(run: () => Promise<T>): Promise<{ value: T } & Trips> => {
      graph.stats.reset();
      const started = performance.now();
      const value = await run();
      return { value, roundTrips: graph.stats.roundTrips, requests: graph.stats.requests, ms: Math.round(performance.now() - started) };
    };
    let forum = await load();
    const app = await measure(() => syncSubmissions(graph, forum));
    if (app.value.created !== MAILS) throw new Error(`bench: the sync recorded ${app.value.created} of ${MAILS} mails`);
    forum = await load();
    const quiet = await measure(() => syncSubmissions(graph, forum));

    await deliverAll(sandbox, forum.mailbox, 'naive');
    const naive = await measure(() => naiveIntake(graph, forum));
    const trips = ({ roundTrips, requests, ms }: Trips): Trips => ({ roundTrips, requests, ms });
    return {
      mails: MAILS,
      app: { ...trips(app), created: app.value.created, receiptsSent: app.value.receipts.sent },
      nothingNew: trips(quiet),
      naive: { ...trips(naive), created: naive.value },
    };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
