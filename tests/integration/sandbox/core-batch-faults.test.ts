import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { id?: string; error?: { code: string } } & Record<string, unknown>;
}
interface BatchBody {
  responses: SubResponse[];
}

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;

describe('sandbox: $batch, injected faults and request statistics', () => {
  let sb: TestSandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  });
  afterAll(() => sb.dispose());
  afterEach(async () => {
    await call(sb, 'DELETE', '/_sandbox/faults');
  });

  const me = (n: number): { id: string; method: string; url: string }[] =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: i % 2 ? '/me' : 'me' }));

  it('runs up to 20 sub-requests with per-request status, and refuses 21 with 400', async () => {
    const ok = await call<BatchBody>(sb, 'POST', '/$batch', { token, body: { requests: me(20) } });
    expect(ok.status).toBe(200);
    expect(ok.body.responses).toHaveLength(20);
    expect(ok.body.responses.every((r) => r.status === 200 && r.body?.id === TEST_PEOPLE.chair.id)).toBe(true);
    const tooMany = await call<{ error: { code: string } }>(sb, 'POST', '/$batch', { token, body: { requests: me(21) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('BadRequest');
  });

  it('authenticates sub-requests with the batch token: 401 for the batch without one', async () => {
    expect((await call(sb, 'POST', '/$batch', { body: { requests: me(2) } })).status).toBe(401);
  });

  it('honours dependsOn and answers 424 for dependents of a failed request', async () => {
    const requests = [
      {
        id: 'a',
        method: 'POST',
        url: `${SITE}/lists/ActionMarks/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'A' } },
      },
      { id: 'b', method: 'GET', url: `${SITE}/lists/ActionMarks/items?$top=500`, dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/groups/does-not-exist' },
      { id: 'd', method: 'GET', url: '/me', dependsOn: ['c'] },
      { id: 'e', method: 'GET', url: `/sites/${TEST_FORUMS.theme.siteId}/lists` },
    ];
    const res = await call<BatchBody>(sb, 'POST', '/$batch', { token, body: { requests } });
    const byId = Object.fromEntries(res.body.responses.map((r) => [r.id, r]));
    expect(byId.a?.status).toBe(201);
    expect(((byId.b?.body?.value ?? []) as { id: string }[]).some((i) => i.id === byId.a?.body?.id)).toBe(true);
    expect(byId.c?.status).toBe(404);
    expect(byId.d?.status).toBe(424);
    expect(byId.e?.status).toBe(403);
    const unknownDep = await call(sb, 'POST', '/$batch', {
      token,
      body: { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] },
    });
    expect(unknownDep.status).toBe(400);
  });

  it('injects 429 with Retry-After on matching requests, count-limited', async () => {
    const fault = await call<{ id: string }>(sb, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'GET', path: '^/me$' }, fault: { kind: '429', retryAfterSeconds: 7 }, count: 2 },
    });
    expect(fault.status).toBe(201);
    const first = await call<{ error: { code: string } }>(sb, 'GET', '/me', { token });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body.error.code).toBe('TooManyRequests');
    expect((await call(sb, 'GET', '/me', { token })).status).toBe(429);
    expect((await call(sb, 'GET', '/me', { token })).status).toBe(200);
    expect((await call(sb, 'GET', '/me/memberOf', { token })).status).toBe(200);
  });

  it('applies faults per sub-request: 3 of 20 throttled with Retry-After', async () => {
    await call(sb, 'POST', '/_sandbox/faults', {
      body: { match: { path: '^/me$' }, fault: { kind: '429', retryAfterSeconds: 2 }, count: 3 },
    });
    const res = await call<BatchBody>(sb, 'POST', '/$batch', { token, body: { requests: me(20) } });
    expect(res.status).toBe(200);
    const throttled = res.body.responses.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(3);
    expect(throttled.every((r) => r.headers['Retry-After'] === '2')).toBe(true);
    expect(res.body.responses.filter((r) => r.status === 200)).toHaveLength(17);
  });

  it('injects 503, latency and dropped connections', async () => {
    await call(sb, 'POST', '/_sandbox/faults', { body: { match: { path: 'memberOf' }, fault: { kind: '503' }, count: 1 } });
    const unavailable = await call(sb, 'GET', '/me/memberOf', { token });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBeTruthy();
    await call(sb, 'POST', '/_sandbox/faults', { body: { match: { path: '/me' }, fault: { kind: 'latency', latencyMs: 300 }, count: 1 } });
    const started = Date.now();
    expect((await call(sb, 'GET', '/me', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await call(sb, 'POST', '/_sandbox/faults', { body: { match: { path: '/me' }, fault: { kind: 'drop' }, count: 1 } });
    await expect(call(sb, 'GET', '/me', { token })).rejects.toThrow();
    const listed = await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/faults');
    expect(listed.body.value.length).toBe(3);
  });

  it('counts requests by route pattern, resettable', async () => {
    await call(sb, 'DELETE', '/_sandbox/stats');
    await call(sb, 'GET', '/me', { token });
    await call(sb, 'GET', `${SITE}/lists/Meetings/items`, { token });
    await call(sb, 'POST', '/$batch', { token, body: { requests: me(3) } });
    const stats = await call<{ total: number; subRequests: number; byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats');
    expect(stats.body.total).toBe(3);
    expect(stats.body.subRequests).toBe(3);
    expect(stats.body.byRoute).toEqual({ 'GET /me': 4, 'GET /sites/:siteId/lists/:listId/items': 1, 'POST /$batch': 1 });
  });
});
