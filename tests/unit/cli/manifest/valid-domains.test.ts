import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from '../../../../src/cli/manifest/build-manifest';
import { resolveSettings } from '../../../../src/cli/manifest/settings';
import { MANIFEST_DIR } from '../../../../src/cli/commands/manifest';

/**
 * Issue 19 pt 2: the manifest's `validDomains` never wildcards — the app navigates only to its own host, so a tenant
 * that hosts it grants Teams and Outlook exactly that host and nothing under it.
 */
const HOST = /^[a-z0-9.-]+(:\d+)?$/;

describe('validDomains', () => {
  it('in every committed manifest/*.json is a list of plain host names, none with a wildcard', () => {
    const files = readdirSync(MANIFEST_DIR).filter((f) => f.endsWith('.json'));
    expect(files).toContain('manifest.json');
    for (const file of files) {
      const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, file), 'utf8')) as { validDomains?: unknown };
      if (manifest.validDomains === undefined) continue;
      expect(Array.isArray(manifest.validDomains)).toBe(true);
      for (const domain of manifest.validDomains as unknown[])
        expect({ file, domain, plain: typeof domain === 'string' && HOST.test(domain) && !domain.includes('*') }).toEqual({
          file,
          domain,
          plain: true,
        });
    }
  });

  it('in a package built for a tenant is exactly the host the app is served from', () => {
    const manifest = buildManifest(resolveSettings({ baseUrl: 'https://sekretariat.contoso.dk/app' })) as { validDomains: string[] };
    expect(manifest.validDomains).toEqual(['sekretariat.contoso.dk']);
  });

  it('cannot be made a wildcard through the base URL', () => {
    expect(() => resolveSettings({ baseUrl: 'https://*.contoso.dk' })).toThrow('må ikke have * i værtsnavnet');
  });
});
