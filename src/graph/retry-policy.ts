/**
 * When and how long the pipeline waits before sending a throttled or failed request again.
 * Shared by the retry middleware (whole HTTP calls) and the `$batch` helper (sub-requests).
 */

export interface RetryOptions {
  /** Retries after the first attempt; default 3. */
  readonly maxRetries?: number;
  /** The longest single wait; a server asking for longer is not retried. Default 30 000 ms. */
  readonly maxDelayMs?: number;
}

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** In [0, 1); injectable so tests can pin the jitter. */
  readonly random: () => number;
}

/** First backoff step when Graph gives no Retry-After. */
const BASE_DELAY_MS = 1000;

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** Graph refused before acting: sending it again is safe for any request. */
export const REFUSED_BEFORE_ACTING = 429;

/**
 * Whether sending a request again is harmless even if Graph carried out the first one (docs/ARCHITECTURE.md §5): reads,
 * PUT, PATCH (a repeat with a stale If-Match gets 412, the caller's conflict) and DELETE (a repeat gets 404, the
 * caller's) unless their caller says otherwise; a POST only when its caller says so (a create on a unique key, an
 * event with a transactionId). A caller says `false` for a write whose repeat would look like someone else's (a 412 on
 * its own applied PATCH): its lost answer comes back uncertain, for the caller to settle by looking.
 */
export function isRepeatable(method: string, repeatable: boolean | undefined): boolean {
  return repeatable ?? method.toUpperCase() !== 'POST';
}

/** Whether a failed answer may be sent again: 429 always; 503 and 504 only when the request is repeatable. */
export function mayRetry(status: number, repeatable: boolean): boolean {
  return status === REFUSED_BEFORE_ACTING || (repeatable && isRetryableStatus(status));
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function resolveRetryPolicy(
  options: RetryOptions | undefined,
  sleep: ((ms: number) => Promise<void>) | undefined,
  random: (() => number) | undefined = Math.random,
): RetryPolicy {
  return {
    maxRetries: Math.max(0, options?.maxRetries ?? 3),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? 30_000),
    sleep: sleep ?? defaultSleep,
    random,
  };
}

/** `Retry-After` as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfterSeconds(value: string | null | undefined, now: Date = new Date()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Exponential backoff with "equal jitter": half the step fixed, half random; capped. */
export function backoffMs(retryIndex: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, BASE_DELAY_MS * 2 ** retryIndex);
  return Math.round(step / 2 + (policy.random() * step) / 2);
}

export type RetryDecision = { readonly retry: true; readonly waitMs: number } | { readonly retry: false; readonly reason: GiveUpReason };

export type GiveUpReason = 'bound' | 'retryAfterTooLong';

/**
 * Whether to retry after `retriesSoFar` retries, and how long to wait first. Graph's Retry-After is honoured
 * exactly; if it asks for longer than `maxDelayMs` we give up rather than come back too early.
 */
export function decideRetry(retriesSoFar: number, retryAfterSeconds: number | undefined, policy: RetryPolicy): RetryDecision {
  if (retriesSoFar >= policy.maxRetries) return { retry: false, reason: 'bound' };
  if (retryAfterSeconds !== undefined) {
    const waitMs = Math.ceil(retryAfterSeconds * 1000);
    if (waitMs > policy.maxDelayMs) return { retry: false, reason: 'retryAfterTooLong' };
    return { retry: true, waitMs };
  }
  return { retry: true, waitMs: backoffMs(retriesSoFar, policy) };
}
