// Error answers: status, Graph's error code where the app's code reads it, Graph's error body
// { error: { code, message, innerError } }, and Retry-After on a throttled answer.
import { formatViolations, isJsonObject } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import type { CallResult } from '../support/sandbox';
import { buildRequest, describeError, optionsFor, recordDifference, tokenOf, whyNotSent } from './runner';
import type { WalkEnv, WalkResult } from './runner';
import { uniqueMessageId } from './steps-sites';
import type { Ids, StepRequest, Who } from './walk';

interface ErrorProbe {
  readonly label: string;
  readonly method: string;
  /** The route, for a read-only run's choice of what it may send. */
  readonly pattern: string;
  readonly as: Who;
  readonly status: number;
  /** Graph's error.code, where src/graph/errors.ts or a store tells answers apart by it. */
  readonly code?: string;
  readonly request: (ids: Ids) => StepRequest;
}

const items = (ids: Ids): string => `/sites/${ids.seg('siteId')}/lists/${ids.seg('contractListId')}/items`;

export const errorProbes: readonly ErrorProbe[] = [
  {
    label: '401 without a token',
    method: 'GET',
    pattern: '/me',
    as: 'anonymous',
    status: 401,
    code: 'InvalidAuthenticationToken',
    request: () => ({ path: '/me' }),
  },
  {
    label: '401 with a made-up token',
    method: 'GET',
    pattern: '/me',
    as: 'anonymous',
    status: 401,
    code: 'InvalidAuthenticationToken',
    request: () => ({ path: '/me', headers: { Authorization: 'Bearer not-a-token' } }),
  },
  {
    label: '403 on a forum the user is not in',
    method: 'GET',
    pattern: '/groups/:groupId/events',
    as: 'chair',
    status: 403,
    request: (ids) => ({ path: `/groups/${ids.seg('otherGroupId')}/events` }),
  },
  {
    label: '400 on an unknown segment',
    method: 'GET',
    pattern: '/me/noSuchThing',
    as: 'secretary',
    status: 400,
    request: () => ({ path: '/me/noSuchThing' }),
  },
  {
    label: '405 on a method the route lacks',
    method: 'DELETE',
    pattern: '/me',
    as: 'secretary',
    status: 405,
    request: () => ({ path: '/me' }),
  },
  {
    label: '404 on an unknown event',
    method: 'GET',
    pattern: '/groups/:groupId/events/:eventId',
    as: 'secretary',
    status: 404,
    code: 'ErrorItemNotFound',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/events/no-such-event` }),
  },
  {
    label: '404 on an unknown user',
    method: 'GET',
    pattern: '/users/:userId',
    as: 'secretary',
    status: 404,
    code: 'Request_ResourceNotFound',
    request: () => ({ path: '/users/00000000-0000-4000-a000-00000000dead' }),
  },
  {
    label: '412 on a stale If-Match',
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId/fields',
    as: 'secretary',
    status: 412,
    request: (ids) => ({
      path: `${items(ids)}/${ids.seg('itemId')}/fields`,
      body: { Note: 'stale' },
      headers: { 'If-Match': '"00000000-0000-0000-0000-000000000000,0"' },
    }),
  },
  {
    // The walk's own submission, posted again: the unique column refuses the second.
    label: '409 on a duplicate value in a unique column (enforceUniqueValues)',
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/items',
    as: 'secretary',
    status: 409,
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists/Submissions/items`,
      body: { fields: { Title: 'Twice', InternetMessageId: uniqueMessageId(ids) } },
    }),
  },
  {
    label: '400 on a $batch of 21 requests',
    method: 'POST',
    pattern: '/$batch',
    as: 'secretary',
    status: 400,
    request: () => ({
      path: '/$batch',
      body: { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })) },
    }),
  },
  {
    label: '400 on malformed JSON',
    method: 'POST',
    pattern: '/me/calendar/getSchedule',
    as: 'secretary',
    status: 400,
    request: () => ({ path: '/me/calendar/getSchedule', body: '{"schedules": [', headers: { 'Content-Type': 'application/json' } }),
  },
  // App-only callers (the unattended run): no /me, no mailbox outside the access policy, no site it was not granted.
  { label: '400 on /me with an app-only token', method: 'GET', pattern: '/me', as: 'app', status: 400, request: () => ({ path: '/me' }) },
  {
    label: '403 ErrorAccessDenied on a mailbox outside the application access policy',
    method: 'GET',
    pattern: '/users/:userId/messages',
    as: 'app',
    status: 403,
    code: 'ErrorAccessDenied',
    request: (ids) => ({ path: `/users/${ids.seg('secretaryMail')}/messages` }),
  },
  {
    label: '403 accessDenied on a site not granted (Sites.Selected)',
    method: 'GET',
    pattern: '/groups/:groupId/sites/root',
    as: 'app',
    status: 403,
    code: 'accessDenied',
    request: (ids) => ({ path: `/groups/${ids.seg('otherGroupId')}/sites/root` }),
  },
  {
    label: '403 on a route no application permission covers',
    method: 'GET',
    pattern: '/groups/:groupId/events',
    as: 'app',
    status: 403,
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/events` }),
  },
];

/** A throttled answer: 429, a Retry-After of whole seconds (what the pipeline waits), Graph's error body. */
export function throttlingDifferences(res: CallResult): string[] {
  const out: string[] = [];
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter === null) out.push('no Retry-After header');
  else if (!/^\d+$/.test(retryAfter.trim())) out.push(`Retry-After is "${retryAfter}", not whole seconds`);
  out.push(...checkGraphError(res.body).map((v) => `${v.path || '(body)'} -> ${v.message}`));
  return out;
}

const THROTTLE_CHECK = 'throttling: 429 with Retry-After';
/** A read every caller may make, where a throttled answer is asked for. */
const THROTTLE_PATH = '/me/memberOf';

/**
 * 429: the sandbox is asked to throttle the next read; a tenant throttles only when it will, so against one a
 * throttled answer is checked where it comes (the live run records every 429 of the walk) and this probe is skipped
 * when the read goes through.
 */
async function throttleProbe(env: WalkEnv, result: WalkResult): Promise<void> {
  const token = tokenOf(env, 'secretary');
  if (token === undefined) {
    result.skipped.push({ check: THROTTLE_CHECK, reason: 'no token for the secretary role' });
    return;
  }
  await env.injectThrottle?.(THROTTLE_PATH);
  const res = await env.send('GET', THROTTLE_PATH, { token });
  result.requests += 1;
  if (res.status !== 429) {
    if (env.injectThrottle === undefined) result.skipped.push({ check: THROTTLE_CHECK, reason: 'the target did not throttle this read' });
    else recordDifference(result, { check: THROTTLE_CHECK, kind: 'status', detail: `expected status 429, got ${res.status}` });
    return;
  }
  for (const detail of throttlingDifferences(res)) recordDifference(result, { check: THROTTLE_CHECK, kind: 'header', detail });
}

function errorCode(body: unknown): unknown {
  const error = isJsonObject(body) ? body['error'] : undefined;
  return isJsonObject(error) ? error['code'] : undefined;
}

/** Runs the probes, then the throttling probe. */
export async function runErrorProbes(env: WalkEnv, result: WalkResult): Promise<void> {
  for (const probe of errorProbes) {
    const label = `error ${probe.label} (${probe.method})`;
    const refused = whyNotSent(env, probe.method, probe.pattern, probe.as);
    if (refused !== undefined) {
      result.skipped.push({ check: label, reason: refused });
      continue;
    }
    const req = buildRequest(env, result, label, probe.request);
    if (req === undefined) continue;
    try {
      const res = await env.send(probe.method, req.path, optionsFor(tokenOf(env, probe.as), req));
      env.observe?.({ method: probe.method, pattern: probe.pattern, path: req.path, as: probe.as, body: req.body, response: res });
      result.requests += 1;
      if (res.status !== probe.status) {
        recordDifference(result, { check: label, kind: 'status', detail: `expected status ${probe.status}, got ${res.status}` });
        continue;
      }
      const violations = checkGraphError(res.body);
      if (violations.length > 0)
        recordDifference(result, { check: label, kind: 'error-body', detail: formatViolations(label, violations) });
      const code = errorCode(res.body);
      if (probe.code !== undefined && code !== probe.code)
        recordDifference(result, { check: label, kind: 'error-code', detail: `expected error code ${probe.code}, got ${String(code)}` });
    } catch (e) {
      recordDifference(result, { check: label, kind: 'request', detail: describeError(e) });
    }
  }
  await throttleProbe(env, result);
}
