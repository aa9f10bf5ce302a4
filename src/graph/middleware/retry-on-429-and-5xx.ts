import type { Context } from '@microsoft/microsoft-graph-client';
import type { CountingStats } from '../request-stats';
import { decideRetry, isRetryableStatus, parseRetryAfterSeconds, type RetryPolicy } from '../retry-policy';
import { ChainedMiddleware, requestMethod } from './chained';
import { RequestTrace } from './request-trace';

/**
 * Sends a request again on 429, 503 and 504, waiting as `Retry-After` asks (seconds or HTTP-date) or with
 * jittered exponential backoff, at most `maxRetries` times. A GET that fails without an answer (dropped
 * connection) is retried the same way; other methods are not, since Graph may have acted on them.
 * When it stops, the last response stays in the context and the trace says why; the facade raises the error.
 * A 200 `$batch` is a success here: its sub-responses are the `$batch` helper's business.
 */
export class RetryOn429And5xx extends ChainedMiddleware {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly stats: CountingStats,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const trace = context.middlewareControl?.getMiddlewareOptions(RequestTrace) as RequestTrace | undefined;
    const idempotentRead = requestMethod(context) === 'GET';
    for (let retries = 0; ; retries += 1) {
      if (trace) trace.attempts = retries + 1;
      let failure: { readonly error: unknown } | undefined;
      try {
        await this.passOn(context);
      } catch (error) {
        if (!idempotentRead) throw error;
        failure = { error };
      }
      const response = context.response;
      if (!failure && (!response || !isRetryableStatus(response.status))) return;
      const retryAfter = failure ? undefined : parseRetryAfterSeconds(response?.headers.get('retry-after'));
      const decision = decideRetry(retries, retryAfter, this.policy);
      if (!decision.retry) {
        if (failure) throw failure.error;
        if (trace) trace.gaveUp = decision.reason;
        return;
      }
      await response?.body?.cancel().catch(() => undefined);
      context.response = undefined;
      this.stats.recordRetries(1);
      await this.policy.sleep(decision.waitMs);
    }
  }
}
