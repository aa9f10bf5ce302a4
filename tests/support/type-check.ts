import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

export interface TypeCheckResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * `tsc` over a few files in a tiny project of its own, so a test can show that something fails to compile in seconds.
 * The folder is inside the repository (packages resolve as they do for the app) but outside tsconfig.json's include.
 */
export async function typeCheckFiles(
  prefix: string,
  files: Readonly<Record<string, string>>,
  compilerOptions: Readonly<Record<string, unknown>>,
): Promise<TypeCheckResult> {
  const dir = mkdtempSync(join(ROOT, prefix));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', strict: true, skipLibCheck: true, noEmit: true, types: [], ...compilerOptions },
        files: Object.keys(files),
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
