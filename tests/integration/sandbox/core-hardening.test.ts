import { request } from 'node:http';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * What keeps other web pages away from the sandbox: it answers only Host names of this machine (DNS
 * rebinding), its control endpoints take no "simple" bodies (form posts from other pages), and CORS lets
 * only the app's own origin read answers.
 */

interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One request with a Host header of our choosing (fetch always sends the URL's own). */
function raw(sandbox: TestSandbox, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const APP = 'http://localhost:3000';

describe('sandbox hardening: Host names, control bodies and CORS', () => {
  let sb: TestSandbox;
  let port: string;
  beforeAll(async () => {
    sb = await startTestSandbox(undefined, { allowedOrigins: [APP, 'http://127.0.0.1:3000'] });
    port = new URL(sb.url).port;
  });
  afterAll(() => sb.dispose());

  describe('Host header', () => {
    it.each(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]'])(
      'answers requests addressed to %s, with or without the port',
      async (name) => {
        expect((await raw(sb, 'GET', '/_sandbox/health', { Host: `${name}:${port}` })).status).toBe(200);
        expect((await raw(sb, 'GET', '/_sandbox/health', { Host: name })).status).toBe(200);
      },
    );

    it.each(['rebind.example', 'localhost.rebind.example', '127.0.0.1.nip.io', '192.168.1.20', '[::2]'])(
      'refuses %s with 421 and Graph’s error body, before any route',
      async (name) => {
        const health = await raw(sb, 'GET', '/_sandbox/health', { Host: `${name}:${port}` });
        expect(health.status).toBe(421);
        const body = JSON.parse(health.body) as { error: { code: string; message: string; innerError: Record<string, string> } };
        expect(body.error.code).toBe('MisdirectedRequest');
        expect(body.error.message).toMatch(/localhost/);
        expect(body.error.innerError['request-id']).toBe(health.headers['request-id']);
      },
    );

    it('gives a rebinding page neither a token, nor Graph data, nor a preflight', async () => {
      const host = `rebind.example:${port}`;
      const token = await raw(
        sb,
        'POST',
        '/_sandbox/token',
        { Host: host, 'Content-Type': 'application/json' },
        JSON.stringify({ user: TEST_PEOPLE.secretary.mail }),
      );
      expect(token.status).toBe(421);
      expect(token.body).not.toMatch(/access_token/);
      const me = await raw(sb, 'GET', '/v1.0/me', {
        Host: host,
        Authorization: `Bearer ${await tokenFor(sb, TEST_PEOPLE.secretary.mail)}`,
      });
      expect(me.status).toBe(421);
      expect(me.body).not.toMatch(TEST_PEOPLE.secretary.mail);
      const preflight = await raw(sb, 'OPTIONS', '/v1.0/me', {
        Host: host,
        Origin: `http://${host}`,
        'Access-Control-Request-Method': 'GET',
      });
      expect(preflight.status).toBe(421);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('control endpoints take no body a web page can send without a preflight', () => {
    const tokenBody = JSON.stringify({ user: TEST_PEOPLE.chair.mail });

    it.each([
      ['text/plain', tokenBody],
      ['text/plain;charset=UTF-8', tokenBody],
      ['application/x-www-form-urlencoded', `user=${encodeURIComponent(TEST_PEOPLE.chair.mail)}`],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="user"\r\n\r\n${TEST_PEOPLE.chair.mail}\r\n--x--\r\n`,
      ],
    ])('refuses POST /_sandbox/token with %s (415, no token)', async (type, body) => {
      const res = await call<{ error: { code: string; message: string } }>(sb, 'POST', '/_sandbox/token', {
        body,
        headers: { 'Content-Type': type },
      });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('UnsupportedMediaType');
      expect(res.body.error.message).toMatch(/application\/json/);
    });

    it('refuses a body without any Content-Type, and a POST with none at all', async () => {
      const noType = await call(sb, 'POST', '/_sandbox/token', { body: Buffer.from(tokenBody) });
      expect(noType.status).toBe(415);
      expect((await call(sb, 'POST', '/_sandbox/token')).status).toBe(415);
    });

    it('issues the token for JSON, with or without a charset', async () => {
      expect((await call(sb, 'POST', '/_sandbox/token', { body: tokenBody, headers: { 'Content-Type': 'application/json' } })).status).toBe(
        200,
      );
      expect(
        (await call(sb, 'POST', '/_sandbox/token', { body: tokenBody, headers: { 'Content-Type': 'application/json; charset=utf-8' } }))
          .status,
      ).toBe(200);
    });

    it('changes nothing when it refuses: a form-posted fault is not injected', async () => {
      await call(sb, 'DELETE', '/_sandbox/faults');
      const refused = await call(sb, 'POST', '/_sandbox/faults', {
        body: JSON.stringify({ match: { path: '/me' }, fault: { kind: '503' } }),
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(refused.status).toBe(415);
      expect((await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/faults')).body.value).toEqual([]);
    });

    it('takes raw mail only as message/rfc822', async () => {
      const eml = [
        'From: Lars Harbo <lars.harbo@skovlund.example>',
        'To: tsg-sekretariat@testregion.example',
        'Subject: Hej',
        'Message-ID: <h-1@skovlund.example>',
        '',
        'Tekst',
      ].join('\r\n');
      for (const type of ['text/plain', 'application/json', 'multipart/form-data; boundary=x']) {
        expect((await call(sb, 'POST', '/_sandbox/mail', { body: eml, headers: { 'Content-Type': type } })).status).toBe(415);
      }
      expect((await call(sb, 'POST', '/_sandbox/mail', { body: eml, headers: { 'Content-Type': 'message/rfc822' } })).status).toBe(202);
    });

    it('lets a DELETE without a body through, and refuses one with a simple body', async () => {
      expect((await call(sb, 'DELETE', '/_sandbox/outbox')).status).toBe(204);
      expect((await call(sb, 'DELETE', '/_sandbox/outbox', { body: 'x', headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    });
  });

  describe('CORS', () => {
    it('lets the app’s own origins through a preflight and read the answer', async () => {
      for (const origin of [APP, 'http://127.0.0.1:3000']) {
        const pre = await fetch(`${sb.graphUrl}/me`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,if-match' },
        });
        expect(pre.status).toBe(204);
        expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
        expect(pre.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
        expect(pre.headers.get('access-control-allow-headers')).toMatch(/If-Match/);
      }
      const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
      const res = await call(sb, 'GET', '/me', { token, headers: { Origin: APP } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(APP);
      expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    });

    it.each(['https://evil.example', 'http://localhost:4444', 'http://localhost:3000.evil.example', 'null'])(
      'gives %s no CORS headers, preflight or not',
      async (origin) => {
        const pre = await fetch(`${sb.url}/_sandbox/token`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
        });
        expect(pre.headers.get('access-control-allow-origin')).toBeNull();
        expect(pre.headers.get('access-control-allow-methods')).toBeNull();
        expect(pre.headers.get('access-control-allow-headers')).toBeNull();
        const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
        const res = await call(sb, 'GET', '/me', { token, headers: { Origin: origin } });
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('access-control-expose-headers')).toBeNull();
      },
    );

    it('serves Node callers (no Origin) as before', async () => {
      const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
      const res = await call<{ id: string }>(sb, 'GET', '/me', { token });
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(TEST_PEOPLE.chair.id);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('allows no browser origin when started without allowedOrigins', async () => {
      const plain = await startTestSandbox();
      try {
        const pre = await fetch(`${plain.graphUrl}/me`, {
          method: 'OPTIONS',
          headers: { Origin: APP, 'Access-Control-Request-Method': 'GET' },
        });
        expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await plain.dispose();
      }
    });
  });
});
