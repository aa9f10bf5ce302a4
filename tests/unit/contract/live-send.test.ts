// The live run's requests: a throttled answer is recorded with what differs from Graph's, waited out as Retry-After
// says and sent again; a link to another origin never gets the token.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { liveSender } from '../../integration/contract/live/live-send';

interface Seen {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

const graphError = JSON.stringify({
  error: { code: 'TooManyRequests', message: 'slow down', innerError: { date: '2026-12-06T20:00:00' } },
});

function serve(answers: { status: number; headers?: Record<string, string>; body?: string }[], seen: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const answer = answers.shift() ?? { status: 200, body: '{"value":[]}' };
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...(answer.headers ?? {}) }).end(answer.body ?? '');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const port = (s: Server): number => (s.address() as AddressInfo).port;
const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe('liveSender', () => {
  it('waits out a 429 for the seconds Retry-After names and sends again, recording the throttled answer', async () => {
    const seen: Seen[] = [];
    const graph = await serve([{ status: 429, headers: { 'Retry-After': '2' }, body: graphError }], seen);
    servers.push(graph);
    const waits: number[] = [];
    const sender = liveSender(`http://127.0.0.1:${port(graph)}/v1.0`, { sleep: async (ms) => void waits.push(ms) });
    const res = await sender.send('GET', '/me/memberOf', { token: 't0ken' });
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.path)).toEqual(['/v1.0/me/memberOf', '/v1.0/me/memberOf']);
    expect(waits).toEqual([2000]);
    expect(sender.throttled).toEqual([{ request: 'GET /me/memberOf', status: 429, retryAfter: '2', differences: [] }]);
  });

  it("records a 429 without Retry-After or Graph's error body as a difference", async () => {
    const graph = await serve([{ status: 429, headers: { 'Content-Type': 'text/plain' }, body: 'busy' }], []);
    servers.push(graph);
    const sender = liveSender(`http://127.0.0.1:${port(graph)}/v1.0`, { sleep: async () => undefined });
    await sender.send('GET', '/me', { token: 't0ken' });
    expect(sender.throttled[0]?.differences).toEqual([
      'no Retry-After header',
      '(body) -> expected { "error": { "code", "message", "innerError" } }',
    ]);
  });

  it('sends the token to the target but not to a link on another origin', async () => {
    const graphSeen: Seen[] = [];
    const otherSeen: Seen[] = [];
    const graph = await serve([], graphSeen);
    const other = await serve([], otherSeen);
    servers.push(graph, other);
    const sender = liveSender(`http://127.0.0.1:${port(graph)}/v1.0`);
    await sender.send('GET', `http://127.0.0.1:${port(graph)}/v1.0/me?$skiptoken=x`, { token: 't0ken' });
    await sender.send('GET', `http://127.0.0.1:${port(other)}/elsewhere`, { token: 't0ken' });
    expect(graphSeen[0]?.headers.authorization).toBe('Bearer t0ken');
    expect(otherSeen[0]?.headers.authorization).toBeUndefined();
  });
});
