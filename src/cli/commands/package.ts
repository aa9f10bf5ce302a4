import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions } from '../cli-command';
import { MANIFEST_VERSION } from '../manifest/build-manifest';
import { resolveSettings } from '../manifest/settings';
import { InvalidManifestError, buildPackage } from '../package/build-package';
import { placeholderWarning } from './warnings';

export const DEFAULT_PACKAGE_PATH = 'dist/package/sekretariat.zip';

export const packageCommand: CliCommand = {
  name: 'package',
  summary: 'Byg app-pakken (.zip) til upload i Teams · Build the uploadable app package',
  usage: `[--base-url URL] [--out ${DEFAULT_PACKAGE_PATH}]`,
  async run(args, io) {
    const options = parseOptions(args, { 'base-url': { type: 'string' }, out: { type: 'string' } });
    const settings = resolveSettings({ baseUrl: options['base-url'], env: io.env });
    if (settings.placeholderClientId) io.err(placeholderWarning);
    try {
      const pkg = buildPackage(settings);
      const out = resolve(io.cwd, options.out ?? DEFAULT_PACKAGE_PATH);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, pkg.zip);
      io.out(`App-pakken er skrevet / package written: ${out}`);
      io.out(`  manifest ${MANIFEST_VERSION}, base-URL ${settings.baseUrl}, version ${settings.version}`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof InvalidManifestError)) throw error;
      io.err(error.message);
      io.err('Ingen pakke skrevet. Ret fejlene (eller base-URL’en) og prøv igen. / No package written.');
      return EXIT.failed;
    }
  },
};
