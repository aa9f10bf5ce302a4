import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The code, tests and scripts write only inside the project (test-results/, dist/) or in a temporary folder they make
 * (`mkdtemp` in `os.tmpdir()`): a path into one machine's own folders works there and nowhere else — three e2e specs
 * once kept their screenshots in a developer's notes folder outside the clone.
 */
const ROOT = join(__dirname, '..', '..', '..');
const FOLDERS = ['src', 'tests', 'bench', 'scripts'];
/** A string or template literal that starts with one machine's folder. */
const MACHINE_PATH = /['"`](\/(?:work|tmp|home|root|Users)\/[^'"`]*)['"`]/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'template-taskpane-react') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function machinePaths(source: string): string[] {
  return [...source.matchAll(MACHINE_PATH)].map((m) => m[1] ?? '');
}

describe('paths inside the project', () => {
  it('finds a path into a machine folder, and leaves the project-relative ones alone', () => {
    expect(machinePaths("const SHOTS = '/work/notes/shots20';")).toEqual(['/work/notes/shots20']);
    expect(machinePaths('copyFileSync(a, `/tmp/x/${name}.png`)')).toEqual(['/tmp/x/${name}.png']);
    expect(machinePaths("page.screenshot({ path: 'test-results/screens/a.png' }); const b = '/usr/bin/chromium';")).toEqual([]);
  });

  it('no source, test, bench or script names one', () => {
    const found = FOLDERS.flatMap((folder) => walk(join(ROOT, folder)))
      .filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file) && !file.endsWith('paths-inside-project.test.ts'))
      .flatMap((file) => machinePaths(readFileSync(file, 'utf8')).map((path) => `${relative(ROOT, file).split(sep).join('/')}: ${path}`));
    expect(found).toEqual([]);
  });
});
