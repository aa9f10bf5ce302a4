import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { runDuePass } from '../src/cli/due/pass';
import { SANDBOX_AUTOMATION_APP_ID, SANDBOX_FORUMS } from '../src/config/app-config';
import type { Forum } from '../src/domain/types';
import { createGraph } from '../src/graph/client';
import type { Graph } from '../src/graph/graph-types';
import { MemoryDeltaLinkStore } from '../src/graph/delta-link-stores';
import { ForumStore } from '../src/store/forum-stores';
import { syncSubmissions } from '../src/store/intake/sync-submissions';
import { allInMemoryRound } from './intake-all-in-memory';

/**
 * One intake pass over 500 new mails in the forum mailbox — Graph round trips, the client's peak heap and the time —
 * for the page-by-page intake (issue 14: each page's light fields, the bodies of the mails it reads, recorded,
 * receipts sent, moved to Behandlet, the page's link saved) against the all-in-memory round it replaced
 * (intake-all-in-memory.ts: every page with bodies loaded first, the link saved at the end), in the same run, plus a
 * sync with nothing new; and one whole `sekretariat run` pass (runDuePass, as the forum's own application: the intake
 * with its receipts, then everything else due) over 500 new mails. The sandbox runs in a child process, so the heap
 * measured is the client's alone.
 */
export interface IntakeSyncBench {
  readonly mails: number;
  /** Size of one raw mail as delivered (a two-page case presentation in HTML). */
  readonly mailBytes: number;
  readonly pageByPage: Pass & { readonly created: number; readonly receiptsSent: number; readonly moved: number };
  /** The sync after the pass: it pages through the Inbox's removals of the 500 mails moved to Behandlet. */
  readonly removalsAfterPass: Pass;
  readonly nothingNew: Pass;
  readonly allInMemory: Pass & { readonly created: number; readonly receiptsSent: number };
  /** One `sekretariat run` pass (app-only) over 500 new mails: the page-by-page intake and the rest of what is due. */
  readonly runPass: Pass & { readonly created: number; readonly ok: boolean };
}

interface Pass {
  readonly roundTrips: number;
  readonly requests: number;
  /** Wall time (of the pass run without the heap sampler). */
  readonly ms: number;
  /**
   * The most heap the pass kept alive, from a second run on fresh mail: `heapUsed` right after a forced GC, every
   * `SAMPLE_MS`, above the same measure right before the pass (without the GC the figure would count garbage not
   * yet collected, not memory held). 0 for the quiet syncs, which are not sampled.
   */
  readonly peakHeapMiB: number;
}

const SECRETARIAT = 'katrine.holm@regionfjord.example';
const MAILS = 500;
const SENDERS = [
  'lars.harbo@skovlund.example',
  'jane.holt@plo-fjord.example',
  'trine.frost@privat.example',
  'ukendt.afsender@andenkommune.example',
];
/** A case presentation of about two pages, as Outlook sends it (HTML). */
const PARAGRAPH =
  '<p>Kommunen og hospitalet har i det forløbne år afprøvet en fælles model for opfølgning efter udskrivelse, hvor borgeren kontaktes inden for 48 timer og en fælles plan lægges i samarbejde med egen læge. Erfaringerne er samlet i vedlagte notat.</p>';
const FILLER = PARAGRAPH.repeat(24);
const DELIVERY_CONCURRENCY = 8;
const SAMPLE_MS = 100;

function eml(i: number, mailbox: string, batch: string): string {
  const from = SENDERS[i % SENDERS.length] ?? 'x@example.org';
  const withFile = i % 10 === 0;
  const html = [
    '<p><b>Indstilling</b></p>',
    `<ul><li>at styregruppen drøfter punkt ${i}</li></ul>`,
    '<p><b>Sagsfremstilling</b></p>',
    `<p>Beskrivelse af punkt ${i}.</p>`,
    FILLER,
  ].join('');
  const head = [
    `From: Afsender ${i} <${from}>`,
    `To: ${mailbox}`,
    `Subject: Sagsfremstilling: Punkt ${batch}-${i}`,
    `Message-ID: <bench.${batch}.${i}@afsender.example>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
  ];
  if (!withFile) return [...head, 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
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

async function deliverAll(url: string, mailbox: string, batch: string): Promise<void> {
  let next = 1;
  const worker = async (): Promise<void> => {
    for (let i = next++; i <= MAILS; i = next++) {
      const res = await fetch(`${url}/_sandbox/mail?mailbox=${encodeURIComponent(mailbox)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'message/rfc822' },
        body: eml(i, mailbox, batch),
      });
      if (res.status !== 202) throw new Error(`bench: delivering mail ${i} failed with ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, worker));
}

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string; graphUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'sandbox-child.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, ...(JSON.parse(line) as { url: string; graphUrl: string }) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`bench: the sandbox exited (${code ?? 'signal'})`)));
  });
}

/** A collector the bench can call between passes (V8's, exposed for this process at runtime). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export async function measureIntakeSync(): Promise<IntakeSyncBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-intake-'));
  const sandbox = await startChild(dataDir);
  const gc = collector();
  try {
    const graph = createGraph({
      tokens: new SandboxTokenProvider(sandbox.url, SECRETARIAT),
      scopes: GRAPH_SCOPES,
      baseUrl: sandbox.graphUrl,
    });
    const ref = SANDBOX_FORUMS[0];
    if (!ref) throw new Error('bench: no sandbox forum');
    const load = (): Promise<Forum> => new ForumStore(graph).load(ref);
    const baselineLinks = new MemoryDeltaLinkStore();

    /** Round trips and time of a pass; with `heap`, instead the most heap it kept alive (sampled with forced GCs). */
    const measure = async <T>(run: () => Promise<T>, heap = false, on: Graph = graph): Promise<{ value: T } & Pass> => {
      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const sampler = heap
        ? setInterval(() => {
            gc();
            peak = Math.max(peak, process.memoryUsage().heapUsed);
          }, SAMPLE_MS)
        : undefined;
      on.stats.reset();
      const started = performance.now();
      try {
        const value = await run();
        const ms = Math.round(performance.now() - started);
        return {
          value,
          roundTrips: on.stats.roundTrips,
          requests: on.stats.requests,
          ms,
          peakHeapMiB: Math.round(((peak - base) / 2 ** 20) * 10) / 10,
        };
      } finally {
        clearInterval(sampler);
      }
    };
    const expectAll = (what: string, created: number): void => {
      if (created !== MAILS) throw new Error(`bench: ${what} recorded ${created} of ${MAILS} mails`);
    };

    // The seeded mailbox first (and Behandlet made), so each measured pass sees exactly its 500 new mails. Each
    // intake runs twice on fresh mail: once for round trips and time, once for the heap (the sampler's forced GCs
    // would otherwise be in the time).
    await syncSubmissions(graph, await load());
    const forum = await load();
    const pageByPagePass = async (batch: string, heap: boolean) => {
      await deliverAll(sandbox.url, forum.mailbox, batch);
      const before = await load();
      const result = await measure(() => syncSubmissions(graph, before), heap);
      expectAll('the page-by-page pass', result.value.created);
      return result;
    };
    const pageByPage = await pageByPagePass('page', false);
    // The next sync reads the removals of what the pass moved out of the Inbox; the one after that, nothing.
    const moved = await load();
    const afterPass = await measure(() => syncSubmissions(graph, moved));
    const settled = await load();
    const quiet = await measure(() => syncSubmissions(graph, settled));
    const pageByPageHeap = await pageByPagePass('page-heap', true);
    await syncSubmissions(graph, await load());

    // `sekretariat run`, as cron or the Functions timer starts it: the forum's application, every step of the pass.
    const app = createGraph({
      tokens: SandboxTokenProvider.forApp(sandbox.url, SANDBOX_AUTOMATION_APP_ID),
      scopes: GRAPH_SCOPES,
      baseUrl: sandbox.graphUrl,
    });
    const runRef = { ...ref, trustedAppIds: [SANDBOX_AUTOMATION_APP_ID] };
    const runPass = async (batch: string, heap: boolean) => {
      await deliverAll(sandbox.url, forum.mailbox, batch);
      const lines: string[] = [];
      const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), env: {}, cwd: process.cwd() };
      const result = await measure(() => runDuePass(io, app, [runRef], { now: new Date(), appBaseUrl: 'https://app.example' }), heap, app);
      const created = Number(/(\d+) punkter \/ items/.exec(lines.join('\n'))?.[1] ?? '0');
      expectAll('the sekretariat run pass', created);
      // The next pass reads the removals of what this one moved out of the Inbox: not part of the measured pass.
      await syncSubmissions(graph, await load());
      return { ...result, created };
    };
    const run = await runPass('run', false);
    const runHeap = await runPass('run-heap', true);

    const allInMemoryPass = async (batch: string, heap: boolean) => {
      // The old round's own link, taken now: the measured round sees the next 500 mails and nothing before them.
      await allInMemoryRound(graph, await load(), baselineLinks);
      await deliverAll(sandbox.url, forum.mailbox, batch);
      const before = await load();
      const result = await measure(() => allInMemoryRound(graph, before, baselineLinks), heap);
      expectAll('the all-in-memory round', result.value.created);
      return result;
    };
    const allInMemory = await allInMemoryPass('memory', false);
    const allInMemoryHeap = await allInMemoryPass('memory-heap', true);

    const pass = ({ roundTrips, requests, ms }: Pass, heap?: Pass): Pass => ({
      roundTrips,
      requests,
      ms,
      peakHeapMiB: heap?.peakHeapMiB ?? 0,
    });
    return {
      mails: MAILS,
      mailBytes: Buffer.byteLength(eml(1, forum.mailbox, 'x')),
      pageByPage: {
        ...pass(pageByPage, pageByPageHeap),
        created: pageByPage.value.created,
        receiptsSent: pageByPage.value.receipts.sent,
        moved: pageByPage.value.moved,
      },
      removalsAfterPass: pass(afterPass),
      nothingNew: pass(quiet),
      allInMemory: {
        ...pass(allInMemory, allInMemoryHeap),
        created: allInMemory.value.created,
        receiptsSent: allInMemory.value.receiptsSent,
      },
      runPass: { ...pass(run, runHeap), created: run.created, ok: run.value },
    };
  } finally {
    const exited = new Promise((resolve) => sandbox.child.once('exit', resolve));
    sandbox.child.kill();
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
