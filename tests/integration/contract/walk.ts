// The contract walk: a table of steps, each one request to one sandbox route, whose response body
// is checked against Graph v1.0 metadata (or Graph's error shape). Steps run in order and pass
// ids to later steps (a created event's id, a list's id, ...).
import { checkCollection, checkShape, isJsonObject } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import type { CsdlModel } from '../../support/csdl/model';
import { checkOperationResult } from '../../support/csdl/operations';

/** Who makes the request: the forum's secretary, its chair, a guest member, the unattended run's application (app-only), or nobody (no token). */
export type Who = 'secretary' | 'chair' | 'member' | 'app' | 'anonymous';

/** What the response must be. */
export type Expectation =
  | { readonly entity: string }
  | { readonly collection: string }
  /** A bound action or function, checked against its CSDL return type. */
  | { readonly operation: string; readonly binding: string }
  /** 202/204 without a body (actions without a return type, DELETE). */
  | { readonly empty: true }
  /** Raw bytes (drive item content), not JSON. */
  | { readonly content: true }
  /** A Graph error body with this status. */
  | { readonly error: number };

export interface StepRequest {
  /** Below /v1.0, with query. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface Step {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The sandbox route pattern the request must hit, e.g. "/groups/:groupId/events/:eventId". */
  readonly pattern: string;
  readonly as?: Who;
  readonly request: (ids: Ids) => StepRequest;
  readonly expect: Expectation;
  /** It reads what an earlier step wrote (a file by its path): a read-only run skips it. */
  readonly readsWalkWrites?: true;
  /** Remembers ids from the response for later steps. */
  readonly capture?: (body: unknown, ids: Ids) => void;
}

/** Operations that only read, though sent as POST (a $batch is judged by its parts): a read-only run sends them too. */
const READING_POSTS = new Set([
  '/$batch',
  '/me/findMeetingTimes',
  '/users/:userId/findMeetingTimes',
  '/me/calendar/getSchedule',
  '/users/:userId/calendar/getSchedule',
]);

/** Whether a request to this route changes the target (creates, changes, deletes or sends something). */
export function isWrite(method: string, pattern: string): boolean {
  return method !== 'GET' && !READING_POSTS.has(pattern);
}

export const routeKey = (method: string, pattern: string): string => `${method.toUpperCase()} ${pattern}`;

/** A step needs an id no earlier step captured (in a read-only run: one a write would have made). */
export class MissingIdError extends Error {
  constructor(readonly key: string) {
    super(`contract walk: no earlier step captured "${key}"`);
  }
}

/** A step's answer lacks what a later step needs (in a read-only run: what an earlier write would have made). */
export class NothingCapturedError extends Error {
  constructor(readonly key: string) {
    super(`contract walk: no string value to remember as ${key}`);
  }
}

/** Ids collected along the walk. */
export class Ids {
  private readonly values = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  set(key: string, value: unknown): void {
    if (typeof value !== 'string' || value === '') throw new NothingCapturedError(key);
    this.values.set(key, value);
  }

  get(key: string): string {
    const value = this.values.get(key);
    if (value === undefined) throw new MissingIdError(key);
    return value;
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** URL-encoded, for path segments. */
  seg(key: string): string {
    return encodeURIComponent(this.get(key));
  }
}

/** A property of a JSON object body, or of the n-th element of its `value`. */
export function prop(body: unknown, name: string, index?: number): unknown {
  const target =
    index === undefined ? body : isJsonObject(body) && Array.isArray(body['value']) ? (body['value'] as unknown[])[index] : undefined;
  return isJsonObject(target) ? target[name] : undefined;
}

/** The first element of a collection body's `value` that satisfies `match`. */
export function findInValue(
  body: unknown,
  match: (item: Readonly<Record<string, unknown>>) => boolean,
): Readonly<Record<string, unknown>> | undefined {
  const items = isJsonObject(body) && Array.isArray(body['value']) ? (body['value'] as unknown[]) : [];
  return items.filter(isJsonObject).find(match);
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === '' || body === null;
}

function errorSummary(body: unknown): string {
  const error = isJsonObject(body) ? body['error'] : undefined;
  return isJsonObject(error) ? `${String(error['code'])}: ${String(error['message'])}` : (JSON.stringify(body)?.slice(0, 200) ?? '');
}

/** Checks one response against its expectation; an unexpected status is a violation too. */
export function checkResponse(model: CsdlModel, expect: Expectation, status: number, body: unknown): Violation[] {
  if ('error' in expect) {
    if (status !== expect.error) return [{ path: '', kind: 'type-mismatch', message: `expected status ${expect.error}, got ${status}` }];
    return checkGraphError(body);
  }
  if (status >= 300) {
    return [{ path: '', kind: 'type-mismatch', message: `unexpected status ${status} (${errorSummary(body)})` }];
  }
  if ('empty' in expect) {
    return isEmpty(body)
      ? []
      : [{ path: '', kind: 'type-mismatch', message: `expected no body, got ${JSON.stringify(body).slice(0, 120)}` }];
  }
  if ('content' in expect) {
    return typeof body === 'string' || Buffer.isBuffer(body)
      ? []
      : [{ path: '', kind: 'type-mismatch', message: 'expected raw content, got JSON' }];
  }
  if ('entity' in expect) return checkShape(model, expect.entity, body);
  if ('collection' in expect) return checkCollection(model, expect.collection, body);
  return checkOperationResult(model, expect.operation, expect.binding, body);
}
