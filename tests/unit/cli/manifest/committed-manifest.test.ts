import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_FILES, buildManifest } from '../../../../src/cli/manifest/build-manifest';
import { buildLocalization } from '../../../../src/cli/manifest/localization';
import { resolveSettings } from '../../../../src/cli/manifest/settings';
import { MANIFEST_DIR } from '../../../../src/cli/commands/manifest';

const committed = (file: string): unknown => JSON.parse(readFileSync(join(MANIFEST_DIR, file), 'utf8'));

describe('manifest/ in the repository', () => {
  it('is what `sekretariat manifest --write` generates for the defaults (regenerate it if this fails)', () => {
    expect(committed(PACKAGE_FILES.manifest)).toEqual(buildManifest(resolveSettings({ env: {} })));
    expect(committed(PACKAGE_FILES.english)).toEqual(buildLocalization());
  });
});
