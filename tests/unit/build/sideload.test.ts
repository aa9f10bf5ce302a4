// npm run sideload / sideload:stop: the commands it runs for Outlook, the package it builds for Teams (its base URL
// and validDomains: the one local host, never a wildcard) and the upload step it prints.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runSideload } from '../../../scripts/sideload';
import type { SideloadIo } from '../../../scripts/sideload';

interface Manifest {
  readonly validDomains: readonly string[];
  readonly staticTabs: readonly { readonly contentUrl: string }[];
  readonly configurableTabs: readonly { readonly configurationUrl: string }[];
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sekretariat-sideload-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function io(env: NodeJS.ProcessEnv, exitCode = 0): SideloadIo & { readonly ran: string[][]; readonly lines: string[] } {
  const ran: string[][] = [];
  const lines: string[] = [];
  return { root, env, log: (l) => lines.push(l), run: (c) => (ran.push([...c]), exitCode), ran, lines };
}

const manifestPath = (): string => join(root, 'dist/sideload/package/manifest.json');

describe('npm run sideload', () => {
  it('builds the package for https://localhost:PORT and sideloads it into Outlook with office-addin-debugging@7 by npx', () => {
    const run = io({ PORT: '4330' });
    expect(runSideload([], run)).toBe(0);
    expect(run.ran).toEqual([
      [
        'npx',
        '--yes',
        'office-addin-debugging@7',
        'start',
        manifestPath(),
        'desktop',
        '--app',
        'outlook',
        '--no-debug',
        '--dev-server-port',
        '4330',
      ],
    ]);
    const zipped = unzipSync(readFileSync(join(root, 'dist/sideload/sekretariat-localhost.zip')));
    const manifest = JSON.parse(Buffer.from(zipped['manifest.json'] ?? new Uint8Array()).toString('utf8')) as Manifest;
    expect(manifest.validDomains).toEqual(['localhost:4330']);
    expect(manifest.staticTabs.every((t) => t.contentUrl.startsWith('https://localhost:4330/'))).toBe(true);
    expect(manifest.configurableTabs.map((t) => t.configurationUrl)).toEqual(['https://localhost:4330/teams-config.html']);
    // The unpacked copy office-addin-debugging reads is the same package, icons and localization beside it.
    expect(JSON.parse(readFileSync(manifestPath(), 'utf8'))).toEqual(manifest);
    for (const file of ['color.png', 'outline.png', 'en.json'])
      expect(readFileSync(join(root, 'dist/sideload/package', file)).length).toBeGreaterThan(0);
  });

  it('prints the Teams upload step with the package path', () => {
    const run = io({});
    runSideload(['--teams-only'], run);
    expect(run.ran).toEqual([]);
    expect(run.lines).toContain(
      `Teams: the app package for https://localhost:3000 is ${join(root, 'dist/sideload/sekretariat-localhost.zip')}`,
    );
    expect(run.lines).toContain('  2. Teams → Apps → Manage your apps → Upload an app → Upload a custom app → choose the file above.');
  });

  it('--dry-run prints the Outlook command without running it', () => {
    const run = io({});
    runSideload(['--dry-run'], run);
    expect(run.ran).toEqual([]);
    expect(run.lines.some((l) => l.startsWith('Outlook: npx --yes office-addin-debugging@7 start '))).toBe(true);
  });

  it('says so when Outlook sideloading fails, and still prints the Teams step', () => {
    const run = io({}, 3);
    expect(runSideload([], run)).toBe(3);
    expect(run.lines).toContain('Outlook: office-addin-debugging start failed (exit 3); Teams is unaffected.');
    expect(run.lines.some((l) => l.includes('Upload a custom app'))).toBe(true);
  });

  it('sideload:stop removes it from Outlook and says how to remove it from Teams', () => {
    const run = io({ PORT: '4330' });
    runSideload(['--stop'], run);
    expect(run.ran).toEqual([['npx', '--yes', 'office-addin-debugging@7', 'stop', manifestPath(), 'desktop']]);
    expect(run.lines).toContain('Teams: Apps → Manage your apps → Sekretariat → ⋯ → Remove.');
  });

  it('refuses a PORT that is no port', () => {
    expect(() => runSideload([], io({ PORT: 'abc' }))).toThrow('PORT=abc is not a port');
  });
});
