/**
 * A Graph-shaped fake behind `fetch`: records every HTTP call and answers from a route function. `$batch` is
 * unpacked the way Graph does it (dependsOn -> 424 when the dependency failed), each sub-request routed alone.
 */
export const FAKE_ROOT = 'http://graph.test/v1.0';

export interface FakeRequest {
  readonly method: string;
  /** Relative to the version root, with query ("/me?$select=id"). */
  readonly path: string;
  readonly headers: Headers;
  readonly body: unknown;
  /** Set for sub-requests of a `$batch`. */
  readonly batchId?: string;
}

export interface FakeReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type Route = (request: FakeRequest) => FakeReply | 'drop' | undefined;

export class FakeGraph {
  /** Every HTTP request that reached the fake (a `$batch` is one). */
  readonly calls: FakeRequest[] = [];
  /** Every `$batch` sub-request executed, in order. */
  readonly subRequests: FakeRequest[] = [];

  /** `onBatch` may answer a whole `$batch` POST itself (a fault); otherwise the fake unpacks it. */
  constructor(
    private readonly route: Route,
    private readonly onBatch: Route = () => undefined,
  ) {}

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    const body = await readBody(init?.body, headers);
    const path = url.href.startsWith(FAKE_ROOT) ? url.href.slice(FAKE_ROOT.length) : url.href;
    const request: FakeRequest = { method: (init?.method ?? 'GET').toUpperCase(), path: decodeURI(path), headers, body };
    this.calls.push(request);
    if (request.path === '/$batch' && request.method === 'POST') {
      const outcome = this.onBatch(request);
      if (outcome === 'drop') throw new TypeError('fetch failed');
      return outcome ? toResponse(outcome) : toResponse(this.batch(body, headers));
    }
    const reply = this.route(request);
    if (reply === 'drop') throw new TypeError('fetch failed');
    return toResponse(
      reply ?? { status: 404, body: { error: { code: 'itemNotFound', message: `No route for ${request.method} ${request.path}` } } },
    );
  };

  private batch(body: unknown, outer: Headers): FakeReply {
    const requests = (
      body as {
        requests: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] }[];
      }
    ).requests;
    if (requests.length > 20) return { status: 400, body: { error: { code: 'BadRequest', message: 'Too many requests in batch' } } };
    const statuses = new Map<string, number>();
    const responses = requests.map((sub) => {
      if (
        (sub.dependsOn ?? []).some((id) => {
          const s = statuses.get(id);
          return s === undefined || s >= 400;
        })
      ) {
        statuses.set(sub.id, 424);
        return { id: sub.id, status: 424, body: { error: { code: 'FailedDependency', message: 'dependency failed' } } };
      }
      const request: FakeRequest = {
        method: sub.method,
        path: sub.url,
        headers: new Headers({ ...sub.headers, authorization: outer.get('authorization') ?? '' }),
        body: sub.body,
        batchId: sub.id,
      };
      this.subRequests.push(request);
      const reply = this.route(request);
      const answer =
        reply === 'drop' || reply === undefined ? { status: 404, body: { error: { code: 'itemNotFound', message: 'no route' } } } : reply;
      statuses.set(sub.id, answer.status);
      return { id: sub.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body };
    });
    return { status: 200, body: { responses } };
  }
}

async function readBody(body: BodyInit | null | undefined, headers: Headers): Promise<unknown> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string')
    return /json/.test(headers.get('content-type') ?? 'application/json') ? (JSON.parse(body) as unknown) : body;
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return body;
}

function toResponse(reply: FakeReply): Response {
  const headers = new Headers(reply.headers);
  if (reply.body === undefined || reply.status === 204) return new Response(null, { status: reply.status, headers });
  if (reply.body instanceof Uint8Array) return new Response(new Uint8Array(reply.body), { status: reply.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; odata.metadata=minimal');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}

/** A TokenProvider that hands out numbered tokens and records the scopes it was asked for. */
export class FakeTokens {
  readonly asked: (readonly string[])[] = [];
  getAccessToken(scopes: readonly string[]): Promise<string> {
    this.asked.push(scopes);
    return Promise.resolve('token-1');
  }
}

/** Records the waits instead of waiting. */
export function recordingSleep(): { readonly waits: number[]; readonly sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}
