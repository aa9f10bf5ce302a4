import { planBatches } from '../../../src/graph/batch-plan';
import { createGraph } from '../../../src/graph/client';
import { subResponseError } from '../../../src/graph/errors';
import { UncertainOutcomeError, type GraphRequest, type HttpMethod } from '../../../src/graph/graph-types';
import { FAKE_ROOT, FakeGraph, FakeTokens, recordingSleep, type Route } from './support/fake-graph';

function setup(route: Route, retry?: { maxRetries?: number }, onBatch?: Route) {
  const fake = new FakeGraph(route, onBatch);
  const { waits, sleep } = recordingSleep();
  const graph = createGraph({
    tokens: new FakeTokens(),
    scopes: [],
    baseUrl: FAKE_ROOT,
    fetchImpl: fake.fetch,
    sleep,
    random: () => 0.5,
    ...(retry ? { retry } : {}),
  });
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
        return {
          status: 429,
          headers: { 'Retry-After': id === 'r11' ? '3' : '1' },
          body: { error: { code: 'TooManyRequests', message: 'slow down' } },
        };
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
    const batches = fake.calls.map(
      (c) => (c.body as { requests: { id: string; dependsOn?: string[]; headers?: Record<string, string> }[] }).requests,
    );
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
      // An event with a transactionId: a repeat returns the event already made.
      { id: 'a', method: 'POST', url: '/groups/g1/events', body: { transactionId: 't-1' }, repeatable: true },
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
    expect(responses[1] && subResponseError(responses[1])).toMatchObject({
      status: 404,
      code: 'itemNotFound',
      message: 'Microsoft Graph answered 404 itemNotFound: gone',
    });
    expect(fake.calls).toHaveLength(1);
  });

  it('stops retrying sub-requests at the bound and returns the last 429', async () => {
    const { fake, waits, graph } = setup(
      (request) =>
        request.batchId === 'r1'
          ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'no' } } }
          : ok(request),
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
      return posts === 1
        ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'x' } } }
        : undefined;
    });
    const responses = await graph.batch(gets(2));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(fake.calls).toHaveLength(2);
    expect(fake.subRequests).toHaveLength(2);
  });

  describe('repeats only the sub-requests that are safe to repeat', () => {
    type Fault = 429 | 503 | 504;
    const urlOf: Record<HttpMethod, string> = {
      GET: '/me/messages',
      POST: '/users/forum@x.example/sendMail',
      PATCH: '/sites/s/lists/l/items/1/fields',
      PUT: '/drives/d/items/i/content',
      DELETE: '/me/events/1',
    };
    // method × status × repeatable → sent again (and succeeds), or returned uncertain after one attempt.
    const table: [HttpMethod, Fault, boolean | undefined, 'retried' | 'uncertain'][] = [
      ['GET', 503, undefined, 'retried'],
      ['GET', 504, undefined, 'retried'],
      ['PATCH', 504, undefined, 'retried'],
      ['PATCH', 504, false, 'uncertain'],
      ['DELETE', 503, false, 'uncertain'],
      ['PUT', 503, undefined, 'retried'],
      ['DELETE', 504, undefined, 'retried'],
      ['POST', 429, undefined, 'retried'],
      ['POST', 503, undefined, 'uncertain'],
      ['POST', 504, undefined, 'uncertain'],
      ['POST', 504, false, 'uncertain'],
      ['POST', 503, true, 'retried'],
      ['POST', 504, true, 'retried'],
    ];
    it.each(table)('%s sub-request after %s (repeatable: %s) is %s', async (method, fault, repeatable, expected) => {
      let calls = 0;
      const { fake, graph } = setup((request) =>
        request.batchId === 'x' && ++calls === 1
          ? { status: fault, headers: { 'Retry-After': '1' }, body: { error: { code: 'UnknownError', message: 'lost' } } }
          : ok(request),
      );
      const request: GraphRequest = {
        id: 'x',
        method,
        url: urlOf[method],
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
        ...(repeatable === undefined ? {} : { repeatable }),
      };
      const [response, other] = await graph.batch([request, { id: 'y', method: 'GET', url: '/me' }]);
      expect(other?.status).toBe(200);
      expect(fake.subRequests.filter((s) => s.batchId === 'y')).toHaveLength(1);
      if (expected === 'retried') {
        expect(response).toMatchObject({ status: 200 });
        expect(response?.uncertain).toBeUndefined();
        expect(fake.subRequests.filter((s) => s.batchId === 'x')).toHaveLength(2);
      } else {
        expect(response).toMatchObject({ status: fault, uncertain: true });
        expect(fake.subRequests.filter((s) => s.batchId === 'x')).toHaveLength(1);
        expect(fake.calls).toHaveLength(1);
        expect(response && subResponseError(response)).toBeInstanceOf(UncertainOutcomeError);
      }
    });

    it('never puts the repeatable flag on the wire', async () => {
      const { fake, graph } = setup(ok);
      await graph.batch([{ id: 'x', method: 'POST', url: '/groups/g/events', body: { transactionId: 't' }, repeatable: true }]);
      expect((fake.calls[0]?.body as { requests: Record<string, unknown>[] }).requests[0]).not.toHaveProperty('repeatable');
    });

    it.each([504, 'drop'] as const)(
      'a $batch with a sendMail whose answer is lost (%s): the sendMail is uncertain, the reads are sent again',
      async (fault) => {
        let posts = 0;
        const { fake, graph } = setup(ok, undefined, () => {
          posts += 1;
          if (posts > 1) return undefined;
          return fault === 'drop' ? 'drop' : { status: 504, body: { error: { code: 'UnknownError', message: 'The gateway timed out.' } } };
        });
        const responses = await graph.batch([
          { id: 'mail', method: 'POST', url: '/users/forum@x.example/sendMail', body: { message: {} } },
          { id: 'read', method: 'GET', url: '/users/u1' },
        ]);
        expect(responses[0]).toMatchObject({ id: 'mail', status: 504, uncertain: true });
        expect(responses[1]).toMatchObject({ id: 'read', status: 200 });
        // The first $batch lost its answer (the fake executed nothing of it); only the read went again.
        expect(fake.calls).toHaveLength(2);
        expect((fake.calls[1]?.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(['read']);
        expect(fake.subRequests.map((r) => r.batchId)).toEqual(['read']);
      },
    );

    it('lets the middleware send a $batch of repeatable requests again after 504 as a whole', async () => {
      let posts = 0;
      const { fake, graph } = setup(ok, undefined, () =>
        ++posts === 1 ? { status: 504, body: { error: { code: 'UnknownError', message: 'x' } } } : undefined,
      );
      const responses = await graph.batch([
        { id: 'event', method: 'POST', url: '/groups/g/events', body: { transactionId: 't' }, repeatable: true },
        { id: 'read', method: 'GET', url: '/users/u1' },
      ]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      expect(responses.some((r) => r.uncertain)).toBe(false);
      expect(fake.calls).toHaveLength(2);
      expect(fake.subRequests).toHaveLength(2);
    });
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
      ...Array.from({ length: 8 }, (_, i) => ({
        id: `k${i}`,
        method: 'GET' as const,
        url: '/me',
        ...(i > 0 ? { dependsOn: [`k${i - 1}`] } : {}),
      })),
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
