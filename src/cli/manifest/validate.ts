import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import { MANIFEST_VERSION } from './build-manifest';

/**
 * Validates against Microsoft's own JSON schemas as shipped in @microsoft/app-manifest
 * (draft-04, hence ajv-draft-04), for exactly the manifestVersion we build.
 */

export type SchemaName = 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json';

export function schemaPath(name: SchemaName, version = MANIFEST_VERSION): string {
  return require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/${name}`);
}

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    // strictTypes off: Microsoft's schemas use keywords without their "type" in places;
    // unicodeRegExp off: the localization schema has patterns (a lone "]") that are invalid with the u flag.
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    ajv.addFormat('uri', isUri);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(name), 'utf8')) as object);
    compiled.set(name, validate);
  }
  return validate;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(rod)';
  const hint =
    error.keyword === 'pattern' && String(error.params['pattern']).startsWith('^[Hh][Tt][Tt][Pp][Ss]://')
      ? ' — Outlook indlæser kun tilføjelsessider over https; brug en https-base-URL.'
      : '';
  return `${where}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}${hint}`;
}

/** Schema errors as readable lines; empty when valid. */
export function schemaErrors(name: SchemaName, document: unknown): string[] {
  const validate = validator(name);
  return validate(document) ? [] : (validate.errors ?? []).map(describe);
}

export const manifestErrors = (manifest: unknown): string[] => schemaErrors('MicrosoftTeams.schema.json', manifest);
export const localizationErrors = (file: unknown): string[] => schemaErrors('MicrosoftTeams.Localization.schema.json', file);
