import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the runners' own result files (jest --json, Playwright's JSON reporter, and the checks
 * file test-all writes) and counts passed and failed tests. A runner whose results are missing
 * counts as one failure; browser tests that were skipped, or none at all, count as a failure.
 */
export interface Summary {
  readonly passed: number;
  readonly failed: number;
  readonly lines: readonly string[];
}

interface JestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numRuntimeErrorTestSuites: number;
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

interface CheckResult {
  name: string;
  ok: boolean;
}

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function summarise(outDir: string): Summary {
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];

  const checks = readJson<CheckResult[]>(join(outDir, 'checks.json')) ?? [];
  for (const check of checks) {
    if (check.ok) passed += 1;
    else failed += 1;
    lines.push(`check ${check.name}: ${check.ok ? 'ok' : 'FAILED'}`);
  }

  const jest = readJson<JestJson>(join(outDir, 'jest.json'));
  if (!jest) {
    failed += 1;
    lines.push('jest: no results (the runner did not finish)');
  } else {
    passed += jest.numPassedTests;
    failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
    lines.push(
      `jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numRuntimeErrorTestSuites} suites did not run, ${jest.numPendingTests} skipped`,
    );
  }

  const pw = readJson<PlaywrightJson>(join(outDir, 'playwright.json'));
  if (!pw) {
    failed += 1;
    lines.push('playwright: no results (the browser tests did not run)');
  } else {
    const { expected, unexpected, flaky, skipped } = pw.stats;
    passed += expected + flaky;
    failed += unexpected + (pw.errors?.length ?? 0);
    lines.push(`playwright (Chromium): ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
    if (skipped > 0 || expected + flaky + unexpected === 0) {
      failed += 1;
      lines.push('playwright: browser tests were skipped or none ran — that fails the run');
    }
  }
  return { passed, failed, lines };
}
