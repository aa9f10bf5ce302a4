import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.txt']);

/**
 * Files in a build that would hand users the app's sources: source maps, and scripts, styles or pages that
 * point at one (`sourceMappingURL`, inline data: maps included). The production build must have none.
 */
export function sourceMapLeaks(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => extname(file) === '.map' || (TEXT.has(extname(file)) && readFileSync(file, 'utf8').includes('sourceMappingURL')))
    .map((file) => relative(dir, file))
    .sort();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}
