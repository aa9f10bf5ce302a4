// README's "Https og sideloading for udviklere" and "Kontrakt mod en rigtig tenant" name only what exists: every
// `npm run <script>` is a package.json script, every repository path a file, every SEKRETARIAT_* variable one the
// code reads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const SOURCES: Readonly<Record<string, readonly string[]>> = {
  'Https og sideloading for udviklere': [
    'scripts/start.ts',
    'scripts/lib/dev-https.ts',
    'scripts/sideload.ts',
    'scripts/lib/sideload-plan.ts',
  ],
  'Kontrakt mod en rigtig tenant': [
    'tests/integration/contract/live/live-config.ts',
    'tests/integration/contract/live/live-tokens.ts',
    'tests/integration/contract/live/main.ts',
  ],
};

describe.each(Object.keys(SOURCES))('README: %s', (title) => {
  const text = section(title);
  const code = (SOURCES[title] ?? []).map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');

  it('runs only npm scripts that exist', () => {
    const named = [...text.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('names only files of the repository', () => {
    const paths = [...text.matchAll(/`((?:tests|scripts|src)\/[\w./-]+\.ts)`/g)].map((m) => m[1] ?? '');
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('names only environment variables the code reads', () => {
    const variables = [...new Set([...text.matchAll(/\b(SEKRETARIAT_[A-Z_]+[A-Z])\b/g)].map((m) => m[1] ?? ''))];
    expect(variables.length).toBeGreaterThan(0);
    const read = (v: string): boolean =>
      code.includes(v) ||
      (v.startsWith('SEKRETARIAT_LIVE_TOKEN_') && code.includes('SEKRETARIAT_LIVE_TOKEN_${role.toUpperCase()}')) ||
      v === 'SEKRETARIAT_CLIENT_ID';
    expect(variables.filter((v) => !read(v))).toEqual([]);
  });
});
