// Error answers: status and Graph's error body { error: { code, message, innerError } }.
import { formatViolations } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import { seedInternetMessageId } from '../../../src/sandbox/seed/ids';
import { call } from '../support/sandbox';
import { TEST_FORUMS } from '../support/test-seed';
import { tokenOf } from './runner';
import type { WalkEnv, WalkResult } from './runner';
import type { Ids, StepRequest, Who } from './walk';

interface ErrorProbe {
  readonly label: string;
  readonly method: string;
  readonly as: Who;
  readonly status: number;
  readonly request: (ids: Ids) => StepRequest;
}

const items = (ids: Ids): string => `/sites/${ids.seg('siteId')}/lists/${ids.seg('contractListId')}/items`;

export const errorProbes: readonly ErrorProbe[] = [
  { label: '401 without a token', method: 'GET', as: 'anonymous', status: 401, request: () => ({ path: '/me' }) },
  {
    label: '401 with a made-up token',
    method: 'GET',
    as: 'anonymous',
    status: 401,
    request: () => ({ path: '/me', headers: { Authorization: 'Bearer not-a-token' } }),
  },
  {
    label: '403 on a forum the user is not in',
    method: 'GET',
    as: 'chair',
    status: 403,
    request: (ids) => ({ path: `/groups/${ids.seg('otherGroupId')}/events` }),
  },
  { label: '400 on an unknown segment', method: 'GET', as: 'secretary', status: 400, request: () => ({ path: '/me/noSuchThing' }) },
  { label: '405 on a method the route lacks', method: 'DELETE', as: 'secretary', status: 405, request: () => ({ path: '/me' }) },
  {
    label: '404 on an unknown event',
    method: 'GET',
    as: 'secretary',
    status: 404,
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/events/no-such-event` }),
  },
  {
    label: '404 on an unknown user',
    method: 'GET',
    as: 'secretary',
    status: 404,
    request: () => ({ path: '/users/00000000-0000-4000-a000-00000000dead' }),
  },
  {
    label: '412 on a stale If-Match',
    method: 'PATCH',
    as: 'secretary',
    status: 412,
    request: (ids) => ({
      path: `${items(ids)}/${ids.seg('itemId')}/fields`,
      body: { Note: 'stale' },
      headers: { 'If-Match': '"00000000-0000-0000-0000-000000000000,0"' },
    }),
  },
  {
    label: '409 on a duplicate value in a unique column (enforceUniqueValues)',
    method: 'POST',
    as: 'secretary',
    status: 409,
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists/Submissions/items`,
      body: {
        fields: { Title: 'Twice', InternetMessageId: seedInternetMessageId(TEST_FORUMS.steering.groupId, 'sag-1', 'testregion.example') },
      },
    }),
  },
  {
    label: '400 on a $batch of 21 requests',
    method: 'POST',
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
    as: 'secretary',
    status: 400,
    request: () => ({ path: '/me/calendar/getSchedule', body: '{"schedules": [', headers: { 'Content-Type': 'application/json' } }),
  },
  // App-only callers (the unattended run): no /me, no mailbox outside the access policy, no site it was not granted.
  { label: '400 on /me with an app-only token', method: 'GET', as: 'app', status: 400, request: () => ({ path: '/me' }) },
  {
    label: '403 ErrorAccessDenied on a mailbox outside the application access policy',
    method: 'GET',
    as: 'app',
    status: 403,
    request: (ids) => ({ path: `/users/${ids.seg('secretaryMail')}/messages` }),
  },
  {
    label: '403 accessDenied on a site not granted (Sites.Selected)',
    method: 'GET',
    as: 'app',
    status: 403,
    request: (ids) => ({ path: `/groups/${ids.seg('otherGroupId')}/sites/root` }),
  },
  {
    label: '403 on a route no application permission covers',
    method: 'GET',
    as: 'app',
    status: 403,
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/events` }),
  },
  { label: '429 injected by a fault', method: 'GET', as: 'secretary', status: 429, request: () => ({ path: '/me/memberOf' }) },
];

/** Runs the probes; the 429 probe first injects a one-shot fault for its path. */
export async function runErrorProbes(env: WalkEnv, result: WalkResult): Promise<void> {
  for (const probe of errorProbes) {
    const label = `error ${probe.label} (${probe.method})`;
    try {
      const req = probe.request(env.ids);
      if (probe.status === 429) {
        await call(env.sandbox, 'POST', '/_sandbox/faults', {
          body: { match: { method: 'GET', path: '/me/memberOf' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 1 },
        });
      }
      const token = tokenOf(env, probe.as);
      const res = await call(env.sandbox, probe.method, req.path, {
        ...(token !== undefined ? { token } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        ...(req.headers !== undefined ? { headers: req.headers } : {}),
      });
      result.requests += 1;
      if (res.status !== probe.status) result.problems.push(`${label}: expected status ${probe.status}, got ${res.status}`);
      else {
        const violations = checkGraphError(res.body);
        if (violations.length > 0) result.problems.push(formatViolations(label, violations));
      }
    } catch (e) {
      result.problems.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
