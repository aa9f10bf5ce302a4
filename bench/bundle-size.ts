import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  readonly entry: string;
  /**
   * Gzipped bytes of the scripts the entry's HTML loads up front: its script elements and the first view's chunks it
   * preloads (`<link rel="preload" as="script">`, webpack.config.js `firstView`).
   */
  readonly initialJsGzip: number;
  readonly initialJsFiles: readonly string[];
}

export interface BundleSizes {
  readonly entries: readonly EntrySize[];
  /** Naive baseline: every JS file the build emits, loaded eagerly (one bundle with everything). */
  readonly allJsGzip: number;
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Reads each built HTML page and weighs the local scripts it loads up front. */
export function measureBundles(appDir: string): BundleSizes {
  const files = readdirSync(appDir);
  const entries = files
    .filter((f) => f.endsWith('.html'))
    .map((html): EntrySize => {
      const text = readFileSync(join(appDir, html), 'utf8');
      const elements = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)];
      const preloads = [...text.matchAll(/<link rel="preload" as="script" href="([^"]+)"/g)];
      const scripts = [...elements, ...preloads]
        .map((m) => m[1] ?? '')
        .filter((src) => src && !/^https?:/.test(src))
        .map((src) => src.replace(/^\.?\//, ''));
      return {
        entry: html.replace(/\.html$/, ''),
        initialJsFiles: scripts,
        initialJsGzip: scripts.reduce((sum, s) => sum + gz(join(appDir, s)), 0),
      };
    })
    .filter((e) => e.initialJsFiles.length > 0); // static pages (privacy, terms) load no script
  const allJsGzip = listJs(appDir).reduce((sum, f) => sum + gz(f), 0);
  return { entries, allJsGzip };
}

export interface BudgetBreach {
  readonly entry: string;
  readonly kib: number;
  readonly budgetKib: number;
}

/** Entries whose initial JS exceeds its budget, and entries that have no budget at all (they must get one). */
export function checkBudgets(sizes: BundleSizes, budgets: Readonly<Record<string, number>>): BudgetBreach[] {
  return sizes.entries
    .map((e) => ({ entry: e.entry, kib: Math.round((e.initialJsGzip / 1024) * 10) / 10, budgetKib: budgets[e.entry] ?? 0 }))
    .filter((b) => b.kib > b.budgetKib);
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listJs(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
}
