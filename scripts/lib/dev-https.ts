/**
 * The certificate `npm start -- --https` serves https://localhost with, so Outlook and Teams — which load add-in pages
 * and tabs only over https — and the browser trust the local app.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A folder with ca.crt, localhost.crt and localhost.key to serve with instead of office-addin-dev-certs' own. */
export const DEV_CERT_DIR_ENV = 'SEKRETARIAT_DEV_CERT_DIR';

export interface DevTls {
  readonly key: Buffer;
  readonly cert: Buffer;
  /** The CA that signed `cert`: what a client must trust. */
  readonly ca: Buffer;
  /** Where it came from, for the start-up line. */
  readonly source: string;
}

async function fromDirectory(dir: string): Promise<DevTls> {
  const read = async (name: string): Promise<Buffer> => {
    try {
      return await readFile(join(dir, name));
    } catch {
      throw new Error(`${DEV_CERT_DIR_ENV}=${dir} has no ${name} (it needs ca.crt, localhost.crt and localhost.key)`);
    }
  };
  return { ca: await read('ca.crt'), cert: await read('localhost.crt'), key: await read('localhost.key'), source: dir };
}

/**
 * Normally office-addin-dev-certs' certificate (~/.office-addin-dev-certs): made on first use, renewed when it has
 * expired, its CA installed in this machine's trust store (the system asks first). Where no trust store can be written
 * — a container, CI, a Linux without the tools it calls — `SEKRETARIAT_DEV_CERT_DIR` names the files to use, and
 * trusting their CA is the caller's. Loaded only with --https, so a plain `npm start` never touches certificates.
 */
export async function devTls(env: NodeJS.ProcessEnv): Promise<DevTls> {
  const dir = env[DEV_CERT_DIR_ENV]?.trim();
  if (dir) return fromDirectory(dir);
  const certs = await import('office-addin-dev-certs');
  const options = await certs.getHttpsServerOptions();
  return {
    key: options.key,
    cert: options.cert,
    ca: options.ca,
    source: 'office-addin-dev-certs (~/.office-addin-dev-certs, its CA trusted here)',
  };
}
