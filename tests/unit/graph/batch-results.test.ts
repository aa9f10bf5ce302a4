import { firstFailure, resultOf, valueOf } from '../../../src/graph/batch-reads';
import { batchResults, toBatchResult, type BatchResult } from '../../../src/graph/batch-results';
import { createGraph } from '../../../src/graph/client';
import {
  isAlreadyExists,
  isFailedDependency,
  isForbidden,
  isNotFound,
  isPreconditionFailed,
  isRefusedBeforeActing,
  isTransient,
} from '../../../src/graph/errors';
import { SharePointError } from '../../../src/graph/sharepoint-error';
import { GraphError, UncertainOutcomeError, type GraphRequest } from '../../../src/graph/graph-types';
import { FAKE_ROOT, FakeGraph, FakeTokens, recordingSleep, type Route } from './support/fake-graph';

function setup(route: Route) {
  const fake = new FakeGraph(route);
  const { waits, sleep } = recordingSleep();
  const graph = createGraph({
    tokens: new FakeTokens(),
    scopes: [],
    baseUrl: FAKE_ROOT,
    fetchImpl: fake.fetch,
    sleep,
    random: () => 0.5,
    retry: { maxRetries: 2 },
  });
  return { fake, waits, graph };
}

function failure(result: BatchResult | undefined): GraphError {
  if (!result || result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('batch results: a value or a GraphError per request', () => {
  it('gives a success its value and eTag, and says whether Graph created something', () => {
    const read = toBatchResult({ id: 'r', status: 200, headers: { etag: '"h,1"' }, body: { id: '7', '@odata.etag': '"b,2"' } });
    expect(read).toEqual({ ok: true, id: 'r', value: { id: '7', '@odata.etag': '"b,2"' }, created: false, etag: '"b,2"' });
    const made = toBatchResult({ id: 'c', status: 201, headers: { etag: '"h,1"' }, body: { id: '8' } });
    expect(made).toMatchObject({ ok: true, created: true, etag: '"h,1"' }); // no eTag in the body: the header's
    const none = toBatchResult({ id: 'd', status: 204, headers: {}, body: undefined });
    expect(none).toEqual({ ok: true, id: 'd', value: undefined, created: false });
  });

  it("gives a failure Graph's status, code, message, Retry-After and request id as a GraphError", () => {
    const result = toBatchResult({
      id: 'x',
      status: 429,
      headers: { 'retry-after': '30', 'request-id': 'req-1' },
      body: { error: { code: 'TooManyRequests', message: 'Please slow down' } },
    });
    const error = failure(result);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      status: 429,
      code: 'TooManyRequests',
      retryAfterSeconds: 30,
      requestId: 'req-1',
      graphMessage: 'Please slow down',
      uncertain: false,
    });
    expect(error.message).toBe('Microsoft Graph answered 429 TooManyRequests: Please slow down');
    expect(result.id).toBe('x');
    expect(isTransient(error)).toBe(true);
    expect(isRefusedBeforeActing(error)).toBe(true); // 429: Graph refused before acting
  });

  it('makes a sub-request that may have been carried out an UncertainOutcomeError', () => {
    const error = failure(
      toBatchResult({
        id: 's',
        status: 504,
        headers: {},
        body: { error: { code: 'gatewayTimeout', message: 'gave up' } },
        uncertain: true,
      }),
    );
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error).toMatchObject({ status: 504, code: 'gatewayTimeout', uncertain: true });
    expect(isRefusedBeforeActing(error)).toBe(false);
  });

  it('answers by meaning, for a batch result and for a thrown GraphError or SharePointError alike', () => {
    const of = (status: number): GraphError =>
      failure(toBatchResult({ id: 'e', status, headers: {}, body: { error: { code: `c${status}`, message: 'm' } } }));
    expect(
      [403, 404, 409, 412, 424].map((s) => [
        isForbidden(of(s)),
        isNotFound(of(s)),
        isAlreadyExists(of(s)),
        isPreconditionFailed(of(s)),
        isFailedDependency(of(s)),
      ]),
    ).toEqual([
      [true, false, false, false, false],
      [false, true, false, false, false],
      [false, false, true, false, false],
      [false, false, false, true, false],
      [false, false, false, false, true],
    ]);
    expect(isNotFound(new GraphError(404, 'itemNotFound', 'gone'))).toBe(true);
    expect(isNotFound(new SharePointError(404, '-1', 'List does not exist', 'gone'))).toBe(true);
    expect(isNotFound(new Error('404'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
    expect([408, 500, 503].map((s) => isRefusedBeforeActing(of(s)))).toEqual([false, false, false]);
    expect([408, 500, 503, 404].map((s) => isTransient(of(s)))).toEqual([false, true, true, false]);
  });

  it('returns one result per request, in input order, through the pipeline — dependents of a failure get 424 failedDependency', async () => {
    const { fake, graph } = setup((request) => {
      if (request.batchId === 'b') return { status: 412, body: { error: { code: 'preconditionFailed', message: 'eTag mismatch' } } };
      if (request.batchId === 'gone')
        return { status: 404, body: { error: { code: 'itemNotFound', message: 'The resource could not be found.' } } };
      return { status: request.method === 'POST' ? 201 : 200, body: { id: request.batchId } };
    });
    const requests: GraphRequest[] = [
      { id: 'a', method: 'POST', url: '/sites/s/lists/l/items', body: { fields: {} }, repeatable: true },
      { id: 'b', method: 'PATCH', url: '/sites/s/lists/l/items/1/fields', body: {}, headers: { 'If-Match': '"old"' }, dependsOn: ['a'] },
      { id: 'c', method: 'PATCH', url: '/sites/s/lists/l/items/2/fields', body: {}, dependsOn: ['b'] },
      { id: 'gone', method: 'GET', url: '/sites/s/lists/l/items/3' },
    ];
    const results = await batchResults(graph, requests);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'gone']);
    expect(results[0]).toMatchObject({ ok: true, created: true, value: { id: 'a' } });
    expect(isPreconditionFailed(failure(results[1]))).toBe(true);
    const skipped = failure(results[2]);
    expect(skipped).toMatchObject({ status: 424 });
    expect(isFailedDependency(skipped)).toBe(true);
    expect(fake.subRequests.map((s) => s.batchId)).not.toContain('c');
    expect(isNotFound(failure(resultOf(results, 'gone')))).toBe(true);
    expect(firstFailure(results)?.id).toBe('b');
    expect(firstFailure(results, (e) => isPreconditionFailed(e) || isFailedDependency(e))?.id).toBe('gone');
  });

  it('keeps the retries of throttled sub-requests: the value comes back after the Retry-After wait', async () => {
    let throttled = false;
    const { waits, graph } = setup((request) => {
      if (request.batchId === 't' && !throttled) {
        throttled = true;
        return { status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } };
      }
      return { status: 200, body: { id: request.batchId } };
    });
    const results = await batchResults(graph, [
      { id: 't', method: 'GET', url: '/users/u1' },
      { id: 'u', method: 'GET', url: '/users/u2' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(valueOf(results, 't')).toEqual({ id: 't' });
    expect(waits).toEqual([2000]);
    expect(graph.stats).toMatchObject({ roundTrips: 2, requests: 3, retries: 1 });
  });

  it('throws what a read cannot do without: the failure, or status 0 missingResponse for a request with no answer', () => {
    const results = [toBatchResult({ id: 'bad', status: 403, headers: {}, body: { error: { code: 'accessDenied', message: 'no' } } })];
    expect(() => valueOf(results, 'bad')).toThrow(expect.objectContaining({ status: 403, code: 'accessDenied' }) as Error);
    expect(() => valueOf(results, 'none')).toThrow(expect.objectContaining({ status: 0, code: 'missingResponse' }) as Error);
  });

  it('sends nothing for no requests', async () => {
    const { fake, graph } = setup(() => ({ status: 200, body: {} }));
    await expect(batchResults(graph, [])).resolves.toEqual([]);
    expect(fake.calls).toHaveLength(0);
  });
});
