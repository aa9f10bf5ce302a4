import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * What webpack puts in one chunk with a module, read from the sources: the module and everything it imports
 * statically (value imports and re-exports), up to the next dynamic import — a lazy boundary starts another chunk.
 * Type-only imports are left out: they are erased.
 */

/** A relative import's source file (`./x.js` → `./x.ts` or `./x.tsx`), or undefined for a package. */
export function resolveModule(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return ['.ts', '.tsx'].map((ext) => base + ext).find((path) => existsSync(path));
}

/** One static value import or re-export of a module: what it names and where from. */
export interface StaticImport {
  readonly names: string;
  readonly from: string;
}

export const staticImports = (text: string): StaticImport[] =>
  [...text.matchAll(/^(?:import|export) (?!type )([^;]*?)from '([^']+)'/gms)].map((m) => ({ names: m[1] ?? '', from: m[2] ?? '' }));

/** The source files of the chunk of `entries` (absolute paths); `visit` sees each file's text once. */
export function staticChunk(entries: readonly string[], visit: (file: string, text: string) => void = () => undefined): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    visit(file, text);
    for (const { from } of staticImports(text)) {
      const target = resolveModule(file, from);
      if (target) stack.push(target);
    }
  }
  return seen;
}
