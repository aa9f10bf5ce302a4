import type { Router } from './router';
import type { Route, SandboxContext, SandboxRequest, SandboxResponse } from './types';
import { GraphHttpError } from './types';
import { errorResponse } from './errors';
import { actsFirst, type FaultInjector } from '../control/faults';
import type { RequestStats } from '../control/stats';
import type { TokenIssuer } from '../auth/tokens';
import type { SandboxDb } from '../state';
import { authenticateCaller } from '../auth/authenticate';
import type { Caller } from '../auth/caller';

/** One request to the emulated Graph: a real HTTP request or a `$batch` sub-request. */
export interface GraphCall {
  readonly method: string;
  /** Path and query below `/v1.0`, e.g. "/me?$select=id". */
  readonly target: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
  readonly body: unknown;
}

export interface CallIds {
  readonly requestId: string;
  readonly clientRequestId: string;
  readonly date: Date;
}

/** Returned instead of a response when an injected fault drops the connection. */
export const DROP = Symbol('drop');
export type DispatchResult = SandboxResponse | typeof DROP;

export interface DispatcherDeps {
  readonly router: Router<Route>;
  readonly db: SandboxDb;
  readonly tokens: TokenIssuer;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly quiet: boolean;
  readonly officePdf?: (docx: Uint8Array) => Promise<Uint8Array>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Routing, statistics, fault injection, authentication and error rendering for Graph calls. */
export class GraphDispatcher {
  constructor(private readonly deps: DispatcherDeps) {}

  /** The `$batch` handler plugs in here (it dispatches its sub-requests back through `handle`). */
  batch?: (call: GraphCall, caller: Caller, ctx: SandboxContext, ids: CallIds) => Promise<SandboxResponse>;

  async handle(call: GraphCall, baseUrl: string, ids: CallIds, sub = false): Promise<DispatchResult> {
    const { path, query } = splitTarget(call.target);
    const method = call.method.toUpperCase();
    const isBatch = !sub && path.toLowerCase() === '/$batch';
    const match = isBatch ? undefined : this.deps.router.match(method, path);
    const routeKey = isBatch ? 'POST /$batch' : match?.kind === 'found' ? `${method} ${match.route.pattern}` : `${method} (unmatched)`;
    if (sub) this.deps.stats.countSubRequest(routeKey);
    else this.deps.stats.countRoundTrip(routeKey);

    const fault = this.deps.faults.take(method, path);
    if (fault?.kind === 'drop') return DROP;
    const result = await this.run(call, { method, path, query, isBatch, match }, baseUrl, ids, fault);
    // The request was carried out (its state saved); now its answer is lost.
    if (fault?.kind === 'act-then-drop') return DROP;
    if (fault?.kind === 'act-then-504') return errorResponse(504, 'UnknownError', 'The gateway timed out.', ids);
    return result;
  }

  private async run(
    call: GraphCall,
    target: {
      method: string;
      path: string;
      query: URLSearchParams;
      isBatch: boolean;
      match: ReturnType<Router<Route>['match']> | undefined;
    },
    baseUrl: string,
    ids: CallIds,
    fault: ReturnType<FaultInjector['take']>,
  ): Promise<SandboxResponse> {
    const { method, path, query, isBatch, match } = target;
    try {
      if (fault?.kind === 'latency') await sleep(fault.latencyMs ?? 1000);
      if (fault && fault.kind !== 'latency' && fault.kind !== 'drop' && !actsFirst(fault.kind))
        throw faultError(fault.kind, fault.retryAfterSeconds);

      const caller = this.authenticate(call.headers.authorization);
      const ctx: SandboxContext = {
        db: this.deps.db,
        baseUrl,
        now: this.deps.now,
        newId: this.deps.newId,
        ...(this.deps.officePdf ? { officePdf: this.deps.officePdf } : {}),
      };
      if (isBatch) {
        if (method !== 'POST' || !this.batch)
          throw new GraphHttpError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
        return await this.batch(call, caller, ctx, ids);
      }
      // An application has no "me": Graph answers 400 to /me with an app-only token.
      if (caller.kind === 'app' && /^\/me(\/|$)/i.test(path))
        throw new GraphHttpError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      if (!match || match.kind === 'not-found') {
        throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${match?.segment ?? path}'.`);
      }
      if (match.kind === 'method-not-allowed') {
        throw new GraphHttpError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
      }
      const base = { method, path, params: match.params, query, headers: call.headers, body: call.body, rawBody: call.rawBody, caller };
      if (match.route.apps === true) return await match.route.handler(base, ctx);
      if (caller.kind !== 'user')
        throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const req: SandboxRequest = { ...base, user: caller.user };
      return await match.route.handler(req, ctx);
    } catch (e) {
      if (e instanceof GraphHttpError) return errorResponse(e.status, e.code, e.message, ids, e.headers);
      if (!this.deps.quiet) console.error(`sandbox: ${method} ${path} failed`, e);
      return errorResponse(500, 'generalException', 'An unexpected error occurred in the sandbox.', ids);
    }
  }

  private authenticate(authorization: string | undefined): Caller {
    return authenticateCaller(this.deps.tokens, this.deps.db.state.directory, this.deps.now(), authorization);
  }
}

function faultError(kind: '429' | '503' | '504', retryAfterSeconds: number | undefined): GraphHttpError {
  const retry = String(retryAfterSeconds ?? (kind === '504' ? 0 : 1));
  if (kind === '429') {
    return new GraphHttpError(429, 'TooManyRequests', 'Too many requests. Please retry after the time given in Retry-After.', {
      'Retry-After': retry,
    });
  }
  if (kind === '503')
    return new GraphHttpError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.', {
      'Retry-After': retry,
    });
  return new GraphHttpError(504, 'UnknownError', 'The gateway timed out.', retryAfterSeconds !== undefined ? { 'Retry-After': retry } : {});
}

/** "/me?$select=id" -> path "/me" and its query; relative targets ("me") get a leading slash. */
export function splitTarget(target: string): { path: string; query: URLSearchParams } {
  const withSlash = target.startsWith('/') ? target : `/${target}`;
  const q = withSlash.indexOf('?');
  const rawPath = q < 0 ? withSlash : withSlash.slice(0, q);
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  return { path, query: parseQuery(q < 0 ? '' : withSlash.slice(q + 1)) };
}

/** Like URLSearchParams, but a literal '+' stays '+' (OData values such as "+01:00" offsets). */
export function parseQuery(search: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const decode = (s: string): string => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    params.append(decode(eq < 0 ? pair : pair.slice(0, eq)), decode(eq < 0 ? '' : pair.slice(eq + 1)));
  }
  return params;
}
