import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../../src/cli/main';
import { buildManifest } from '../../../../src/cli/manifest/build-manifest';
import { resolveSettings } from '../../../../src/cli/manifest/settings';
import { manifestErrors } from '../../../../src/cli/manifest/validate';
import { ASSETS_DIR, InvalidManifestError, buildPackage } from '../../../../src/cli/package/build-package';
import { memoryIo } from '../memory-io';

const CLIENT_ID = '3f2a8c1e-7b4d-4e9a-9c21-6d5e4f3a2b10';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sekretariat-package-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sekretariat package', () => {
  it('writes a zip with the manifest, its localization and the two icons at the root', async () => {
    const io = memoryIo({ SEKRETARIAT_CLIENT_ID: CLIENT_ID }, dir);
    expect(await main(['package', '--base-url', 'https://sekretariat.example.org', '--out', 'out/app.zip'], io)).toBe(0);

    const files = unzipSync(readFileSync(join(dir, 'out', 'app.zip')));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as unknown;
    const expected = buildManifest(
      resolveSettings({ baseUrl: 'https://sekretariat.example.org', env: { SEKRETARIAT_CLIENT_ID: CLIENT_ID } }),
    );
    expect(manifest).toEqual(expected);
    expect(manifestErrors(manifest)).toEqual([]);
    expect(Buffer.from(files['color.png'] ?? []).equals(readFileSync(join(ASSETS_DIR, 'icon-color.png')))).toBe(true);
    expect(Buffer.from(files['outline.png'] ?? []).equals(readFileSync(join(ASSETS_DIR, 'icon-outline.png')))).toBe(true);
    expect(io.stderr).toEqual([]);
  });

  it('references in the manifest exactly the files in the zip', () => {
    const pkg = buildPackage(resolveSettings({ env: {} }));
    const names = Object.keys(unzipSync(pkg.zip));
    const referenced = [
      pkg.manifest.icons.color,
      pkg.manifest.icons.outline,
      ...(pkg.manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
    ];
    expect(names.sort()).toEqual(['manifest.json', ...referenced].sort());
  });

  it('is byte-for-byte reproducible', () => {
    const settings = resolveSettings({ env: {} });
    expect(Buffer.from(buildPackage(settings).zip).equals(Buffer.from(buildPackage(settings).zip))).toBe(true);
  });

  it('refuses to write a package whose manifest is invalid', async () => {
    expect(() => buildPackage(resolveSettings({ baseUrl: 'http://localhost:3000' }))).toThrow(InvalidManifestError);
    const io = memoryIo({}, dir);
    expect(await main(['package', '--base-url', 'http://localhost:3000', '--out', 'app.zip'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/ugyldigt.*\n.*outlook-taskpane|code\/page/);
    expect(() => readFileSync(join(dir, 'app.zip'))).toThrow();
  });

  it('warns when no client id is configured', async () => {
    const io = memoryIo({}, dir);
    expect(await main(['package'], io)).toBe(0);
    expect(io.stderr.join('\n')).toContain('SEKRETARIAT_CLIENT_ID');
    expect(readFileSync(join(dir, 'dist', 'package', 'sekretariat.zip')).length).toBeGreaterThan(1000);
  });
});
