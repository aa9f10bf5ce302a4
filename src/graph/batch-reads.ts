import type { BatchFailure, BatchResult } from './batch-results';
import { GraphError } from './graph-types';

/*
 * The usual reads of one `batchResults` answer (docs/ARCHITECTURE.md, "Reading a batch"). Apart from batch-results.ts
 * so that the home's first load, which only maps its results, does not carry them.
 */

/**
 * The value answered for request `id`, or its error thrown: for reads the caller cannot do without. A request the
 * `$batch` answer left out throws status 0 `missingResponse`.
 */
export function valueOf<T = unknown>(results: readonly BatchResult[], id: string): T {
  const result = resultOf(results, id);
  if (!result) throw new GraphError(0, 'missingResponse', `No answer for ${id}`);
  if (!result.ok) throw result.error;
  return result.value as T;
}

/**
 * The first failure among the results, in input order, leaving out those `expected` says are fine for the caller
 * (e.g. `isNotFound` for a removal: already gone).
 */
export function firstFailure(
  results: readonly BatchResult[],
  expected: (error: GraphError) => boolean = () => false,
): BatchFailure | undefined {
  for (const result of results) if (!result.ok && !expected(result.error)) return result;
  return undefined;
}

/** The result for a request id, from the results of one `batchResults` call. */
export function resultOf(results: readonly BatchResult[], id: string): BatchResult | undefined {
  return results.find((result) => result.id === id);
}
