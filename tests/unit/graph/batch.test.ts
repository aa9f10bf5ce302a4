import { planBatches } from '../../../src/graph/batch-plan';
import { createGraph } from '../../../src/graph/client';
import { subResponseError } from '../../../src/graph/errors';
import type { GraphRequest } from '../../../src/graph/types';
import { FAKE_ROOT, FakeGraph, FakeTokens, recordingSleep, type Route } from './support/fake-graph';

function setup(route: Route, retry?: { maxRetries?: number }, onBatch?: Route) {
  const fake = new FakeGraph(route, onBatch);
  const { waits, sleep } = recordingSleep();
  const graph = createGraph({ tokens: new FakeTokens(), scopes: [], baseUrl: FAKE_ROOT, fetchImpl: fake.fetch, sleep, random: () => 0.5, ...(retry ? { retry } : {}) });
  return { fake, waits, graph };
}

const gets = (n: number, prefix = 'r'): GraphRequest[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, method: 'GET', url: `/users/u${i + 1}` }));

const ok = (request: { path: string }) => ({ status: 200, body: { id: request.path.split('/').pop() } });

/** Successful executions of each sub-request id, to prove nothing ran twice. */
function successes(fake: FakeGraph, statusOf: (id: string, nth: number) => number): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const sub of fake.subRequests) {
    const id = sub.batchId ?? '';
    const nth = (seen.get(id) ?? 0) + 1;
    seen.set(id, nth);
    if (statusOf(id, nth) === 200) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe('$batch', () => {
  it('retries only the 3 throttled sub-requests of 20 and ends with all 20 done, none twice', async () => {
    const throttledOnce = new Set(['r4', 'r11', 'r17']);
    const attempts = new Map<string, number>();
    const statusOf = (id: string, nth: number) => (throttledOnce.has(id) && nth === 1 ? 429 : 200);
    const { fake, waits, graph } = setup((request) => {
      const id = request.batchId ?? '';
      const nth = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, nth);
      if (statusOf(id, nth) === 429) {
        return { status: 429, headers: { 'Retry-After': id === 'r11' ? '3' : '1' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } };
      }
      return ok(request);
    });

    const responses = await graph.batch(gets(20));

    expect(responses.map((r) => r.id)).toEqual(gets(20).map((r) => r.id));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses[10]?.body).toEqual({ id: 'u11' });
    const done = successes(fake, statusOf);
    expect(done.size).toBe(20);
    expect([...done.values()].every((count) => count === 1)).toBe(true);
    expect(fake.calls).toHaveLength(2);
    expect((fake.calls[1]?.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(['r4', 'r11', 'r17']);
    expect(waits).toEqual([3000]); // the longest Retry-After among them
    expect(graph.stats).toMatchObject({ roundTrips: 2, requests: 23, retries: 3 });
  });

  it('chunks 45 requests into batches of at most 20, results in input order', async () => {
    const { fake, graph } = setup(ok);
    const responses = await graph.batch(gets(45));
    expect(fake.calls.map((c) => (c.body as { requests: unknown[] }).requests.length)).toEqual([20, 20, 5]);
    expect(responses.map((r) => r.id)).toEqual(gets(45).map((r) => r.id));
    expect(responses[44]?.body).toEqual({ id: 'u45' });
    expect(graph.stats).toMatchObject({ roundTrips: 3, requests: 45 });
  });

  it('sends nothing for no requests', async () => {
    const { fake, graph } = setup(ok);
    await expect(graph.batch([])).resolves.toEqual([]);
    expect(fake.calls).toHaveLength(0);
  });

  it('keeps a dependsOn chain in one batch and sends it as Graph expects', async () => {
    const { fake, graph } = setup(ok);
    const chain: GraphRequest[] = [
      { id: 'create', method: 'POST', url: '/groups/g1/events', body: { subject: 'Styregruppemøde' } },
      { id: 'item', method: 'POST', url: '/sites/s/lists/meetings/items', body: { fields: {} }, dependsOn: ['create'] },
      { id: 'agenda', method: 'POST', url: '/sites/s/lists/agenda/items', body: { fields: {} }, dependsOn: ['item'] },
    ];
    await graph.batch([...gets(19), ...chain]);
    const batches = fake.calls.map((c) => (c.body as { requests: { id: string; dependsOn?: string[]; headers?: Record<string, string> }[] }).requests);
    const withChain = batches.find((b) => b.some((r) => r.id === 'create'));
    expect(withChain?.map((r) => r.id)).toEqual(expect.arrayContaining(['create', 'item', 'agenda']));
    expect(withChain?.find((r) => r.id === 'agenda')?.dependsOn).toEqual(['item']);
    expect(withChain?.find((r) => r.id === 'create')?.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(batches.every((b) => b.length <= 20)).toBe(true);
  });

  it('splits a chain longer than 20 at dependency boundaries, dependencies in earlier batches', async () => {
    const { fake, graph } = setup(ok);
    const chain: GraphRequest[] = Array.from({ length: 25 }, (_, i) => ({
      id: `c${i + 1}`,
      method: 'PATCH',
      url: `/sites/s/lists/l/items/${i + 1}/fields`,
      body: { Order: i + 1 },
      ...(i > 0 ? { dependsOn: [`c${i}`] } : {}),
    }));
    const responses = await graph.batch(chain);
    const batches = fake.calls.map((c) => (c.body as { requests: { id: string; dependsOn?: string[] }[] }).requests);
    expect(batches.map((b) => b.length)).toEqual([20, 5]);
    expect(batches[1]?.[0]).toMatchObject({ id: 'c21' });
    expect(batches[1]?.[0]?.dependsOn).toBeUndefined(); // c20 ran in the earlier batch
    expect(batches[1]?.[1]?.dependsOn).toEqual(['c21']);
    expect(fake.subRequests.map((s) => s.batchId)).toEqual(chain.map((r) => r.id));
    expect(responses.every((r) => r.status === 200)).toBe(true);
  });

  it('does not send requests whose dependency failed in an earlier batch; they get 424', async () => {
    const { fake, graph } = setup((request) =>
      request.batchId === 'c20' ? { status: 400, body: { error: { code: 'invalidRequest', message: 'bad' } } } : ok(request),
    );
    const chain: GraphRequest[] = Array.from({ length: 22 }, (_, i) => ({
      id: `c${i + 1}`,
      method: 'GET',
      url: `/users/u${i + 1}`,
      ...(i > 0 ? { dependsOn: [`c${i}`] } : {}),
    }));
    const responses = await graph.batch(chain);
    expect(responses.slice(18).map((r) => r.status)).toEqual([200, 400, 424, 424]);
    expect(fake.calls).toHaveLength(1);
    expect(fake.subRequests.map((s) => s.batchId)).not.toContain('c21');
  });

  it('retries a dependent that failed only because its dependency was throttled', async () => {
    let first = true;
    const { fake, graph } = setup((request) => {
      if (request.batchId === 'a' && first) {
        first = false;
        return { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } };
      }
      return ok(request);
    });
    const responses = await graph.batch([
      { id: 'a', method: 'POST', url: '/groups/g1/events', body: {} },
      { id: 'b', method: 'GET', url: '/groups/g1/events/x', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/me' },
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((fake.calls[1]?.body as { requests: { id: string; dependsOn?: string[] }[] }).requests).toEqual([
      expect.objectContaining({ id: 'a' }),
      expect.objectContaining({ id: 'b', dependsOn: ['a'] }),
    ]);
    expect(fake.subRequests.filter((s) => s.batchId === 'c')).toHaveLength(1);
  });

  it('returns non-retryable failures as responses instead of throwing', async () => {
    const { fake, graph } = setup((request) =>
      request.batchId === 'r2' ? { status: 404, body: { error: { code: 'itemNotFound', message: 'gone' } } } : ok(request),
    );
    const responses = await graph.batch(gets(3));
    expect(responses.map((r) => r.status)).toEqual([200, 404, 200]);
    expect(responses[1]?.body).toEqual({ error: { code: 'itemNotFound', message: 'gone' } });
    expect(responses[1] && subResponseError(responses[1])).toMatchObject({ status: 404, code: 'itemNotFound', message: 'Microsoft Graph answered 404 itemNotFound: gone' });
    expect(fake.calls).toHaveLength(1);
  });

  it('stops retrying sub-requests at the bound and returns the last 429', async () => {
    const { fake, waits, graph } = setup(
      (request) => (request.batchId === 'r1' ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'no' } } } : ok(request)),
      { maxRetries: 2 },
    );
    const responses = await graph.batch(gets(2));
    expect(responses.map((r) => r.status)).toEqual([429, 200]);
    expect(responses[0]?.headers['retry-after']).toBe('1');
    expect(fake.calls).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('lets the middleware retry a throttled $batch as a whole but never a 200 one', async () => {
    let posts = 0;
    const { fake, graph } = setup(ok, undefined, () => {
      posts += 1;
      return posts === 1 ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'x' } } } : undefined;
    });
    const responses = await graph.batch(gets(2));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(fake.calls).toHaveLength(2);
    expect(fake.subRequests).toHaveLength(2);
  });

  it('makes absolute sub-request URLs relative to the version root', async () => {
    const { fake, graph } = setup(ok);
    await graph.batch([{ id: '1', method: 'GET', url: `${FAKE_ROOT}/users/u7` }]);
    expect(fake.subRequests[0]?.path).toBe('/users/u7');
  });
});

describe('planBatches', () => {
  it('packs independent chains into the first batch with room and runs them in one wave', () => {
    const requests: GraphRequest[] = [
      ...gets(15, 'a'),
      ...Array.from({ length: 8 }, (_, i) => ({ id: `k${i}`, method: 'GET' as const, url: '/me', ...(i > 0 ? { dependsOn: [`k${i - 1}`] } : {}) })),
      ...gets(3, 'z'),
    ];
    const plan = planBatches(requests);
    expect(plan).toHaveLength(1);
    expect(plan[0]?.map((b) => b.requests.length)).toEqual([18, 8]);
  });

  it('refuses duplicate ids, unknown dependencies and cycles', () => {
    expect(() => planBatches([...gets(1), ...gets(1)])).toThrow('used twice');
    expect(() => planBatches([{ id: 'a', method: 'GET', url: '/me', dependsOn: ['nope'] }])).toThrow('unknown id');
    expect(() =>
      planBatches([
        { id: 'a', method: 'GET', url: '/me', dependsOn: ['b'] },
        { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      ]),
    ).toThrow('cycle');
  });
});
