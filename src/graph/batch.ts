import { planBatches, type PlannedBatch } from './batch-plan';
import type { CountingStats } from './request-stats';
import { decideRetry, isRepeatable, mayRetry, parseRetryAfterSeconds, type RetryPolicy } from './retry-policy';
import { isUncertain, type GraphRequest, type GraphResponse, type UncertainOutcomeError } from './graph-types';

/**
 * Sends one JSON `$batch` (`POST /$batch`) through the pipeline and returns its `responses`. `repeatable`: every
 * sub-request in it is safe to repeat, so the pipeline may send the whole `$batch` again after a 503, 504 or lost
 * connection; otherwise such a failure is an `UncertainOutcomeError`.
 */
export type PostBatch = (requests: readonly WireRequest[], repeatable: boolean) => Promise<readonly unknown[]>;

/** A sub-request as Graph's JSON batch format spells it. */
export interface WireRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

export interface BatchDeps {
  readonly post: PostBatch;
  readonly policy: RetryPolicy;
  readonly stats: CountingStats;
  /** Makes absolute URLs (e.g. a nextLink) relative to the version root, as `$batch` wants them. */
  readonly relative: (url: string) => string;
}

/**
 * Runs requests as `$batch`es of at most 20 (see `planBatches`), in input order of results. Sub-requests that get
 * 429 — or 503 or 504 when they are repeatable (`isRepeatable`) — and those that failed with 424 only because such a
 * dependency did, are sent again in a smaller batch after the longest `Retry-After` among them (or a backoff),
 * within the retry bound. A sub-request that is not repeatable and got 503 or 504 (or whose whole `$batch` lost its
 * answer) is never sent again: its response comes back marked `uncertain`, for the caller to settle by looking.
 * Everything else, success or failure, is returned as its response; nothing that succeeded is ever sent twice.
 */
export async function runBatches(requests: readonly GraphRequest[], deps: BatchDeps): Promise<GraphResponse[]> {
  const results = new Map<string, GraphResponse>();
  for (const wave of planBatches(requests)) {
    await Promise.all(wave.map((batch) => runBatch(batch, results, deps)));
  }
  return requests.map((request) => results.get(request.id) ?? missing(request.id));
}

async function runBatch(batch: PlannedBatch, results: Map<string, GraphResponse>, deps: BatchDeps): Promise<void> {
  let pending = skipFailedDependencies(batch, results);
  for (let retries = 0; pending.length > 0; retries += 1) {
    const answers = await postOrLose(pending, deps);
    const byId = new Map(answers.map(toResponse).map((response) => [response.id, response]));
    const again = new Set<string>();
    for (const request of pending) {
      const response = byId.get(request.id) ?? missing(request.id);
      const repeatable = isRepeatable(request.method, request.repeatable);
      const blockedByRetry = response.status === 424 && (request.dependsOn ?? []).some((id) => again.has(id));
      if (mayRetry(response.status, repeatable) || blockedByRetry) again.add(request.id);
      results.set(request.id, !repeatable && mayHaveActed(response.status) ? { ...response, uncertain: true } : response);
    }
    if (again.size === 0) return;
    const decision = decideRetry(retries, longestRetryAfter([...again].map((id) => results.get(id))), deps.policy);
    if (!decision.retry) return;
    deps.stats.recordRetries(again.size);
    await deps.policy.sleep(decision.waitMs);
    pending = pending.filter((request) => again.has(request.id));
  }
}

/** 503 and 504 may come after Graph acted (a gateway gave up waiting): only a repeatable request is sent again. */
const mayHaveActed = (status: number): boolean => status === 503 || status === 504;

/**
 * Posts the `$batch`; when the whole `$batch` lost its answer (503, 504 or a dropped connection on a `$batch` that
 * is not repeatable), every sub-request gets that failure as its response: not repeatable, it comes back uncertain;
 * repeatable, it is sent again.
 */
async function postOrLose(pending: readonly GraphRequest[], deps: BatchDeps): Promise<readonly unknown[]> {
  const repeatable = pending.every((request) => isRepeatable(request.method, request.repeatable));
  try {
    return await deps.post(
      pending.map((request) => toWire(request, pending, deps.relative)),
      repeatable,
    );
  } catch (error) {
    if (!isUncertain(error)) throw error;
    return pending.map((request) => lostAnswer(request.id, error));
  }
}

function lostAnswer(id: string, error: UncertainOutcomeError): unknown {
  const status = mayHaveActed(error.status) ? error.status : 504;
  return {
    id,
    status,
    headers: {},
    body: { error: { code: error.code, message: `The $batch carrying this request got no certain answer: ${error.message}` } },
  };
}

/** Requests whose dependency in an earlier batch failed get Graph's 424 instead of being sent. */
function skipFailedDependencies(batch: PlannedBatch, results: Map<string, GraphResponse>): GraphRequest[] {
  const failed = new Set<string>();
  const pending: GraphRequest[] = [];
  for (const request of batch.requests) {
    const earlier = batch.earlierDependencies.get(request.id) ?? [];
    const blocked = earlier.some((id) => !isSuccess(results.get(id)?.status)) || (request.dependsOn ?? []).some((id) => failed.has(id));
    if (blocked) {
      failed.add(request.id);
      results.set(request.id, failedDependency(request.id));
    } else {
      pending.push(request);
    }
  }
  return pending;
}

function toWire(request: GraphRequest, sentWith: readonly GraphRequest[], relative: (url: string) => string): WireRequest {
  const ids = new Set(sentWith.map((r) => r.id));
  const dependsOn = (request.dependsOn ?? []).filter((id) => ids.has(id));
  const hasBody = request.body !== undefined;
  const contentType = Object.keys(request.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
  const headers = hasBody && !contentType ? { ...request.headers, 'Content-Type': 'application/json' } : request.headers;
  return {
    id: request.id,
    method: request.method,
    url: relative(request.url),
    ...(headers ? { headers } : {}),
    ...(hasBody ? { body: request.body } : {}),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
  };
}

function toResponse(answer: unknown): GraphResponse {
  const raw = (typeof answer === 'object' && answer !== null ? answer : {}) as {
    id?: unknown;
    status?: unknown;
    headers?: unknown;
    body?: unknown;
  };
  const headers: Record<string, string> = {};
  if (typeof raw.headers === 'object' && raw.headers !== null) {
    for (const [name, value] of Object.entries(raw.headers)) headers[name.toLowerCase()] = String(value);
  }
  return { id: String(raw.id), status: typeof raw.status === 'number' ? raw.status : 502, headers, body: raw.body };
}

function longestRetryAfter(responses: readonly (GraphResponse | undefined)[]): number | undefined {
  const waits = responses.map((r) => parseRetryAfterSeconds(r?.headers['retry-after'])).filter((s): s is number => s !== undefined);
  return waits.length > 0 ? Math.max(...waits) : undefined;
}

const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

function failedDependency(id: string): GraphResponse {
  return {
    id,
    status: 424,
    headers: {},
    body: { error: { code: 'failedDependency', message: 'A request this one depends on failed, so it was not sent.' } },
  };
}

function missing(id: string): GraphResponse {
  return {
    id,
    status: 502,
    headers: {},
    body: { error: { code: 'missingBatchResponse', message: 'The $batch answer had no response for this request.' } },
  };
}
