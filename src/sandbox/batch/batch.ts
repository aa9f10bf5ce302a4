import { randomUUID } from 'node:crypto';
import type { CallIds, DispatchResult, GraphCall } from '../http/dispatch';
import { DROP } from '../http/dispatch';
import { errorResponse } from '../http/errors';
import { GraphHttpError } from '../http/types';
import type { SandboxResponse } from '../http/types';

/** Graph's limit on requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(message: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

function parseRequests(body: unknown): SubRequest[] {
  if (!isRecord(body) || !Array.isArray(body.requests)) throw bad('Invalid batch payload format.');
  if (body.requests.length > MAX_BATCH_REQUESTS) throw bad(`Number of batch requests exceeds maximum allowed of ${MAX_BATCH_REQUESTS}.`);
  const seen = new Set<string>();
  return body.requests.map((r: unknown): SubRequest => {
    if (!isRecord(r) || typeof r.id !== 'string' || typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw bad('Each batch request needs a string id, method and url.');
    }
    if (seen.has(r.id.toLowerCase())) throw bad(`Batch request id '${r.id}' is not unique.`);
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    const unknown = dependsOn.find((d) => !seen.has(d.toLowerCase()));
    if (unknown !== undefined) throw bad(`Batch request '${r.id}' depends on '${unknown}', which is not an earlier request in the batch.`);
    seen.add(r.id.toLowerCase());
    const headers: Record<string, string> = {};
    if (isRecord(r.headers)) for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    if (r.body !== undefined && !headers['content-type']) throw bad(`Batch request '${r.id}' has a body but no Content-Type header.`);
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
}

function toCall(sub: SubRequest, authorization: string | undefined): GraphCall {
  const json = /json/i.test(sub.headers['content-type'] ?? '');
  const rawBody =
    sub.body === undefined ? Buffer.alloc(0) : json ? Buffer.from(JSON.stringify(sub.body)) : Buffer.from(String(sub.body), 'base64');
  const headers = { ...sub.headers, ...(authorization ? { authorization } : {}) };
  return { method: sub.method, target: sub.url, headers, rawBody, body: json ? sub.body : undefined };
}

function subResponse(id: string, result: DispatchResult, ids: CallIds): SubResponse {
  const res: SandboxResponse = result === DROP ? errorResponse(504, 'GatewayTimeout', 'The request timed out.', ids) : result;
  const headers: Record<string, string> = { ...(res.headers ?? {}) };
  let body = res.body;
  if (Buffer.isBuffer(body)) body = body.toString('base64');
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  return { id, status: res.status, headers, ...(body !== undefined ? { body } : {}) };
}

/**
 * JSON batching: at most 20 sub-requests, each dispatched through the same pipeline (routing,
 * faults, auth) with the batch's token; `dependsOn` runs a request after its dependencies and
 * answers 424 when one of them failed.
 */
export async function runBatch(
  call: GraphCall,
  dispatch: (sub: GraphCall, ids: CallIds) => Promise<DispatchResult>,
): Promise<SandboxResponse> {
  const requests = parseRequests(call.body);
  const results = new Map<string, Promise<SubResponse>>();
  for (const sub of requests) {
    const deps = sub.dependsOn.map((d) => results.get(d.toLowerCase()));
    const run = async (): Promise<SubResponse> => {
      const depResults = await Promise.all(deps);
      const ids: CallIds = { requestId: randomUUID(), clientRequestId: randomUUID(), date: new Date() };
      const failed = depResults.find((d) => d === undefined || d.status >= 400);
      if (failed !== undefined || depResults.length !== deps.length) {
        return subResponse(
          sub.id,
          errorResponse(424, 'FailedDependency', `The request depends on '${failed?.id ?? '?'}', which failed.`, ids),
          ids,
        );
      }
      if (/^https?:/i.test(sub.url))
        return subResponse(sub.id, errorResponse(400, 'BadRequest', 'Batch request URLs must be relative.', ids), ids);
      return subResponse(sub.id, await dispatch(toCall(sub, call.headers.authorization), ids), ids);
    };
    results.set(sub.id.toLowerCase(), run());
  }
  const responses = await Promise.all([...results.values()]);
  return { status: 200, body: { responses } };
}
