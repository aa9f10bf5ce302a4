import type { BatchResult } from '../../graph/batch-results';
import { isTransient } from '../../graph/errors';
import { GraphError } from '../../graph/graph-types';

/**
 * A `$batch` result still throttled or failing on Graph's side after the batch helper's retries: the sync stops
 * before saving its delta link, so the next one repeats the round (every write is idempotent).
 */
export function throwIfTransient(result: BatchResult, what: string): void {
  if (result.ok || !isTransient(result.error)) return;
  const { error } = result;
  throw new GraphError(error.status, error.code, `${what}: ${error.graphMessage ?? `status ${error.status}`}`);
}

/** Graph's error code and message of a failed result ("invalidRequest: Field 'X' is not recognized"). */
export function errorCodeOf(error: GraphError): string {
  return error.graphMessage ? `${error.code}: ${error.graphMessage.slice(0, 200)}` : error.code;
}
