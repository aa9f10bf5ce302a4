import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * `tests/unit/` mirrors `src/` (docs/ARCHITECTURE.md, "Tests and formatting"): a newcomer looking for the test of a
 * module finds it at the module's own path. Folders that mirror another root of the repository, or hold checks of the
 * repository itself, are named here.
 */
const ROOT = join(__dirname, '..', '..', '..');
const UNIT = join(ROOT, 'tests', 'unit');
/** Top folders of tests/unit that mirror a root other than src/, or test no source file. */
const OTHER_ROOTS: Readonly<Record<string, string | null>> = {
  scripts: 'scripts',
  bench: 'bench',
  build: null, // the repository's own rules: lint, engines, this test
  contract: null, // the CSDL checker in tests/support/csdl
  support: null, // helpers every unit test may use, and their tests
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const testFiles = walk(UNIT)
  .map((file) => relative(UNIT, file).split(sep).join('/'))
  .filter((file) => /\.test\.tsx?$/.test(file));

/** src's modules by file name, components in kebab case: `minutes-docx` → ['store/minutes'], `AgendaEditor` → `agenda-editor`. */
const srcModules = new Map<string, string[]>();
for (const file of walk(join(ROOT, 'src'))) {
  const path = relative(join(ROOT, 'src'), file).split(sep).join('/');
  const match = /^(.*?)\/?([^/]+)\.tsx?$/.exec(path);
  if (!match) continue;
  const [, folder = '', base = ''] = match;
  const name = base.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();
  srcModules.set(name, [...(srcModules.get(name) ?? []), folder]);
}

describe('tests/unit mirrors src', () => {
  it('puts every unit test in a folder that exists under the root it mirrors', () => {
    const astray = testFiles.filter((file) => {
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
      const top = folder.split('/')[0] ?? '';
      if (top in OTHER_ROOTS) {
        const mirrored = OTHER_ROOTS[top];
        return mirrored !== null && !isDirectory(join(ROOT, folder));
      }
      return !isDirectory(join(ROOT, 'src', folder));
    });
    expect(astray).toEqual([]);
  });

  it('puts the test named for a module of src beside that module', () => {
    const elsewhere = testFiles.flatMap((file) => {
      const match = /^(?:(.*)\/)?([^/]+)\.test\.tsx?$/.exec(file);
      if (!match) return [];
      const [, folder = '', name = ''] = match;
      if ((folder.split('/')[0] ?? '') in OTHER_ROOTS) return [];
      const homes = srcModules.get(name) ?? [];
      return homes.length === 1 && homes[0] !== folder ? [`${file} → tests/unit/${homes[0]}/`] : [];
    });
    expect(elsewhere).toEqual([]);
  });

  it('names every test in kebab case, as the files of src are named (a component AgendaEditor.tsx → agenda-editor.test.tsx)', () => {
    expect(testFiles.filter((file) => /[A-Z]/.test(file.slice(file.lastIndexOf('/') + 1)))).toEqual([]);
  });

  it('finds the tests it checks (the walk reads the folders)', () => {
    expect(testFiles).toContain('build/tests-mirror-src.test.ts');
    expect(testFiles.some((file) => file.startsWith('ui/views/'))).toBe(true);
  });
});
