import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../../../scripts/lib/static-server';

const POLICY = "default-src 'self'; frame-ancestors https://teams.microsoft.com";

describe('the static server', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sekretariat-static-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="js/app.js"></script>');
    writeFileSync(join(dir, 'js/app.js'), 'console.log(1);');
    writeFileSync(join(dir, 'js/app.js.map'), '{"sources":["secret.ts"]}');
    server = await serveStatic(dir, 0, { contentSecurityPolicy: POLICY });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the Content-Security-Policy with every page', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(POLICY);
    }
    const script = await fetch(`${base}/js/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('never serves a source map, even one left in the directory', async () => {
    const res = await fetch(`${base}/js/app.js.map`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret.ts');
  });
});
