import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Issue 19 pt 5: the Node versions package.json's `engines` declares are ones every installed package supports, so
 * `npm ci` on a build server with one of them warns of no unsupported engine (EBADENGINE). semver is not declared by
 * us: it is the copy npm itself hoists (jest and babel depend on it), read through a narrow typed view.
 */
interface SemverView {
  satisfies(version: string, range: string): boolean;
  intersects(a: string, b: string): boolean;
  minVersion(range: string): { readonly version: string; readonly major: number } | null;
  validRange(range: string): string | null;
}
const semver = createRequire(__filename)('semver') as SemverView;

const ROOT = join(__dirname, '..', '..', '..');
const NODE_MODULES = join(ROOT, 'node_modules');

interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly engines?: { readonly node?: unknown };
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const readJson = (path: string): PackageJson => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const ours = readJson(join(ROOT, 'package.json'));
const declared = typeof ours.engines?.node === 'string' ? ours.engines.node : '';

/** Where Node would find `name` from inside `dir`: the nearest node_modules above it that holds it. */
function resolvePackage(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dirname(at) === at) return undefined;
  }
}

/** Every package the production dependencies pull in, by walking their `dependencies` as Node resolves them. */
function productionTree(): Map<string, PackageJson> {
  const found = new Map<string, PackageJson>();
  const queue: { name: string; from: string }[] = Object.keys(ours.dependencies ?? {}).map((name) => ({ name, from: ROOT }));
  for (let next = queue.pop(); next; next = queue.pop()) {
    const dir = resolvePackage(next.name, next.from);
    if (!dir || found.has(dir)) continue;
    const pkg = readJson(join(dir, 'package.json'));
    found.set(dir, pkg);
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})])
      queue.push({ name, from: dir });
  }
  return found;
}

/** Every package installed at the top of node_modules (what `npm ci` puts there, dev tools included). */
function installedPackages(): PackageJson[] {
  const dirs = readdirSync(NODE_MODULES).flatMap((entry) => {
    if (entry.startsWith('.')) return [];
    if (!entry.startsWith('@')) return [join(NODE_MODULES, entry)];
    return readdirSync(join(NODE_MODULES, entry)).map((inner) => join(NODE_MODULES, entry, inner));
  });
  return dirs.filter((dir) => existsSync(join(dir, 'package.json'))).map((dir) => readJson(join(dir, 'package.json')));
}

/**
 * The lowest and a late version of each range our `engines` joins with `||` (`^22.12.0` → 22.12.0 and 22.999.0): a
 * package that supports both ends of each line we declare supports the line.
 */
function declaredEnds(range: string): string[] {
  return range.split('||').flatMap((part) => {
    const low = semver.minVersion(part.trim());
    return low ? [low.version, `${low.major}.999.0`] : [];
  });
}

/** The packages whose declared Node versions do not cover ours, as "name@version (their range)". */
function conflicts(range: string, packages: Iterable<PackageJson>): string[] {
  const ends = declaredEnds(range);
  const out: string[] = [];
  for (const pkg of packages) {
    const theirs = pkg.engines?.node;
    if (typeof theirs !== 'string' || semver.validRange(theirs) === null) continue;
    if (!semver.intersects(range, theirs) || ends.some((v) => !semver.satisfies(v, theirs)))
      out.push(`${pkg.name ?? '?'}@${pkg.version ?? '?'} (${theirs})`);
  }
  return out.sort();
}

describe('Node versions (engines)', () => {
  it('declares the LTS lines a build server has in 2027, Node 22 and 24, as a valid range', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    for (const version of ['22.12.0', '22.20.0', '24.0.0', '24.11.0']) expect(semver.satisfies(version, declared)).toBe(true);
  });

  it('walks the production dependencies as Node resolves them (docx and its nanoid among them)', () => {
    const names = [...productionTree().values()].map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['docx', 'nanoid', 'react', '@azure/msal-node']));
  });

  it("declares no Node version a production dependency's engines exclude", () => {
    expect(conflicts(declared, productionTree().values())).toEqual([]);
  });

  it("declares no Node version an installed build or test tool's engines exclude", () => {
    expect(conflicts(declared, installedPackages())).toEqual([]);
  });

  it("finds the conflict issue 19 names: Node 20 beside 22 and 24 against docx's nanoid@6, which needs Node 22 or 24", () => {
    expect(conflicts('^20.19.0 || ^22 || ^24', productionTree().values())).toEqual([
      expect.stringMatching(/^nanoid@6\.[^ ]+ \(\^22 \|\| \^24 \|\| >=26\)$/),
    ]);
    // That range intersects nanoid's, so intersecting alone would have let it through.
    expect(semver.intersects('^20.19.0 || ^22 || ^24', '^22 || ^24 || >=26')).toBe(true);
  });
});
