import { GraphError, UncertainOutcomeError, type GraphResponse } from './types';
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
  return new GraphError(response.status, code, message, retryAfterSeconds, requestId);
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
