import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { AppManifest } from '../manifest/build-manifest';
import { PACKAGE_FILES, buildManifest } from '../manifest/build-manifest';
import type { LocalizationFile } from '../manifest/localization';
import { buildLocalization } from '../manifest/localization';
import type { ManifestSettings } from '../manifest/settings';
import { localizationErrors, manifestErrors } from '../manifest/validate';
import { COLOR_ICON, OUTLINE_ICON } from './icons';

export const ASSETS_DIR = join(__dirname, '..', '..', '..', 'assets');

export class InvalidManifestError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`Manifestet er ugyldigt efter Microsofts skema (${errors.length} fejl):\n  ${errors.join('\n  ')}`);
    this.name = 'InvalidManifestError';
  }
}

export interface AppPackage {
  readonly manifest: AppManifest;
  readonly localization: LocalizationFile;
  /** The uploadable .zip: manifest, localization and the two icons at the root. */
  readonly zip: Uint8Array;
}

/** Fixed timestamp so the same inputs give the same bytes. */
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** Builds and validates the manifest, then zips it with its icons; throws `InvalidManifestError` if invalid. */
export function buildPackage(settings: ManifestSettings, assetsDir = ASSETS_DIR): AppPackage {
  const manifest = buildManifest(settings);
  const localization = buildLocalization();
  const errors = [...manifestErrors(manifest), ...localizationErrors(localization).map((e) => `${PACKAGE_FILES.english}: ${e}`)];
  if (errors.length > 0) throw new InvalidManifestError(errors);
  const zip = zipSync(
    {
      [PACKAGE_FILES.manifest]: json(manifest),
      [PACKAGE_FILES.english]: json(localization),
      [PACKAGE_FILES.colorIcon]: readFileSync(join(assetsDir, COLOR_ICON.file)),
      [PACKAGE_FILES.outlineIcon]: readFileSync(join(assetsDir, OUTLINE_ICON.file)),
    },
    { mtime: ZIP_MTIME },
  );
  return { manifest, localization, zip };
}
