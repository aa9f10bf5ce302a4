import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';
import { contentSecurityPolicyHeader } from '../scripts/lib/content-security-policy';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/lib/headless-chromium';
import { serveStatic } from '../scripts/lib/static-server';

const RUNS = 5;
const SESSION_KEY = 'sekretariat.sandbox.user';
const SECRETARIAT = 'katrine.holm@regionfjord.example';

export interface LoadTimes {
  readonly runs: number;
  /** Median ms from navigation to the secretariat home announcing it is loaded (data from Graph included). */
  readonly secretariatHomeMedianMs: number;
  /** In-run reference: median ms to the sign-in page (the app shell with one small sandbox call). */
  readonly signInPageMedianMs: number;
  readonly ratioToSignInPage: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] ?? 0);
};

async function timeLoad(browser: Browser, url: string, signedInAs: string | undefined, ready: string): Promise<number> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  try {
    if (signedInAs) await context.addInitScript(([key, upn]) => sessionStorage.setItem(key, upn), [SESSION_KEY, signedInAs] as const);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.getByText(ready).first().waitFor({ state: 'attached', timeout: 30_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}

/** Cold loads (a fresh browser context each) of the built app in headless Chromium against a seeded sandbox. */
export async function measureLoadTime(root: string, appPort: number, sandboxPort: number): Promise<LoadTimes> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-load-'));
  const allowedOrigins = [`http://localhost:${appPort}`, `http://127.0.0.1:${appPort}`];
  const sandbox = await startSandbox({ port: sandboxPort, dataDir, reset: true, seed, quiet: true, allowedOrigins });
  const server = await serveStatic(join(root, 'dist/app'), appPort, {
    contentSecurityPolicy: contentSecurityPolicyHeader({
      ...process.env,
      SEKRETARIAT_GRAPH_BASE_URL: `http://localhost:${sandboxPort}/v1.0`,
    }),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: chromiumArgs(),
  });
  try {
    const url = `http://localhost:${appPort}/index.html`;
    await timeLoad(browser, url, SECRETARIAT, 'Forsiden er indlæst'); // warm-up: OS file cache, sandbox JIT
    const home: number[] = [];
    const signIn: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      home.push(await timeLoad(browser, url, SECRETARIAT, 'Forsiden er indlæst'));
      signIn.push(await timeLoad(browser, url, undefined, 'Log ind som'));
    }
    const secretariatHomeMedianMs = median(home);
    const signInPageMedianMs = median(signIn);
    return {
      runs: RUNS,
      secretariatHomeMedianMs,
      signInPageMedianMs,
      ratioToSignInPage: Math.round((secretariatHomeMedianMs / signInPageMedianMs) * 100) / 100,
    };
  } finally {
    await browser.close();
    server.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
