/**
 * `npm test`: every check and test the project has, in order, each running even if an earlier
 * one failed: typecheck, lint, jest (unit + integration against sandboxes on free ports), a
 * production build (its bundle budgets, no source maps in it, V8's compile hints atop its
 * scripts), and Playwright in Debian's Chromium against the built app and a fresh sandbox.
 * Results go to .ci/out/; the last line is `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkBudgets, measureBundles } from '../bench/bundle-size';
import budgets from '../bench/budgets.json';
import { freePort } from './lib/ports';
import { sourceMapLeaks } from './lib/source-maps';
import { compileHintMisses } from './lib/compile-hints';
import { summarise } from './lib/summary';

const root = resolve(__dirname, '..');
const outDir = join(root, '.ci/out');
const bin = (name: string): string => join(root, 'node_modules/.bin', name);

function run(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/**
 * Gzipped initial JS of each entry against bench/budgets.json (an entry without a budget fails too), and all the JS
 * the build ships (a library's every-country tables coming back would show there, not in the first load).
 */
function bundlesWithinBudget(): boolean {
  const sizes = measureBundles(join(root, 'dist/app'));
  const breaches = checkBudgets(sizes, budgets.initialJsGzipKiB);
  for (const b of breaches) console.error(`bundle budget: ${b.entry} loads ${b.kib} KiB gzipped up front (budget ${b.budgetKib} KiB)`);
  const allKib = Math.round((sizes.allJsGzip / 1024) * 10) / 10;
  const allOk = allKib <= budgets.allJsGzipKiB;
  if (!allOk) console.error(`bundle budget: the build ships ${allKib} KiB of JS gzipped in all (budget ${budgets.allJsGzipKiB} KiB)`);
  return breaches.length === 0 && allOk;
}

/** The production build ships no sources: no .map files, nothing pointing at one. */
function noSourceMapsShipped(): boolean {
  const leaks = sourceMapLeaks(join(root, 'dist/app'));
  for (const file of leaks) console.error(`source maps: dist/app/${file} would give users the app's sources`);
  return leaks.length === 0;
}

/** The production scripts start with V8's compile hint, but for the libraries a page calls in part (compile-hints.ts). */
function compileHintsInPlace(): boolean {
  const misses = compileHintMisses(join(root, 'dist/app'));
  for (const file of misses) console.error(`compile hints: dist/app/js/${file} does not start as scripts/lib/compile-hints.ts says`);
  return misses.length === 0;
}

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const checks: { name: string; ok: boolean }[] = [];

  checks.push({ name: 'typecheck', ok: run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) });
  checks.push({ name: 'lint', ok: run('lint', bin('eslint'), ['.', '--max-warnings', '0']) });
  checks.push({ name: 'format', ok: run('format', bin('prettier'), ['--check', '**/*.{ts,tsx,js,mjs,cjs}']) });
  run('jest', bin('jest'), ['--json', `--outputFile=${join(outDir, 'jest.json')}`, '--maxWorkers=2']);

  const appPort = await freePort();
  const sandboxPort = await freePort();
  const e2eEnv = {
    E2E_APP_PORT: String(appPort),
    E2E_SANDBOX_PORT: String(sandboxPort),
    SEKRETARIAT_GRAPH_BASE_URL: `http://localhost:${sandboxPort}/v1.0`,
    SEKRETARIAT_APP_BASE_URL: `http://localhost:${appPort}`,
  };
  const built = run('build', bin('webpack'), ['--mode', 'production'], e2eEnv);
  checks.push({ name: 'build', ok: built });
  if (built) checks.push({ name: 'bundle budgets', ok: bundlesWithinBudget() });
  if (built) checks.push({ name: 'no source maps', ok: noSourceMapsShipped() });
  if (built) checks.push({ name: 'compile hints', ok: compileHintsInPlace() });
  if (built) run('e2e', bin('playwright'), ['test'], { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: join(outDir, 'playwright.json') });

  writeFileSync(join(outDir, 'checks.json'), JSON.stringify(checks, null, 2));
  const summary = summarise(outDir);
  console.log(`\n${summary.lines.join('\n')}`);
  console.log(`tests: ${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed > 0 ? 1 : 0);
}

void main();
