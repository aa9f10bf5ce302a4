// JSON batching: the $batch envelope and each sub-response, checked by its own route's expectation
// (taken from the step table) or, when it failed, as a Graph error body.
import { formatViolations, isJsonObject } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import { recordDifference, routedPattern, tokenOf } from './runner';
import type { WalkEnv, WalkResult } from './runner';
import { checkResponse, isWrite, MissingIdError, routeKey } from './walk';
import type { Expectation, Ids, Step } from './walk';

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

/** A sub-request and the route it must reach (the walk's route key, so a tenant's run needs no router). */
interface BatchPart {
  readonly pattern: string;
  readonly build: (ids: Ids) => SubRequest;
}

const json = { 'Content-Type': 'application/json' };
const site = (ids: Ids): string => `/sites/${ids.seg('siteId')}`;
const items = (ids: Ids): string => `${site(ids)}/lists/${ids.seg('contractListId')}/items`;

/** A batch touching several modules: reads, a write, a dependency, a binary download and a 404. */
const CONTRACT_BATCH: readonly BatchPart[] = [
  { pattern: '/me', build: () => ({ id: '1', method: 'GET', url: '/me' }) },
  { pattern: '/groups/:groupId', build: (ids) => ({ id: '2', method: 'GET', url: `/groups/${ids.seg('groupId')}` }) },
  { pattern: '/groups/:groupId/events', build: (ids) => ({ id: '3', method: 'GET', url: `/groups/${ids.seg('groupId')}/events?$top=2` }) },
  {
    pattern: '/sites/:siteId/lists/:listId/items',
    build: (ids) => ({ id: '4', method: 'POST', url: items(ids), headers: json, body: { fields: { Title: 'Fra batch', Count: 3 } } }),
  },
  {
    pattern: '/sites/:siteId/lists/:listId/items',
    build: (ids) => ({ id: '5', method: 'GET', url: `${items(ids)}?$expand=fields`, dependsOn: ['4'] }),
  },
  { pattern: '/sites/:siteId/lists', build: (ids) => ({ id: '6', method: 'GET', url: `${site(ids)}/lists` }) },
  {
    pattern: '/drives/:driveId/root/children',
    build: (ids) => ({ id: '7', method: 'GET', url: `/drives/${ids.seg('driveId')}/root/children` }),
  },
  {
    pattern: '/drives/:driveId/items/:itemId/content',
    build: (ids) => ({ id: '8', method: 'GET', url: `/drives/${ids.seg('driveId')}/items/${ids.seg('fileId')}/content` }),
  },
  {
    pattern: '/me/calendar/getSchedule',
    build: (ids) => ({
      id: '9',
      method: 'POST',
      url: '/me/calendar/getSchedule',
      headers: json,
      body: {
        schedules: [ids.get('chairMail')],
        startTime: { dateTime: '2026-11-17T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-17T16:00:00', timeZone: 'UTC' },
      },
    }),
  },
  {
    pattern: '/groups/:groupId/events/:eventId',
    build: (ids) => ({ id: '10', method: 'GET', url: `/groups/${ids.seg('groupId')}/events/no-such-event` }),
  },
];

interface BuiltPart {
  readonly sub: SubRequest;
  readonly pattern: string;
}

/**
 * The batch this run may send: in a read-only run without the writes, without what needs an id only a write makes,
 * and without a request whose dependency went.
 */
export function contractBatch(ids: Ids, writes: boolean): BuiltPart[] {
  const out: BuiltPart[] = [];
  for (const part of CONTRACT_BATCH) {
    let sub: SubRequest;
    try {
      sub = part.build(ids);
    } catch (e) {
      if (writes || !(e instanceof MissingIdError)) throw e;
      continue;
    }
    if (!writes && isWrite(sub.method, part.pattern)) continue;
    if ((sub.dependsOn ?? []).some((d) => !out.some((p) => p.sub.id === d))) continue;
    out.push({ sub, pattern: part.pattern });
  }
  return out;
}

/** The expectation of each route's successful answer, from the step table. */
export function expectationsByRoute(steps: readonly Step[]): Map<string, Expectation> {
  const out = new Map<string, Expectation>();
  for (const step of steps) {
    const key = routeKey(step.method, step.pattern);
    if (!('error' in step.expect) && !out.has(key)) out.set(key, step.expect);
  }
  return out;
}

function checkSubResponse(env: WalkEnv, expectations: Map<string, Expectation>, part: BuiltPart, response: unknown): string | undefined {
  const { sub } = part;
  const key = routeKey(sub.method, part.pattern);
  const label = `POST /$batch [${sub.id}] ${key}`;
  if (!isJsonObject(response)) return `${label}: no response for this request`;
  const status = typeof response['status'] === 'number' ? response['status'] : 0;
  const extra = Object.keys(response).filter((k) => !['id', 'status', 'headers', 'body'].includes(k));
  const violations: Violation[] = extra.map((k) => ({
    path: k,
    kind: 'unknown-property',
    message: `${k} is not part of a batch response`,
  }));
  const expect = expectations.get(key);
  if (status >= 400) violations.push(...checkGraphError(response['body']));
  else if (expect === undefined) return `${label}: no step in the contract table for this route`;
  else violations.push(...checkResponse(env.model, expect, status, response['body']));
  return violations.length > 0 ? formatViolations(label, violations) : undefined;
}

/** Sends the contract batch and checks the envelope and every sub-response. */
export async function runBatchCheck(env: WalkEnv, steps: readonly Step[], result: WalkResult): Promise<void> {
  const check = 'POST /$batch';
  const token = tokenOf(env, 'secretary');
  if (token === undefined) {
    result.skipped.push({ check, reason: 'no token for the secretary role' });
    return;
  }
  const parts = contractBatch(env.ids, env.writes);
  const router = env.router;
  if (router !== undefined) {
    for (const part of parts) {
      const routed = routedPattern(router, part.sub.method, part.sub.url);
      if (routed !== part.pattern)
        recordDifference(result, {
          check,
          kind: 'request',
          detail: `[${part.sub.id}] ${part.sub.url} is routed to ${routed}, not ${part.pattern}`,
        });
    }
  }
  const res = await env.send('POST', '/$batch', { token, body: { requests: parts.map((p) => p.sub) } });
  result.requests += 1;
  const body = res.body;
  if (res.status !== 200 || !isJsonObject(body) || !Array.isArray(body['responses'])) {
    recordDifference(result, {
      check,
      kind: 'batch',
      detail: `expected 200 with { responses: [...] }, got ${res.status} ${JSON.stringify(body).slice(0, 200)}`,
    });
    return;
  }
  result.exercised.add(check);
  const extra = Object.keys(body).filter((k) => k !== 'responses');
  if (extra.length > 0) recordDifference(result, { check, kind: 'batch', detail: `${extra.join(', ')} -> not part of a batch response` });
  const responses = body['responses'].filter(isJsonObject);
  const expectations = expectationsByRoute(steps);
  for (const part of parts) {
    const problem = checkSubResponse(
      env,
      expectations,
      part,
      responses.find((r) => r['id'] === part.sub.id),
    );
    if (problem !== undefined) recordDifference(result, { check: `${check} [${part.sub.id}]`, kind: 'batch', detail: problem });
  }
}
