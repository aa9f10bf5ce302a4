import { createGraph } from '../../../src/graph/client';
import { GraphError, UncertainOutcomeError, type Graph, type HttpMethod } from '../../../src/graph/graph-types';
import { FAKE_ROOT, FakeGraph, FakeTokens, recordingSleep, type FakeReply, type Route } from './support/fake-graph';

function setup(route: Route, retry?: { maxRetries?: number; maxDelayMs?: number }) {
  const fake = new FakeGraph(route);
  const tokens = new FakeTokens();
  const { waits, sleep } = recordingSleep();
  const graph: Graph = createGraph({
    tokens,
    scopes: ['User.Read'],
    baseUrl: FAKE_ROOT,
    fetchImpl: fake.fetch,
    sleep,
    random: () => 0.5,
    ...(retry ? { retry } : {}),
  });
  return { fake, tokens, waits, graph };
}

const me = { id: 'u1', displayName: 'Mette Sekretær' };
const throttled = (retryAfter?: string): FakeReply => ({
  status: 429,
  headers: retryAfter ? { 'Retry-After': retryAfter } : {},
  body: { error: { code: 'TooManyRequests', message: 'Please retry later', innerError: { 'request-id': 'req-42' } } },
});

describe('the Graph pipeline', () => {
  it('sends a bearer token from the TokenProvider with the configured scopes', async () => {
    const { fake, tokens, graph } = setup(() => ({ status: 200, body: me }));
    await expect(graph.get('/me')).resolves.toEqual(me);
    expect(fake.calls[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(tokens.asked).toEqual([['User.Read']]);
  });

  it('sends If-Match and turns a stale eTag into a 412 GraphError', async () => {
    const { fake, graph } = setup(() => ({ status: 412, body: { error: { code: 'preconditionFailed', message: 'eTag mismatch' } } }));
    const error = await graph.patch('/sites/s/lists/l/items/1/fields', { Title: 'x' }, { ifMatch: '"abc,2"' }).catch((e: unknown) => e);
    expect(fake.calls[0]?.headers.get('if-match')).toBe('"abc,2"');
    expect(fake.calls[0]?.body).toEqual({ Title: 'x' });
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 412, code: 'preconditionFailed', isConflict: true });
  });

  it('returns undefined for 204', async () => {
    const { graph } = setup(() => ({ status: 204 }));
    await expect(graph.post('/me/sendMail', { message: {} })).resolves.toBeUndefined();
    await expect(graph.delete('/me/events/1')).resolves.toBeUndefined();
  });

  it('honours Retry-After seconds on 429', async () => {
    let calls = 0;
    const { waits, graph } = setup(() => (++calls === 1 ? throttled('2') : { status: 200, body: me }));
    await expect(graph.get('/me')).resolves.toEqual(me);
    expect(waits).toEqual([2000]);
    expect(graph.stats).toMatchObject({ roundTrips: 2, requests: 2, retries: 1 });
  });

  it('honours Retry-After as an HTTP-date', async () => {
    let calls = 0;
    const at = new Date(Date.now() + 3000).toUTCString();
    const { waits, graph } = setup(() => (++calls === 1 ? throttled(at) : { status: 200, body: me }));
    await graph.get('/me');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThanOrEqual(4000);
  });

  it('retries 503 and 504 with jittered exponential backoff when no Retry-After is given', async () => {
    let calls = 0;
    const { waits, graph } = setup(() => {
      calls += 1;
      if (calls === 1) return { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } };
      if (calls === 2) return { status: 504, body: { error: { code: 'gatewayTimeout', message: 'slow' } } };
      return { status: 200, body: me };
    });
    await expect(graph.get('/me')).resolves.toEqual(me);
    // random() = 0.5: half the step plus a quarter -> 750 ms, then 1500 ms
    expect(waits).toEqual([750, 1500]);
  });

  it('stops at the bound with a clear GraphError', async () => {
    const { fake, waits, graph } = setup(() => throttled('1'));
    const error = (await graph.get('/me').catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('TooManyRequests');
    expect(error.retryAfterSeconds).toBe(1);
    expect(error.requestId).toBe('req-42');
    expect(error.message).toBe('Microsoft Graph did not succeed after 4 attempts (429 TooManyRequests); try again later');
    expect(fake.calls).toHaveLength(4);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(graph.stats).toMatchObject({ roundTrips: 4, retries: 3 });
  });

  it('respects a configured bound and gives up at once when Retry-After exceeds the longest wait', async () => {
    const bounded = setup(() => throttled('1'), { maxRetries: 1 });
    await expect(bounded.graph.get('/me')).rejects.toThrow('after 2 attempts');
    expect(bounded.fake.calls).toHaveLength(2);

    const tooLong = setup(() => throttled('120'), { maxDelayMs: 30_000 });
    await expect(tooLong.graph.get('/me')).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 120,
      message: expect.stringContaining('asked to wait 120 s'),
    });
    expect(tooLong.fake.calls).toHaveLength(1);
    expect(tooLong.waits).toEqual([]);
  });

  it('does not retry other failures', async () => {
    const { fake, graph } = setup(() => ({
      status: 403,
      body: { error: { code: 'accessDenied', message: 'Not a member of this forum' } },
    }));
    await expect(graph.get('/groups/g1/events')).rejects.toMatchObject({
      status: 403,
      code: 'accessDenied',
      message: 'Microsoft Graph answered 403 accessDenied: Not a member of this forum',
    });
    expect(fake.calls).toHaveLength(1);
  });

  it('retries a dropped connection for GET but never for a POST that is not repeatable', async () => {
    let calls = 0;
    const get = setup(() => (++calls === 1 ? 'drop' : { status: 200, body: me }));
    await expect(get.graph.get('/me')).resolves.toEqual(me);
    expect(get.fake.calls).toHaveLength(2);

    const post = setup(() => 'drop');
    await expect(post.graph.post('/groups/g1/events', { subject: 'Møde' })).rejects.toMatchObject({
      status: 0,
      code: 'networkError',
      uncertain: true,
    });
    expect(post.fake.calls).toHaveLength(1);
  });

  describe('repeats only what is safe to repeat', () => {
    type Fault = 429 | 503 | 504 | 'drop';
    const fail = (fault: Fault): ReturnType<Route> =>
      fault === 'drop'
        ? 'drop'
        : {
            status: fault,
            headers: { 'Retry-After': '1' },
            body: { error: { code: fault === 429 ? 'TooManyRequests' : 'UnknownError', message: 'x' } },
          };
    const send = (graph: Graph, method: HttpMethod, repeatable: boolean | undefined): Promise<unknown> => {
      const options = repeatable === undefined ? undefined : { repeatable };
      switch (method) {
        case 'GET':
          return graph.get('/me/messages', options);
        case 'POST':
          return graph.post('/users/forum@x.example/sendMail', { message: {} }, options);
        case 'PATCH':
          return graph.patch('/sites/s/lists/l/items/1/fields', { Title: 'x' }, { ...options, ifMatch: '"e,1"' });
        case 'PUT':
          return graph.put('/drives/d/items/i/content', { x: 1 }, options);
        case 'DELETE':
          return graph.delete('/me/events/1', options);
      }
    };
    // method × fault × repeatable → sent again (and succeeds), or not sent again and uncertain (Graph may have acted).
    const table: [HttpMethod, Fault, boolean | undefined, 'retried' | 'uncertain'][] = [
      ['GET', 429, undefined, 'retried'],
      ['GET', 503, undefined, 'retried'],
      ['GET', 504, undefined, 'retried'],
      ['GET', 'drop', undefined, 'retried'],
      ['PATCH', 503, undefined, 'retried'],
      ['PATCH', 504, undefined, 'retried'],
      ['PATCH', 'drop', undefined, 'retried'],
      ['PUT', 504, undefined, 'retried'],
      ['PUT', 'drop', undefined, 'retried'],
      ['DELETE', 504, undefined, 'retried'],
      ['DELETE', 'drop', undefined, 'retried'],
      ['POST', 429, undefined, 'retried'],
      ['POST', 503, undefined, 'uncertain'],
      ['POST', 504, undefined, 'uncertain'],
      ['POST', 'drop', undefined, 'uncertain'],
      ['POST', 504, false, 'uncertain'],
      ['POST', 429, true, 'retried'],
      ['POST', 503, true, 'retried'],
      ['POST', 504, true, 'retried'],
      ['POST', 'drop', true, 'retried'],
    ];
    it.each(table)('%s after %s (repeatable: %s) is %s', async (method, fault, repeatable, expected) => {
      let calls = 0;
      const { fake, graph } = setup(() => (++calls === 1 ? fail(fault) : { status: 200, body: { ok: true } }));
      const outcome = await send(graph, method, repeatable).then(
        () => 'succeeded' as const,
        (error: unknown) => error,
      );
      if (expected === 'retried') {
        expect(outcome).toBe('succeeded');
        expect(fake.calls).toHaveLength(2);
        expect(graph.stats.retries).toBe(1);
      } else {
        expect(outcome).toBeInstanceOf(UncertainOutcomeError);
        expect(outcome).toMatchObject({ uncertain: true, status: fault === 'drop' ? 0 : fault });
        expect(fake.calls).toHaveLength(1);
        expect(graph.stats.retries).toBe(0);
      }
    });

    it('tells a definite failure of a POST from an uncertain one', async () => {
      const refused = setup(() => ({ status: 400, body: { error: { code: 'ErrorInvalidRecipients', message: 'no recipients' } } }));
      const error = (await refused.graph.post('/me/sendMail', { message: {} }).catch((e: unknown) => e)) as GraphError;
      expect(error).toBeInstanceOf(GraphError);
      expect(error).not.toBeInstanceOf(UncertainOutcomeError);
      expect(error.uncertain).toBe(false);

      const lost = setup(() => ({ status: 504, body: { error: { code: 'UnknownError', message: 'The gateway timed out.' } } }));
      const uncertain = (await lost.graph.post('/me/sendMail', { message: {} }).catch((e: unknown) => e)) as GraphError;
      expect(uncertain).toMatchObject({ name: 'UncertainOutcomeError', status: 504, code: 'UnknownError', uncertain: true });
      expect(uncertain.message).toContain('may have been carried out');
    });

    it("a repeated PATCH with If-Match whose first try Graph carried out gets 412: the caller's conflict", async () => {
      let calls = 0;
      const { graph } = setup(() =>
        ++calls === 1
          ? { status: 504, body: { error: { code: 'UnknownError', message: 'x' } } }
          : { status: 412, body: { error: { code: 'preconditionFailed', message: 'eTag mismatch' } } },
      );
      await expect(graph.patch('/sites/s/lists/l/items/1/fields', { Title: 'x' }, { ifMatch: '"e,1"' })).rejects.toMatchObject({
        status: 412,
        isConflict: true,
        uncertain: false,
      });
    });
  });

  it('passes a token failure through unchanged', async () => {
    const fake = new FakeGraph(() => ({ status: 200, body: me }));
    class NeedsSignIn extends Error {}
    const graph = createGraph({
      tokens: { getAccessToken: () => Promise.reject(new NeedsSignIn('sign in')) },
      scopes: [],
      baseUrl: FAKE_ROOT,
      fetchImpl: fake.fetch,
    });
    await expect(graph.get('/me')).rejects.toBeInstanceOf(NeedsSignIn);
    expect(fake.calls).toHaveLength(0);
  });

  it('refuses absolute URLs outside the Graph root so tokens never leave', async () => {
    const { fake, graph } = setup(() => ({ status: 200, body: me }));
    await expect(graph.get('https://evil.example/v1.0/me')).rejects.toMatchObject({ code: 'foreignUrl' });
    await expect(graph.get(`${FAKE_ROOT}/me`)).resolves.toEqual(me);
    expect(fake.calls.map((c) => c.path)).toEqual(['/me']);
  });

  it('keeps query strings intact, including URLs inside a filter', async () => {
    const { fake, graph } = setup(() => ({ status: 200, body: { value: [] } }));
    await graph.get("/sites/s/lists?$filter=webUrl eq 'https://x.sharepoint.com/a'&$top=5");
    const url = new URL(`${FAKE_ROOT}${fake.calls[0]?.path ?? ''}`);
    expect(url.pathname).toBe('/v1.0/sites/s/lists');
    expect(url.searchParams.get('$filter')).toBe("webUrl eq 'https://x.sharepoint.com/a'");
    expect(url.searchParams.get('$top')).toBe('5');
  });

  it('downloads and uploads bytes', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const { fake, graph } = setup((request) =>
      request.method === 'GET'
        ? { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes }
        : { status: 201, body: { id: 'item-1', size: 4 } },
    );
    await expect(graph.getBytes('/drives/d/items/i/content')).resolves.toEqual(bytes);
    await expect(
      graph.putBytes(
        '/drives/d/root:/referat.docx:/content',
        bytes,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).resolves.toEqual({ id: 'item-1', size: 4 });
    expect(fake.calls[1]?.body).toEqual(bytes);
    expect(fake.calls[1]?.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('counts and resets stats', async () => {
    const { graph } = setup(() => ({ status: 200, body: me }));
    await graph.get('/me');
    await graph.get('/me');
    expect(graph.stats).toMatchObject({ roundTrips: 2, requests: 2, retries: 0 });
    graph.stats.reset();
    expect(graph.stats).toMatchObject({ roundTrips: 0, requests: 0, retries: 0 });
  });

  it("sends an upload session's fragments to its uploadUrl with Content-Range and without the token (the URL carries its own)", async () => {
    const uploadUrl = 'https://tenant.sharepoint.test/_api/v2.0/drive/items/x/uploadSession?guid=1&tempauth=abc';
    const { fake, tokens, graph } = setup((request) =>
      request.method === 'PUT'
        ? { status: 202, body: { nextExpectedRanges: ['4-9'] } }
        : { status: 200, body: { nextExpectedRanges: ['4-9'] } },
    );
    const answer = await graph.uploadSession<{ nextExpectedRanges: string[] }>(uploadUrl, {
      bytes: new Uint8Array([1, 2, 3, 4]),
      start: 0,
      total: 10,
    });
    expect(answer).toMatchObject({ status: 202, body: { nextExpectedRanges: ['4-9'] } });
    expect(fake.calls[0]).toMatchObject({ method: 'PUT', path: uploadUrl });
    expect(fake.calls[0]?.headers.get('content-range')).toBe('bytes 0-3/10');
    expect(fake.calls[0]?.headers.get('authorization')).toBeNull();
    expect(tokens.asked).toEqual([]);
    // Without a fragment: the session's state.
    await expect(graph.uploadSession(uploadUrl)).resolves.toMatchObject({ status: 200 });
    expect(fake.calls[1]?.method).toBe('GET');
    expect(graph.stats.roundTrips).toBe(2);
  });

  it('refuses an uploadUrl that is neither https nor on the Graph root, and maps a failure to GraphError', async () => {
    const { fake, graph } = setup(() => ({ status: 416, body: { error: { code: 'invalidRange', message: 'overlap' } } }));
    await expect(graph.uploadSession('http://elsewhere.test/up/1')).rejects.toMatchObject({ code: 'invalidUploadUrl' });
    expect(fake.calls).toEqual([]);
    await expect(
      graph.uploadSession('http://graph.test/_upload/1?tempauth=x', { bytes: new Uint8Array(1), start: 0, total: 1 }),
    ).rejects.toMatchObject({ status: 416, code: 'invalidRange' });
  });
});
