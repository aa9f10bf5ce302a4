import type { TokenProvider } from '../auth/token-provider';
import type { CountingStats } from './request-stats';
import { sharePointNetworkError } from './sharepoint-error';
import { decideRetry, isRetryableStatus, parseRetryAfterSeconds, type GiveUpReason, type RetryPolicy } from './retry-policy';

/**
 * The SharePoint REST client's request pipeline: the same behaviours as the Graph pipeline (authenticate, retry
 * 429/503/504 by the shared retry policy, count), as small functions around `fetch`. SharePoint's REST API is not
 * Graph, so the Graph SDK's client does not carry it; the behaviours and the policy are the same.
 */

export interface RestExchange {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /**
   * Whether sending it again is harmless even if SharePoint acted on the first one (reads, MERGE, break inheritance,
   * add/remove a role assignment, ensureuser). A create is not: it is retried only when SharePoint refused it.
   */
  readonly repeatable: boolean;
  /** Filled in by the retry step: how many attempts it made, and why it stopped if it gave up. */
  readonly trace: { attempts: number; gaveUp?: GiveUpReason };
}

export type Send = (exchange: RestExchange) => Promise<Response>;
export type RestMiddleware = (next: Send) => Send;

export function chain(middleware: readonly RestMiddleware[], terminal: Send): Send {
  return middleware.reduceRight<Send>((next, step) => step(next), terminal);
}

/** `Authorization: Bearer …` for the site's origin only: a token is never sent anywhere else. */
export const authenticate =
  (tokens: TokenProvider, scopes: readonly string[], origin: string): RestMiddleware =>
  (next) =>
  async (exchange) => {
    if (new URL(exchange.url).origin !== origin)
      throw new Error(`Refusing to send a SharePoint token outside ${origin}: ${new URL(exchange.url).origin}`);
    const token = await tokens.getAccessToken(scopes);
    return next({ ...exchange, headers: { ...exchange.headers, Authorization: `Bearer ${token}` } });
  };

/**
 * SharePoint Online throttles with 429 and with 503 ("Server Too Busy"), both before it acts: those two are retried
 * for every request. A 504 or a dropped connection may come after SharePoint acted, so they are retried only for a
 * repeatable request; the caller of anything else settles the outcome by reading (docs/ARCHITECTURE.md §5).
 */
const REFUSED_BEFORE_ACTING: ReadonlySet<number> = new Set([429, 503]);

export const retryThrottled =
  (policy: RetryPolicy, stats: CountingStats): RestMiddleware =>
  (next) =>
  async (exchange) => {
    for (let retries = 0; ; retries += 1) {
      exchange.trace.attempts = retries + 1;
      let response: Response | undefined;
      try {
        response = await next(exchange);
      } catch (error) {
        if (!exchange.repeatable) throw error;
        const decision = decideRetry(retries, undefined, policy);
        if (!decision.retry) throw error;
        stats.recordRetries(1);
        await policy.sleep(decision.waitMs);
        continue;
      }
      const retryable = exchange.repeatable ? isRetryableStatus(response.status) : REFUSED_BEFORE_ACTING.has(response.status);
      if (!retryable) return response;
      const decision = decideRetry(retries, parseRetryAfterSeconds(response.headers.get('retry-after')), policy);
      if (!decision.retry) {
        exchange.trace.gaveUp = decision.reason;
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      stats.recordRetries(1);
      await policy.sleep(decision.waitMs);
    }
  };

export const countRequests =
  (stats: CountingStats): RestMiddleware =>
  (next) =>
  (exchange) => {
    stats.recordRoundTrip(1);
    return next(exchange);
  };

/** The end of the chain; a call that gets no HTTP answer becomes a `SharePointError` with status 0. */
export const fetchWith =
  (fetchImpl: typeof fetch): Send =>
  async (exchange) => {
    try {
      return await fetchImpl(exchange.url, {
        method: exchange.method,
        headers: { ...exchange.headers },
        ...(exchange.body !== undefined ? { body: exchange.body } : {}),
      });
    } catch (error) {
      throw sharePointNetworkError(exchange.url, error);
    }
  };
