import {
  GraphError,
  type DeltaLinkStore,
  type DeltaPageOf,
  type DeltaPagesOptions,
  type Graph,
  type GraphRequest,
  type GraphResponse,
  type RequestOptions,
  type UploadFragment,
} from '../../../src/graph/graph-types';

/** One request as the attempt makes it, for the predicates below. */
export interface Seen {
  readonly method: string;
  readonly url: string;
}

export class ProcessDied extends Error {
  constructor() {
    super('the process died');
    this.name = 'ProcessDied';
  }
}

type Gate = <T>(request: Seen, run: () => Promise<T>) => Promise<T>;

/** The app's Graph facade with every call passed through `gate` (a batch: each sub-request, see `batchGate`). */
function gated(graph: Graph, gate: Gate, batchGate: (requests: readonly GraphRequest[]) => Promise<GraphResponse[]>): Graph {
  return {
    get: <T>(url: string, o?: RequestOptions) => gate({ method: 'GET', url }, () => graph.get<T>(url, o)),
    post: <T>(url: string, b: unknown, o?: RequestOptions) => gate({ method: 'POST', url }, () => graph.post<T>(url, b, o)),
    patch: <T>(url: string, b: unknown, o?: RequestOptions) => gate({ method: 'PATCH', url }, () => graph.patch<T>(url, b, o)),
    put: <T>(url: string, b: unknown, o?: RequestOptions) => gate({ method: 'PUT', url }, () => graph.put<T>(url, b, o)),
    delete: (url: string, o?: RequestOptions) => gate({ method: 'DELETE', url }, () => graph.delete(url, o)),
    all: <T>(url: string, o?: RequestOptions & { readonly maxItems?: number }) => gate({ method: 'GET', url }, () => graph.all<T>(url, o)),
    batch: batchGate,
    delta: (url, key, links, o) => gate({ method: 'GET', url }, () => graph.delta(url, key, links, o)),
    // Each page fetched through the gate, as the calls above are.
    deltaPages: <T>(url: string, key: string, links: DeltaLinkStore, o?: DeltaPagesOptions<T>): AsyncIterable<DeltaPageOf<T>> => ({
      [Symbol.asyncIterator]() {
        const pages = graph.deltaPages<T>(url, key, links, o)[Symbol.asyncIterator]();
        return { next: () => gate({ method: 'GET', url }, () => pages.next()) };
      },
    }),
    getBytes: (url: string, o?: RequestOptions) => gate({ method: 'GET', url }, () => graph.getBytes(url, o)),
    putBytes: <T>(url: string, bytes: Uint8Array, type: string, o?: RequestOptions) =>
      gate({ method: 'PUT', url }, () => graph.putBytes<T>(url, bytes, type, o)),
    uploadSession: <T>(url: string, fragment?: UploadFragment) =>
      gate({ method: fragment ? 'PUT' : 'GET', url }, () => graph.uploadSession<T>(url, fragment)),
    stats: graph.stats,
  };
}

/**
 * An attempt whose process dies mid-step (a SIGKILL, a closed laptop): once `after` requests matching `dies` have
 * reached Graph, every later call fails without reaching it — so the attempt neither records its step nor lets go of
 * its claim. In a `$batch`, the sub-requests up to the fatal one go, the rest never do.
 */
export function dyingGraph(graph: Graph, dies: (r: Seen) => boolean, after = 1): Graph {
  let count = 0;
  let dead = false;
  const gate: Gate = async (request, run) => {
    if (dead) throw new ProcessDied();
    const result = await run();
    if (dies(request) && (count += 1) >= after) dead = true;
    return result;
  };
  return gated(graph, gate, async (requests) => {
    if (dead) throw new ProcessDied();
    let fatal = -1;
    for (let i = 0; i < requests.length && fatal < 0; i += 1) {
      const r = requests[i];
      if (r && dies(r) && (count += 1) >= after) fatal = i;
    }
    if (fatal < 0) return graph.batch(requests);
    await graph.batch(requests.slice(0, fatal + 1));
    dead = true;
    throw new ProcessDied();
  });
}

/**
 * An attempt held at its first request matching `at` until released: `reached` resolves when it gets there, so a
 * second attempt can run in between (another tab pressing "Send" while the first is sending).
 */
export function pausingGraph(graph: Graph, at: (r: Seen) => boolean): { graph: Graph; reached: Promise<void>; release: () => void } {
  let reach: () => void = () => undefined;
  let release: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let paused = false;
  const gate: Gate = async (request, run) => {
    if (!paused && at(request)) {
      paused = true;
      reach();
      await released;
    }
    return run();
  };
  return {
    graph: gated(graph, gate, async (requests) => {
      const hit = requests.find((r) => at(r));
      return hit ? gate(hit, () => graph.batch(requests)) : graph.batch(requests);
    }),
    reached,
    release: () => release(),
  };
}

/** The facade with every request it makes recorded (a `$batch`: each sub-request), for tests that count what went. */
export function recordingGraph(graph: Graph): { graph: Graph; seen: Seen[] } {
  const seen: Seen[] = [];
  const gate: Gate = (request, run) => {
    seen.push(request);
    return run();
  };
  return {
    graph: gated(graph, gate, (requests) => {
      seen.push(...requests.map((r) => ({ method: r.method, url: r.url })));
      return graph.batch(requests);
    }),
    seen,
  };
}

/**
 * A connection that drops: the first `times` requests matching `drops` fail with a network error — before reaching
 * Graph, or (`answerLost`) after Graph carried them out, their answer lost on the way back.
 */
export function droppingGraph(
  graph: Graph,
  drops: (r: Seen) => boolean,
  opts: { readonly times?: number; readonly answerLost?: boolean } = {},
): Graph {
  let left = opts.times ?? 1;
  const gate: Gate = async (request, run) => {
    if (left <= 0 || !drops(request)) return run();
    left -= 1;
    if (opts.answerLost) await run();
    throw new GraphError(0, 'networkError', `the connection dropped (${request.method} ${request.url})`);
  };
  return gated(graph, gate, (requests) => graph.batch(requests));
}
