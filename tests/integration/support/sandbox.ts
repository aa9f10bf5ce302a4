import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../../src/sandbox/server';
import type { RunningSandbox } from '../../../src/sandbox/server';
import type { Seed } from '../../../src/sandbox/seed/types';
import { testSeed } from './test-seed';

export interface TestSandbox extends RunningSandbox {
  readonly dataDir: string;
  /** Stops the server and removes its data directory. */
  dispose(): Promise<void>;
}

/**
 * A sandbox on a free port with a fresh temporary data directory (the small test seed by default). PDFs are the quick
 * plain text rendering (tests read their lines) unless `pdf: 'libreoffice'` asks for the real layout.
 */
export async function startTestSandbox(
  seed: Seed = testSeed,
  opts: { dataDir?: string; now?: () => Date; allowedOrigins?: readonly string[]; pdf?: 'libreoffice' | 'text' } = {},
): Promise<TestSandbox> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'sekretariat-sandbox-')));
  const sandbox = await startSandbox({
    port: 0,
    dataDir,
    seed,
    quiet: true,
    pdf: opts.pdf ?? 'text',
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.allowedOrigins ? { allowedOrigins: opts.allowedOrigins } : {}),
  });
  return {
    ...sandbox,
    dataDir,
    dispose: async () => {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Bearer token for a seeded person (by userPrincipalName or mail). */
export async function tokenFor(sandbox: Pick<RunningSandbox, 'url'>, user: string): Promise<string> {
  const res = await fetch(`${sandbox.url}/_sandbox/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!res.ok) throw new Error(`token for ${user}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** An app-only token for a registered application (the client-credentials grant), by its client id. */
export async function appTokenFor(sandbox: Pick<RunningSandbox, 'url'>, appId: string): Promise<string> {
  const res = await fetch(`${sandbox.url}/_sandbox/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app: appId }),
  });
  if (!res.ok) throw new Error(`token for app ${appId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface CallResult<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the text when the response is not JSON, or undefined when empty. */
  readonly body: T;
}

export interface CallOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * One HTTP request to the sandbox. `path` below `/v1.0` ("/me"), or absolute below the server
 * ("/_sandbox/health"), or a full URL (an `@odata.nextLink`).
 */
export async function call<T = unknown>(
  sandbox: Pick<RunningSandbox, 'url' | 'graphUrl'>,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const url = /^https?:/.test(path) ? path : path.startsWith('/_sandbox') ? `${sandbox.url}${path}` : `${sandbox.graphUrl}${path}`;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (Buffer.isBuffer(opts.body)) body = new Uint8Array(opts.body);
  else if (typeof opts.body === 'string') body = opts.body;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const parsed: unknown = text.length === 0 ? undefined : type.includes('json') ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body: parsed as T };
}
