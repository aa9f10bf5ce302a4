import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveModule, staticChunk } from '../../support/static-imports';

/**
 * Every lazy boundary (`lazyView(namespaces, () => import('./View.js')…)`, src/ui/components/lazy-view.tsx, or the
 * `viewCode(namespaces, () => import(…))` its lazyPart renders, startup/views.ts) names
 * exactly the i18next namespaces its view's chunk uses: the view's module and everything it imports statically, up to
 * the next dynamic import. One missing is fetched only after the view's code has rendered (a round trip in sequence,
 * what issue 17 measures); one too many is downloaded for nothing.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The namespaces a module and its static (value) imports translate with: `useTranslation('…')` / `useTranslation([…])` and `{ ns: '…' }`. */
function namespacesOfChunk(entry: string): string[] {
  const namespaces = new Set<string>();
  staticChunk([entry], (_file, text) => {
    for (const m of text.matchAll(/useTranslation\(([^)]*)\)/g))
      for (const n of (m[1] ?? '').matchAll(/'(\w+)'/g)) namespaces.add(n[1] ?? '');
    for (const m of text.matchAll(/\bns: '(\w+)'/g)) namespaces.add(m[1] ?? '');
  });
  namespaces.delete('translation');
  return [...namespaces].sort();
}

const boundaries = walk(SRC)
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('lazy-view.tsx') && !file.endsWith('preloadable.ts'))
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:lazyView|viewCode)\(\s*\[([^\]]*)\],\s*\(\) =>\s*import\('([^']+)'\)/g)].map((m) => ({
      where: `${relative(ROOT, file)} → ${m[2] ?? ''}`,
      listed: [...(m[1] ?? '').matchAll(/'(\w+)'/g)].map((n) => n[1] ?? '').sort(),
      view: resolveModule(file, m[2] ?? ''),
    })),
  );

describe('lazy boundaries fetch their views’ strings with their code', () => {
  it('finds the boundaries of the role homes, the dialogs and the Outlook views', () => {
    expect(boundaries.length).toBeGreaterThanOrEqual(20);
    expect(boundaries.every((b) => b.view !== undefined)).toBe(true);
  });

  it.each(boundaries.map((b) => [b.where, b] as const))('%s names the namespaces its chunk uses', (_where, b) => {
    expect(b.listed).toEqual(namespacesOfChunk(b.view ?? ''));
  });
});
