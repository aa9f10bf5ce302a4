import packageJson from '../../../package.json';

/**
 * What the manifest depends on: where the app is served and its Entra ID registration.
 * Read from the same environment variables as `src/config/app-config.ts`.
 */
export interface ManifestSettings {
  /** Origin (and optional path) the app is served from, without a trailing slash. */
  readonly baseUrl: string;
  /** Entra ID application (client) id, a GUID. */
  readonly clientId: string;
  /** True when no client id was configured and a placeholder is used. */
  readonly placeholderClientId: boolean;
  /** The app's version (semver); bump it for every package uploaded to a tenant. */
  readonly version: string;
}

/**
 * Teams and Outlook load tabs and add-in pages only over HTTPS (the schema requires https for the
 * add-in runtime page), so the manifest defaults to https even locally: serve the dev build with a
 * local certificate, or pass `--base-url` / `SEKRETARIAT_APP_BASE_URL`.
 */
export const DEFAULT_BASE_URL = 'https://localhost:3000';

/** Used when `SEKRETARIAT_CLIENT_ID` is not set: valid for the schema, useless in a tenant. */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

/** The app version is the npm package's: bump package.json for every package uploaded to a tenant. */
export const APP_VERSION: string = packageJson.version;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export interface SettingsInput {
  readonly baseUrl?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly version?: string;
}

export function resolveSettings(input: SettingsInput = {}): ManifestSettings {
  const env = input.env ?? {};
  const rawBase = input.baseUrl ?? env['SEKRETARIAT_APP_BASE_URL'] ?? DEFAULT_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(rawBase);
  } catch {
    throw new Error(`Base-URL'en "${rawBase}" er ikke en gyldig URL. Angiv fx --base-url https://sekretariat.example.org`);
  }
  if (parsed.search || parsed.hash) throw new Error(`Base-URL'en "${rawBase}" må ikke have ?-parametre eller #.`);
  // The host becomes the manifest's only validDomains entry: a wildcard there would let Teams and Outlook open any
  // host under it inside the app (URL parsing accepts "*" in a host name).
  if (parsed.hostname.includes('*'))
    throw new Error(`Base-URL'en "${rawBase}" må ikke have * i værtsnavnet: angiv den ene vært, appen serveres fra.`);
  const baseUrl = `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');

  const configured = env['SEKRETARIAT_CLIENT_ID'];
  const useConfigured = configured !== undefined && configured !== '' && configured !== 'sandbox';
  if (useConfigured && !GUID.test(configured)) {
    throw new Error(`SEKRETARIAT_CLIENT_ID skal være app-registreringens klient-id (en GUID), ikke "${configured}".`);
  }
  return {
    baseUrl,
    clientId: useConfigured ? configured : PLACEHOLDER_CLIENT_ID,
    placeholderClientId: !useConfigured,
    version: input.version ?? APP_VERSION,
  };
}
