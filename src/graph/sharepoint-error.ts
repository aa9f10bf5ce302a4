import { parseRetryAfterSeconds, type GiveUpReason } from './retry-policy';

/**
 * A failed SharePoint REST call: the HTTP status, SharePoint's error code ("-2130575322, Microsoft.SharePoint.SPException")
 * and its own message ("List 'X' does not exist at site with URL …"), which names the problem better than any status.
 */
export class SharePointError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** SharePoint's message as it sent it (English), or '' when it sent none. */
    readonly sharePointMessage: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SharePointError';
  }
}

interface ErrorBody {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** `{"odata.error": {...}}` (nometadata, the contract's) or `{"error": {...}}` (verbose); the message is `{lang, value}` or a string. */
function errorBody(body: unknown): ErrorBody | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const inner = (body as Record<string, unknown>)['odata.error'] ?? (body as Record<string, unknown>).error;
  return typeof inner === 'object' && inner !== null ? (inner as ErrorBody) : undefined;
}

function messageText(message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'object' && message !== null) {
    const value = (message as { value?: unknown }).value;
    if (typeof value === 'string') return value;
  }
  return '';
}

export interface FailedRestResponse {
  readonly status: number;
  readonly statusText: string;
  readonly retryAfter: string | null;
  readonly body: unknown;
}

/** Maps a failed answer to `SharePointError`; `outcome` says when the retry layer gave up on a throttled call. */
export function toSharePointError(
  url: string,
  response: FailedRestResponse,
  outcome?: { readonly attempts: number; readonly reason: GiveUpReason },
): SharePointError {
  const body = errorBody(response.body);
  const code = typeof body?.code === 'string' && body.code !== '' ? body.code : response.statusText || `HTTP${response.status}`;
  const spMessage = messageText(body?.message) || (typeof response.body === 'string' ? response.body.slice(0, 200) : '');
  const retryAfterSeconds = parseRetryAfterSeconds(response.retryAfter);
  const what = `${response.status} (${code})`;
  let message = `SharePoint answered ${what}${spMessage ? `: ${spMessage}` : ''} [${pathOf(url)}]`;
  if (outcome?.reason === 'bound')
    message = `SharePoint did not succeed after ${outcome.attempts} attempts (${what}); try again later [${pathOf(url)}]`;
  if (outcome?.reason === 'retryAfterTooLong')
    message = `SharePoint asked to wait ${retryAfterSeconds ?? '?'} s (${what}), longer than this tool waits; try again later [${pathOf(url)}]`;
  return new SharePointError(response.status, code, spMessage, message, retryAfterSeconds);
}

/** A call that never got an HTTP answer (DNS, refused or dropped connection). */
export function sharePointNetworkError(url: string, cause: unknown): SharePointError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new SharePointError(0, 'networkError', '', `Could not reach SharePoint at ${originOf(url)}: ${detail}`);
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.pathname);
  } catch {
    return url;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
