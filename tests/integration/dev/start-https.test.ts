// `npm start -- --https`: the app on https://localhost with a certificate made by office-addin-dev-certs' own
// generator into a temporary folder (CI cannot install a CA into the system store, so the code path takes the folder
// from SEKRETARIAT_DEV_CERT_DIR), fetched over TLS trusting only that CA; the sandbox lets the https origin call it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { freePort } from '../../../scripts/lib/ports';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../../..');
let dir: string;
let child: ChildProcess | undefined;
let appPort: number;
let sandboxPort: number;
let output = '';

interface Fetched {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

function get(url: string, ca: Buffer | undefined): Promise<Fetched> {
  return new Promise((done, fail) => {
    const req = request(url, { ...(ca ? { ca } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function started(proc: ChildProcess): Promise<void> {
  return new Promise((done, fail) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Sekretariat:')) done();
    });
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    proc.once('exit', (code) => fail(new Error(`npm start exited with ${String(code)}:\n${output}`)));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sekretariat-https-'));
  const certs = join(dir, 'certs');
  await generateCertificates(join(certs, 'ca.crt'), join(certs, 'localhost.crt'), join(certs, 'localhost.key'), 1, [
    'localhost',
    '127.0.0.1',
  ]);
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'index.html'), '<!doctype html><title>Sekretariat</title>');
  appPort = await freePort();
  sandboxPort = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--https', '--skip-build'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      PORT: String(appPort),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_DATA_DIR: join(dir, 'sandbox'),
      SEKRETARIAT_APP_DIR: join(dir, 'app'),
      SEKRETARIAT_DEV_CERT_DIR: certs,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await started(child);
});

afterAll(async () => {
  if (child?.exitCode === null) {
    const exited = new Promise((done) => child?.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start -- --https', () => {
  it('says where the app is, on https', () => {
    expect(output).toContain(`Sekretariat:    https://localhost:${appPort}/`);
    expect(output).toContain(`Certificate:    ${join(dir, 'certs')}`);
  });

  it('serves the app over TLS with a certificate for localhost that the generated CA signed', async () => {
    const ca = readFileSync(join(dir, 'certs', 'ca.crt'));
    const page = await get(`https://localhost:${appPort}/`, ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Sekretariat</title>');
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' http://localhost:${sandboxPort}`);
  });

  it('is refused by a client that does not trust that CA', async () => {
    await expect(get(`https://localhost:${appPort}/`, undefined)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
  });

  it('lets the https origin call the sandbox (CORS), which stays on http://localhost', async () => {
    const res = await fetch(`http://localhost:${sandboxPort}/v1.0/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: `https://localhost:${appPort}`,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(`https://localhost:${appPort}`);
  });
});
