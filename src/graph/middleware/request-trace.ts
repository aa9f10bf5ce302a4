import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { GiveUpReason } from '../retry-policy';

/**
 * A per-request note the facade hands down the chain (as an SDK middleware option) and reads back: whether the
 * request is safe to repeat, how many attempts the retry middleware made and why it stopped, whether Graph may have
 * acted on a request it did not repeat, and a token failure the SDK would otherwise wrap.
 */
export class RequestTrace implements MiddlewareOptions {
  attempts = 0;
  gaveUp: GiveUpReason | undefined;
  /** Set by the retry middleware: a request that is not repeatable got 503, 504 or no answer. */
  uncertain = false;
  tokenFailure: { readonly error: unknown } | undefined;

  /** Whether the request may be sent again after Graph may have acted on it (`isRepeatable`). */
  constructor(readonly repeatable: boolean = true) {}
}
