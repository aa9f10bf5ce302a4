import { Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/token-provider';
import { runBatches } from './batch';
import { GraphRoot } from './graph-root';
import { AuthenticateRequests, TokenAuthProvider } from './middleware/authenticate-requests';
import { CountRequests } from './middleware/count-requests';
import { FetchHandler } from './middleware/fetch-handler';
import { RetryOn429And5xx } from './middleware/retry-on-429-and-5xx';
import { collectAll } from './paging';
import { CountingStats } from './request-stats';
import { resolveRetryPolicy, type RetryOptions } from './retry-policy';
import { GraphTransport, type RequestBody } from './transport';
import type {
  DeltaLinkStore,
  DeltaResult,
  Graph,
  GraphPage,
  GraphRequest,
  GraphResponse,
  HttpMethod,
  DeltaPagesOptions,
  RequestOptions,
  UploadFragment,
} from './graph-types';

export interface GraphOptions {
  readonly tokens: TokenProvider;
  readonly scopes: readonly string[];
  /** The version root: `https://graph.microsoft.com/v1.0` or the sandbox's `http://localhost:3001/v1.0`. */
  readonly baseUrl: string;
  readonly retry?: RetryOptions;
  /** Injectable for tests; defaults to setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests; defaults to the global fetch through the SDK's HTTPMessageHandler. */
  readonly fetchImpl?: typeof fetch;
  /** Jitter source in [0, 1); defaults to Math.random. */
  readonly random?: () => number;
}

/**
 * The only place a Graph client is built: the SDK's client with our chain — authenticate, retry what is safe to
 * repeat (429 always; 503, 504 and lost connections for repeatable requests), count — ending in the SDK's HTTP
 * handler, behind the `Graph` facade every store uses.
 */
export function createGraph(options: GraphOptions): Graph {
  const root = new GraphRoot(options.baseUrl);
  const stats = new CountingStats();
  const policy = resolveRetryPolicy(options.retry, options.sleep, options.random);
  const middleware: Middleware[] = [
    new AuthenticateRequests(new TokenAuthProvider(options.tokens, options.scopes), root.origin),
    new RetryOn429And5xx(policy, stats),
    new CountRequests(stats),
    options.fetchImpl ? new FetchHandler(options.fetchImpl) : new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({ baseUrl: root.sdkBaseUrl, defaultVersion: root.version, middleware });
  const transport = new GraphTransport(client, root);

  const call = async <T>(method: HttpMethod, url: string, requestOptions?: RequestOptions, body?: RequestBody): Promise<T> => {
    const answer = await transport.send({
      method,
      url,
      headers: headersFor(requestOptions),
      ...(body ? { body } : {}),
      ...(requestOptions?.repeatable ? { repeatable: true } : {}),
    });
    return answer.body as T;
  };
  const pageReader =
    <T>(requestOptions?: RequestOptions) =>
    (url: string): Promise<GraphPage<T>> =>
      call<GraphPage<T>>('GET', url, requestOptions);

  return {
    get: <T>(url: string, requestOptions?: RequestOptions) => call<T>('GET', url, requestOptions),
    post: <T>(url: string, body: unknown, requestOptions?: RequestOptions) => call<T>('POST', url, requestOptions, { json: body }),
    patch: <T>(url: string, body: unknown, requestOptions?: RequestOptions) => call<T>('PATCH', url, requestOptions, { json: body }),
    put: <T>(url: string, body: unknown, requestOptions?: RequestOptions) => call<T>('PUT', url, requestOptions, { json: body }),
    delete: async (url: string, requestOptions?: RequestOptions) => {
      await call<unknown>('DELETE', url, requestOptions);
    },
    all: <T>(url: string, requestOptions?: RequestOptions & { readonly maxItems?: number }) =>
      collectAll(pageReader<T>(requestOptions), url, requestOptions?.maxItems),
    batch: (requests: readonly GraphRequest[]): Promise<GraphResponse[]> =>
      runBatches(requests, {
        policy,
        stats,
        relative: (url) => root.relative(url),
        post: async (wire, repeatable) => {
          const answer = await transport.send({ method: 'POST', url: '/$batch', body: { json: { requests: wire } }, repeatable });
          const responses = (answer.body as { responses?: unknown } | undefined)?.responses;
          return Array.isArray(responses) ? (responses as unknown[]) : [];
        },
      }),
    // Delta rounds (the intake's mail, the year's sync) load their code with the first round, not with the first paint.
    delta: async <T>(url: string, key: string, links: DeltaLinkStore, requestOptions?: RequestOptions): Promise<DeltaResult<T>> =>
      (await import('./delta.js')).runDelta(pageReader<T>(requestOptions), url, key, links),
    deltaPages: async function* <T>(url: string, key: string, links: DeltaLinkStore, requestOptions?: DeltaPagesOptions<T>) {
      const { deltaPages } = await import('./delta.js');
      yield* deltaPages(pageReader<T>(requestOptions), url, key, links, requestOptions?.first, requestOptions?.worthSaving);
    },
    getBytes: async (url: string, requestOptions?: RequestOptions) => {
      const answer = await transport.send({ method: 'GET', url, headers: headersFor(requestOptions), expectBytes: true });
      return answer.body instanceof Uint8Array ? answer.body : new Uint8Array();
    },
    putBytes: <T>(url: string, bytes: Uint8Array, contentType: string, requestOptions?: RequestOptions) =>
      call<T>('PUT', url, requestOptions, { bytes, contentType }),
    // Large files only (bilag over 4 MB): the upload session's code loads with the first one, not with the first paint.
    uploadSession: async <T>(uploadUrl: string, fragment?: UploadFragment) =>
      (await import('./upload-session.js')).sendToUploadSession<T>(
        options.fetchImpl ?? ((input, init) => fetch(input, init)),
        root,
        stats,
        uploadUrl,
        fragment,
      ),
    stats,
  };
}

function headersFor(options: RequestOptions | undefined): Record<string, string> | undefined {
  if (!options?.headers && options?.ifMatch === undefined) return undefined;
  return { ...options.headers, ...(options.ifMatch !== undefined ? { 'If-Match': options.ifMatch } : {}) };
}
