import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../../../src/auth/token-provider';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import type { RunningSandbox } from '../../../src/sandbox/server';

/** Counts sequential round trips: a burst of requests on the wire at the same time is one round trip. */
export class WireWatch {
  private inFlight = 0;
  bursts = 0;
  requests = 0;

  readonly fetch: typeof fetch = async (input, init) => {
    if (this.inFlight === 0) this.bursts += 1;
    if (process.env.WIRE_DEBUG) console.log(this.bursts, init?.method, String(input instanceof Request ? input.url : input));
    this.inFlight += 1;
    this.requests += 1;
    try {
      return await fetch(input, init);
    } finally {
      this.inFlight -= 1;
    }
  };

  reset(): void {
    this.bursts = 0;
    this.requests = 0;
  }
}

/** The app's Graph facade signed in as a seeded person, over HTTP to the sandbox, with its wire watched. */
export async function graphFor(
  sandbox: Pick<RunningSandbox, 'url' | 'graphUrl'>,
  user: string,
  opts: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ graph: Graph; wire: WireWatch }> {
  const wire = new WireWatch();
  const graph = createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, user),
    scopes: GRAPH_SCOPES,
    baseUrl: sandbox.graphUrl,
    fetchImpl: wire.fetch,
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  await graph.get('/me');
  wire.reset();
  graph.stats.reset();
  return { graph, wire };
}
