import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * `tsc` over one small file and the i18n type declarations (src/ui/i18n/typed-keys.ts: i18next's CustomTypeOptions
 * with the Danish resources as the key types), in a tiny project of its own so it runs in seconds.
 */
async function typeCheck(body: string): Promise<{ ok: boolean; output: string }> {
  // In the repository (so 'i18next' resolves as it does for the app) but outside tsconfig.json's include.
  const dir = mkdtempSync(join(ROOT, '.typed-keys-'));
  try {
    writeFileSync(join(dir, 'example.ts'), `import type { TFunction } from 'i18next';\nimport '../src/ui/i18n/typed-keys.js';\ndeclare const t: TFunction;\n${body}\nexport {};\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true, types: [] },
        files: ['example.ts'],
      }),
    );
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { cwd: dir });
      return { ok: true, output: stdout };
    } catch (error) {
      return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('every t() key is type-checked against the Danish resources', () => {
  it('accepts keys of the common strings and of a view, with their values and plurals', async () => {
    const result = await typeCheck(`t('app.loaded'); t('year.previous', { year: 2026 }); t('meeting.minutes', { count: 2 }); t('settings.weekdays.day.1');`);
    expect(result).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('fails on a key that is in no resource, naming it', async () => {
    const result = await typeCheck(`t('year.previus', { year: 2026 });`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/example\.ts\(4,3\): error TS2345: [\s\S]*Type '"year\.previus"' is not assignable to type/);
  }, 60_000);
});
