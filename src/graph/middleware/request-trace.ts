import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { GiveUpReason } from '../retry-policy';

/**
 * A per-request note the facade hands down the chain (as an SDK middleware option) and reads back: how many
 * attempts the retry middleware made and why it stopped, and a token failure the SDK would otherwise wrap.
 */
export class RequestTrace implements MiddlewareOptions {
  attempts = 0;
  gaveUp: GiveUpReason | undefined;
  tokenFailure: { readonly error: unknown } | undefined;
}
