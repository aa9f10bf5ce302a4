// JSON batching: the $batch envelope and each sub-response, checked by its own route's expectation
// (taken from the step table) or, when it failed, as a Graph error body.
import { formatViolations, isJsonObject } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import { checkGraphError } from '../../support/csdl/error-shape';
import { call } from '../support/sandbox';
import { routedPattern, tokenOf } from './runner';
import type { WalkEnv, WalkResult } from './runner';
import { checkResponse, routeKey } from './walk';
import type { Expectation, Ids, Step } from './walk';

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

/** A batch touching several modules: reads, a write, a dependency, a binary download and a 404. */
export function contractBatch(ids: Ids): SubRequest[] {
  const site = `/sites/${ids.seg('siteId')}`;
  const items = `${site}/lists/${ids.seg('contractListId')}/items`;
  const json = { 'Content-Type': 'application/json' };
  return [
    { id: '1', method: 'GET', url: '/me' },
    { id: '2', method: 'GET', url: `/groups/${ids.seg('groupId')}` },
    { id: '3', method: 'GET', url: `/groups/${ids.seg('groupId')}/events?$top=2` },
    { id: '4', method: 'POST', url: items, headers: json, body: { fields: { Title: 'Fra batch', Count: 3 } } },
    { id: '5', method: 'GET', url: `${items}?$expand=fields`, dependsOn: ['4'] },
    { id: '6', method: 'GET', url: `${site}/lists` },
    { id: '7', method: 'GET', url: `/drives/${ids.seg('driveId')}/root/children` },
    { id: '8', method: 'GET', url: `/drives/${ids.seg('driveId')}/items/${ids.seg('fileId')}/content` },
    {
      id: '9',
      method: 'POST',
      url: '/me/calendar/getSchedule',
      headers: json,
      body: {
        schedules: [ids.get('chairMail')],
        startTime: { dateTime: '2026-11-17T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-17T16:00:00', timeZone: 'UTC' },
      },
    },
    { id: '10', method: 'GET', url: `/groups/${ids.seg('groupId')}/events/no-such-event` },
  ];
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

function checkSubResponse(env: WalkEnv, expectations: Map<string, Expectation>, sub: SubRequest, response: unknown): string | undefined {
  const key = routeKey(sub.method, routedPattern(env.router, sub.method, sub.url));
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
  const requests = contractBatch(env.ids);
  const token = tokenOf(env, 'secretary');
  const res = await call(env.sandbox, 'POST', '/$batch', { ...(token !== undefined ? { token } : {}), body: { requests } });
  result.requests += 1;
  const body = res.body;
  if (res.status !== 200 || !isJsonObject(body) || !Array.isArray(body['responses'])) {
    result.problems.push(`POST /$batch: expected 200 with { responses: [...] }, got ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    return;
  }
  result.exercised.add('POST /$batch');
  const extra = Object.keys(body).filter((k) => k !== 'responses');
  if (extra.length > 0) result.problems.push(`POST /$batch: ${extra.join(', ')} -> not part of a batch response`);
  const responses = body['responses'].filter(isJsonObject);
  const expectations = expectationsByRoute(steps);
  for (const sub of requests) {
    const problem = checkSubResponse(
      env,
      expectations,
      sub,
      responses.find((r) => r['id'] === sub.id),
    );
    if (problem !== undefined) result.problems.push(problem);
  }
}
