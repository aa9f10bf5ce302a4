import type { Context } from '@microsoft/microsoft-graph-client';
import type { CountingStats } from '../request-stats';
import { decideRetry, isRepeatable, mayRetry, parseRetryAfterSeconds, type RetryPolicy } from '../retry-policy';
import { ChainedMiddleware, requestMethod } from './chained';
import { RequestTrace } from './request-trace';

/**
 * Sends a request again when that is safe (docs/ARCHITECTURE.md §5), waiting as `Retry-After` asks (seconds or
 * HTTP-date) or with jittered exponential backoff, at most `maxRetries` times:
 *
 * - 429 (Graph refused before acting): every request.
 * - 503, 504 and a lost connection: only a repeatable request (GET, PUT, PATCH, DELETE, or a POST its caller marked
 *   `repeatable`). A POST that is not repeatable is not sent again — Graph may have acted on it: the trace says
 *   `uncertain` and the facade raises `UncertainOutcomeError` so the caller settles the outcome by looking.
 *
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
    const repeatable = trace ? trace.repeatable : isRepeatable(requestMethod(context), undefined);
    for (let retries = 0; ; retries += 1) {
      if (trace) trace.attempts = retries + 1;
      let failure: { readonly error: unknown } | undefined;
      try {
        await this.passOn(context);
      } catch (error) {
        if (!repeatable) {
          if (trace) trace.uncertain = true;
          throw error;
        }
        failure = { error };
      }
      const response = context.response;
      if (!failure && (!response || response.ok)) return;
      if (!failure && response && !mayRetry(response.status, repeatable)) {
        if (trace && !repeatable && (response.status === 503 || response.status === 504)) trace.uncertain = true;
        return;
      }
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
