import { subResponseError } from './errors';
import type { Graph, GraphError, GraphRequest, GraphResponse } from './graph-types';

/**
 * One `$batch` sub-request's outcome as a store reads it: its value, or the `GraphError` Graph answered with (pnpjs's
 * batching is the model). A store asks a failure what it means with the predicates in errors.ts (`isNotFound`,
 * `isPreconditionFailed`, …), never by its status number (docs/ARCHITECTURE.md, "Reading a batch").
 */
export type BatchResult<T = unknown> = BatchValue<T> | BatchFailure;

export interface BatchValue<T = unknown> {
  readonly ok: true;
  /** The sub-request's id. */
  readonly id: string;
  /** The answer's body (undefined for 204 No Content). */
  readonly value: T;
  /** Graph made something new (201 Created), as against answering with what was there or was changed (200, 204). */
  readonly created: boolean;
  /** The written or read item's eTag: the body's `@odata.etag`, else the `ETag` header. */
  readonly etag?: string;
}

export interface BatchFailure {
  readonly ok: false;
  readonly id: string;
  /**
   * What Graph answered, with its status, code, message and `Retry-After`; an `UncertainOutcomeError` when the
   * sub-request was not safe to repeat and may have been carried out (503, 504 or a lost answer); status 424 and code
   * `failedDependency` when a request it `dependsOn` failed, so it was not sent.
   */
  readonly error: GraphError;
}

/** A sub-response as a result: 2xx is a value, anything else its `GraphError`. */
export function toBatchResult<T = unknown>(response: GraphResponse): BatchResult<T> {
  if (response.uncertain !== true && response.status >= 200 && response.status < 300) {
    const etag = etagOf(response);
    return {
      ok: true,
      id: response.id,
      value: response.body as T,
      created: response.status === 201,
      ...(etag !== undefined ? { etag } : {}),
    };
  }
  return { ok: false, id: response.id, error: subResponseError(response) };
}

/**
 * Sends the requests through `graph.batch` (waves of at most 20, `dependsOn`, retries of throttled and repeatable
 * sub-requests, request stats) and gives one result per request, in input order.
 */
export async function batchResults(graph: Graph, requests: readonly GraphRequest[]): Promise<BatchResult[]> {
  if (requests.length === 0) return [];
  return (await graph.batch(requests)).map((response) => toBatchResult(response));
}

function etagOf(response: GraphResponse): string | undefined {
  const inBody = (response.body as Record<string, unknown> | null | undefined)?.['@odata.etag'];
  return typeof inBody === 'string' ? inBody : response.headers.etag;
}
