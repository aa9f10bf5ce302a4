import type { TokenProvider } from '../auth/token-provider';
import { CountingStats } from './request-stats';
import { resolveRetryPolicy, type RetryOptions } from './retry-policy';
import { toSharePointError } from './sharepoint-error';
import { authenticate, chain, countRequests, fetchWith, retryThrottled, type RestExchange } from './sharepoint-pipeline';
import type { RequestStats } from './graph-types';

/**
 * SharePoint's REST API (`{webUrl}/_api/...`), for what Graph v1.0 cannot do: a site's permissions
 * (docs/SECURITY.md). Only the calls in the provision contract are made through it. Answers are asked for as plain
 * JSON (`odata=nometadata`); bodies go in the verbose format with `__metadata`, as SharePoint documents them.
 * OAuth bearer tokens need no form digest.
 */

export interface SharePointRestOptions {
  readonly tokens: TokenProvider;
  /** SharePoint's delegated scopes, e.g. `sharePointScopes(webUrl, 'AllSites.FullControl')`. */
  readonly scopes: readonly string[];
  /** The site (`https://contoso.sharepoint.com/sites/x`; its REST root is `{webUrl}/_api`), or the REST root itself. */
  readonly site: { readonly webUrl: string } | { readonly restRoot: string };
  readonly retry?: RetryOptions;
  /** Injectable for tests; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests; default the global fetch. */
  readonly fetchImpl?: typeof fetch;
  readonly random?: () => number;
}

export interface SharePointRest {
  /** `https://host/sites/x/_api`, no trailing slash. */
  readonly restRoot: string;
  /** A read, `path` under the REST root ("web/lists/getbytitle('Approvals')?$select=Id"). */
  get<T>(path: string): Promise<T>;
  /**
   * A POST with an optional verbose body. `repeatable`: SharePoint's semantics make a second identical call harmless
   * (break inheritance, add/remove a role assignment, ensureuser); otherwise a 504 or a dropped connection is not
   * retried and the caller settles the outcome by reading.
   */
  post<T>(path: string, body?: unknown, options?: { readonly repeatable?: boolean }): Promise<T>;
  /** `X-HTTP-Method: MERGE` with `IF-MATCH: *`: sets the given properties (repeatable). */
  merge(path: string, body: unknown): Promise<void>;
  readonly stats: RequestStats;
}

export type SharePointScope = 'AllSites.FullControl' | 'AllSites.Read';

/** SharePoint's delegated scope for the tenant host of a site (`https://contoso.sharepoint.com/AllSites.FullControl`). */
export function sharePointScopes(webUrl: string, scope: SharePointScope): string[] {
  return [`${new URL(webUrl).origin}/${scope}`];
}

/** The REST root of a site: `{webUrl}/_api`. */
export function restRootOf(webUrl: string): string {
  const url = new URL(webUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/_api`;
}

const ACCEPT = 'application/json;odata=nometadata';
const VERBOSE = 'application/json;odata=verbose';

export function createSharePointRest(options: SharePointRestOptions): SharePointRest {
  const restRoot = ('restRoot' in options.site ? options.site.restRoot : restRootOf(options.site.webUrl)).replace(/\/+$/, '');
  const origin = new URL(restRoot).origin;
  const stats = new CountingStats();
  const policy = resolveRetryPolicy(options.retry, options.sleep, options.random);
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const send = chain(
    [authenticate(options.tokens, options.scopes, origin), retryThrottled(policy, stats), countRequests(stats)],
    fetchWith(fetchImpl),
  );

  const call = async <T>(
    method: 'GET' | 'POST',
    path: string,
    extra: { body?: unknown; headers?: Record<string, string>; repeatable: boolean },
  ): Promise<T> => {
    const url = `${restRoot}/${path.replace(/^\/+/, '')}`;
    const exchange: RestExchange = {
      method,
      url,
      headers: { Accept: ACCEPT, ...(extra.body !== undefined ? { 'Content-Type': VERBOSE } : {}), ...extra.headers },
      ...(extra.body !== undefined ? { body: JSON.stringify(extra.body) } : {}),
      repeatable: extra.repeatable,
      trace: { attempts: 0 },
    };
    // A token failure passes through as it was; a network failure arrives as SharePointError (status 0).
    const response = await send(exchange);
    const body = await readBody(response);
    if (!response.ok) {
      const outcome = exchange.trace.gaveUp ? { attempts: exchange.trace.attempts, reason: exchange.trace.gaveUp } : undefined;
      throw toSharePointError(
        url,
        { status: response.status, statusText: response.statusText, retryAfter: response.headers.get('retry-after'), body },
        outcome,
      );
    }
    return body as T;
  };

  return {
    restRoot,
    get: <T>(path: string) => call<T>('GET', path, { repeatable: true }),
    post: <T>(path: string, body?: unknown, postOptions?: { readonly repeatable?: boolean }) =>
      call<T>('POST', path, { ...(body !== undefined ? { body } : {}), repeatable: postOptions?.repeatable === true }),
    merge: async (path: string, body: unknown) => {
      await call<unknown>('POST', path, { body, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, repeatable: true });
    },
    stats,
  };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (/json/i.test(response.headers.get('content-type') ?? '')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** A value inside `'…'` of a REST path (`getbytitle('…')`, `decodedurl='…'`): quotes doubled, then percent-encoded. */
export function restString(value: string): string {
  return `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;
}
