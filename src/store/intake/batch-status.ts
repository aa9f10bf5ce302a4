import { GraphError, type GraphResponse } from '../../graph/types';

/**
 * A `$batch` sub-response still throttled or failing on Graph's side after the batch helper's retries: the sync
 * stops before saving its delta link, so the next one repeats the round (every write is idempotent).
 */
export function throwIfTransient(response: GraphResponse, what: string): void {
  if (response.status === 429 || response.status >= 500) {
    const body = response.body as { error?: { code?: string; message?: string } } | undefined;
    throw new GraphError(response.status, body?.error?.code ?? 'transient', `${what}: ${body?.error?.message ?? `status ${response.status}`}`);
  }
}

export function isSuccess(response: GraphResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** Graph's error code and message of a failed sub-response ("invalidRequest: Field 'X' is not recognized"). */
export function errorCodeOf(response: GraphResponse): string {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  const code = body?.error?.code ?? String(response.status);
  return body?.error?.message ? `${code}: ${body.error.message.slice(0, 200)}` : code;
}
