import { GraphError, UncertainOutcomeError, isUncertain, type GraphResponse } from './graph-types';
import { parseRetryAfterSeconds, type GiveUpReason } from './retry-policy';

/** A failed response in the pieces the mapping needs (from a fetch Response or a `$batch` sub-response). */
export interface FailedResponse {
  readonly status: number;
  readonly statusText?: string;
  header(name: string): string | undefined;
  readonly body: unknown;
}

/** What the retry layer did before it handed back a failure. */
export interface RetryOutcome {
  readonly attempts: number;
  readonly reason: GiveUpReason;
}

interface GraphErrorBody {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly innerError?: { readonly 'request-id'?: unknown } | undefined;
}

function errorBody(body: unknown): GraphErrorBody | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const inner = (body as { error: unknown }).error;
    if (typeof inner === 'object' && inner !== null) return inner as GraphErrorBody;
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Maps a Graph error response to `GraphError`; messages are English, the UI translates by status and code. */
export function toGraphError(response: FailedResponse, outcome?: RetryOutcome): GraphError {
  const body = errorBody(response.body);
  const code = text(body?.code) ?? text(response.statusText) ?? `HTTP${response.status}`;
  const graphMessage = text(body?.message) ?? (typeof response.body === 'string' ? response.body.slice(0, 200) : '');
  const retryAfterSeconds = parseRetryAfterSeconds(response.header('retry-after'));
  const requestId = response.header('request-id') ?? response.header('client-request-id') ?? text(body?.innerError?.['request-id']);
  const what = `${response.status} ${code}`;
  let message = graphMessage === '' ? `Microsoft Graph answered ${what}` : `Microsoft Graph answered ${what}: ${graphMessage}`;
  if (outcome?.reason === 'bound') {
    message = `Microsoft Graph did not succeed after ${outcome.attempts} attempts (${what}); try again later`;
  } else if (outcome?.reason === 'retryAfterTooLong') {
    message = `Microsoft Graph asked to wait ${retryAfterSeconds ?? '?'} s before retrying (${what}), longer than this app waits; try again later`;
  }
  return new GraphError(response.status, code, message, retryAfterSeconds, requestId, graphMessage === '' ? undefined : graphMessage);
}

/** A request that never got an HTTP answer (DNS, refused or dropped connection, CORS). */
export function networkError(url: string, cause: unknown): GraphError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  let where = url;
  try {
    where = new URL(url).origin;
  } catch {
    // keep the raw url
  }
  return new GraphError(0, 'networkError', `Could not reach Microsoft Graph at ${where}: ${detail}`);
}

/**
 * The `GraphError` for a failed `$batch` sub-response, for callers that turn one into an exception: an
 * `UncertainOutcomeError` when the sub-request may have been carried out (`response.uncertain`).
 */
export function subResponseError(response: GraphResponse): GraphError {
  const error = toGraphError({ status: response.status, header: (name) => response.headers[name.toLowerCase()], body: response.body });
  return response.uncertain ? new UncertainOutcomeError(error) : error;
}

/*
 * What a failure means, asked by meaning rather than by status number (docs/ARCHITECTURE.md, "Reading a batch"): of a
 * caught error (from the Graph facade or SharePoint REST) or of a `$batch` result's `error`. Anything that is not an
 * Error carrying an HTTP status — a GraphError or a SharePointError — answers false.
 */

/** Read from the shape, not by `instanceof SharePointError`: that would pull SharePoint's error parsing into every first load. */
function statusOf(error: unknown): number | undefined {
  return error instanceof Error && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

/** 401: the token was refused (expired, or for another audience). */
export const isUnauthorized = (error: unknown): boolean => statusOf(error) === 401;

/** 413: the body is larger than Graph takes in one request. */
export const isTooLarge = (error: unknown): boolean => statusOf(error) === 413;

/** 404: what was asked for is not there (a deleted item, a folder not made yet, a mail already moved). */
export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;

/** 403: the signed-in user (or the app) may not see or do this. */
export const isForbidden = (error: unknown): boolean => statusOf(error) === 403;

/** 409: a create met what already exists (a unique key column, a name taken) — the thing is there already. */
export const isAlreadyExists = (error: unknown): boolean => statusOf(error) === 409;

/** 412: the `If-Match` eTag was stale — someone changed the item since it was read. */
export const isPreconditionFailed = (error: unknown): boolean => statusOf(error) === 412;

/** 400: Graph refused the request as malformed (e.g. a column the list does not have). */
export const isBadRequest = (error: unknown): boolean => statusOf(error) === 400;

/** 424: a `$batch` sub-request was not sent because one it `dependsOn` failed. */
export const isFailedDependency = (error: unknown): boolean => statusOf(error) === 424;

/** 429 or 5xx: still throttled or failing on Graph's side after the pipeline's retries; worth trying later. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error) ?? 0;
  return status === 429 || status >= 500;
}

/**
 * Graph refused the request before acting on it (a 4xx other than 408, and not uncertain): nothing was done, so
 * trying again later — or otherwise — cannot duplicate it.
 */
export function isRefusedBeforeActing(error: unknown): boolean {
  const status = statusOf(error) ?? 0;
  return status >= 400 && status < 500 && status !== 408 && !isUncertain(error);
}
