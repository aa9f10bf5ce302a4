import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions } from '../cli-command';
import { MANIFEST_VERSION, PACKAGE_FILES, buildManifest } from '../manifest/build-manifest';
import { buildLocalization } from '../manifest/localization';
import { resolveSettings } from '../manifest/settings';
import { localizationErrors, manifestErrors } from '../manifest/validate';

/** The committed copy of the manifest (default settings), for reading and review. */
export const MANIFEST_DIR = join(__dirname, '..', '..', '..', 'manifest');

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const manifestCommand: CliCommand = {
  name: 'manifest',
  summary: 'Vis manifestet, kontroller det (--check) eller skriv manifest/ (--write) · Print, check or write the manifest',
  usage: '[--base-url URL] [--check] [--write]',
  async run(args, io) {
    const options = parseOptions(args, {
      'base-url': { type: 'string' },
      check: { type: 'boolean' },
      write: { type: 'boolean' },
    });
    const settings = resolveSettings({ baseUrl: options['base-url'], env: io.env });
    const manifest = buildManifest(settings);
    const localization = buildLocalization();
    const errors = [...manifestErrors(manifest), ...localizationErrors(localization).map((e) => `${PACKAGE_FILES.english}: ${e}`)];

    if (options.check) {
      if (errors.length > 0) {
        io.err(`Manifestet er ugyldigt / invalid (${errors.length}):\n  ${errors.join('\n  ')}`);
        return EXIT.failed;
      }
      io.out(
        `Manifestet er gyldigt efter skemaet for ${MANIFEST_VERSION} / valid against the ${MANIFEST_VERSION} schema (${settings.baseUrl}).`,
      );
      return EXIT.ok;
    }
    if (options.write) {
      if (errors.length > 0) {
        io.err(`Manifestet er ugyldigt og blev ikke skrevet / invalid, not written:\n  ${errors.join('\n  ')}`);
        return EXIT.failed;
      }
      mkdirSync(MANIFEST_DIR, { recursive: true });
      writeFileSync(join(MANIFEST_DIR, PACKAGE_FILES.manifest), json(manifest));
      writeFileSync(join(MANIFEST_DIR, PACKAGE_FILES.english), json(localization));
      io.out(`Skrevet / written: ${join(MANIFEST_DIR, PACKAGE_FILES.manifest)}, ${PACKAGE_FILES.english}`);
      return EXIT.ok;
    }
    io.out(json(manifest).trimEnd());
    if (errors.length === 0) return EXIT.ok;
    io.err(`Manifestet er ugyldigt / invalid (${errors.length}):\n  ${errors.join('\n  ')}`);
    return EXIT.failed;
  },
};
