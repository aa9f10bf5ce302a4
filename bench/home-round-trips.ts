import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import { createGraph } from '../src/graph/client';
import { HomeStore } from '../src/store/home-store';
import { listItemsUrl } from '../src/store/list-item';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

export interface RoundTrips {
  /** HTTP round trips the app's HomeStore makes to open the secretariat home. */
  readonly homeLoader: { readonly roundTrips: number; readonly requests: number; readonly ms: number };
  /** Naive baseline in the same run: /me, then each forum's lists one GET after another. */
  readonly naive: { readonly roundTrips: number; readonly requests: number; readonly ms: number };
}

const SECRETARIAT = 'katrine.holm@regionfjord.example';
const LISTS = ['Forum', 'Members', 'Meetings', 'Submissions', 'MinutesVersions', 'Approvals'] as const;

/** Opens the secretariat home against a fresh seeded sandbox, the app's way and the naive way. */
export async function measureHomeRoundTrips(): Promise<RoundTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const graph = createGraph({
      tokens: new SandboxTokenProvider(sandbox.url, SECRETARIAT),
      scopes: GRAPH_SCOPES,
      baseUrl: sandbox.graphUrl,
    });
    await graph.get('/me'); // warm the token, as a signed-in app would be
    graph.stats.reset();

    let started = performance.now();
    const home = await new HomeStore(graph, SANDBOX_FORUMS).load();
    const homeMs = performance.now() - started;
    if (home.forums.length === 0) throw new Error('bench: the secretariat home loaded no forum');
    const homeLoader = { roundTrips: graph.stats.roundTrips, requests: graph.stats.requests, ms: homeMs };

    graph.stats.reset();
    started = performance.now();
    await graph.get('/me');
    for (const forum of SANDBOX_FORUMS) {
      for (const list of LISTS) await graph.all(listItemsUrl(forum.siteId, list, {}));
    }
    const naive = { roundTrips: graph.stats.roundTrips, requests: graph.stats.requests, ms: performance.now() - started };
    return { homeLoader, naive };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
