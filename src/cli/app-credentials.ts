import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ClientCertificateTokenProvider } from '../auth/client-certificate-token-provider';
import type { TokenProvider } from '../auth/token-provider';
import type { AppConfig } from '../config/app-config';
import type { CliIo } from './cli-command';
import { UsageError } from './cli-command';

/**
 * The unattended run's own identity (app-only, MSAL Node client credentials with a certificate), from the
 * environment — an Azure Functions app's settings (the certificate a Key Vault reference) or cron's environment:
 *
 * | variable | what |
 * | --- | --- |
 * | `SEKRETARIAT_TENANT_ID` | the tenant (id or `contoso.onmicrosoft.com`) |
 * | `SEKRETARIAT_AUTOMATION_APP_ID` | the app registration's client id — also the id the web app trusts as the secretariat's writer |
 * | `SEKRETARIAT_AUTOMATION_CERTIFICATE` | the PEM: private key (PKCS#8 or PKCS#1) and, best, the certificate |
 * | `SEKRETARIAT_AUTOMATION_CERTIFICATE_PATH` | or a file holding that PEM |
 * | `SEKRETARIAT_AUTOMATION_CERTIFICATE_THUMBPRINT` | hex SHA-256 thumbprint; needed only when the PEM has no certificate |
 * | `SEKRETARIAT_AUTHORITY_HOST` | `https://login.microsoftonline.com` unless a national cloud's |
 */
export const CREDENTIAL_ENV = {
  tenant: 'SEKRETARIAT_TENANT_ID',
  clientId: 'SEKRETARIAT_AUTOMATION_APP_ID',
  pem: 'SEKRETARIAT_AUTOMATION_CERTIFICATE',
  pemPath: 'SEKRETARIAT_AUTOMATION_CERTIFICATE_PATH',
  thumbprint: 'SEKRETARIAT_AUTOMATION_CERTIFICATE_THUMBPRINT',
  authorityHost: 'SEKRETARIAT_AUTHORITY_HOST',
} as const;

const missing = (name: string, what: string): UsageError => new UsageError(`${name} mangler: ${what} / ${name} is not set`);

/** The PEM's private key as PKCS#8 (MSAL wants `BEGIN PRIVATE KEY`), and the certificate's SHA-256 thumbprint when it is there. */
export function readCertificatePem(pem: string): { privateKey: string; thumbprintSha256?: string; x5c?: string } {
  let privateKey: string;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  } catch {
    throw new UsageError(
      'Certifikatet har ingen læsbar privat nøgle (PEM, ukrypteret) / the certificate PEM has no readable (unencrypted) private key',
    );
  }
  const block = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!block) return { privateKey };
  const thumbprintSha256 = new X509Certificate(block).fingerprint256.replace(/:/g, '').toLowerCase();
  return { privateKey, thumbprintSha256, x5c: block };
}

/** The token provider `sekretariat run` uses in a tenant: the app registration's certificate, by MSAL Node. */
export async function certificateTokenProvider(io: CliIo, config: AppConfig): Promise<TokenProvider> {
  const env = io.env;
  const tenantId = env[CREDENTIAL_ENV.tenant]?.trim();
  if (!tenantId) throw missing(CREDENTIAL_ENV.tenant, 'lejerens id / the tenant id');
  const clientId = config.automationAppId;
  if (!clientId) throw missing(CREDENTIAL_ENV.clientId, "app-registreringens klient-id / the app registration's client id");
  let pem = env[CREDENTIAL_ENV.pem]?.trim();
  const path = env[CREDENTIAL_ENV.pemPath]?.trim();
  if (!pem && path) pem = await readFile(isAbsolute(path) ? path : join(io.cwd, path), 'utf8');
  if (!pem)
    throw missing(
      `${CREDENTIAL_ENV.pem} / ${CREDENTIAL_ENV.pemPath}`,
      'certifikatets PEM eller stien til det / the certificate PEM or its path',
    );
  const read = readCertificatePem(pem);
  const thumbprintSha256 = env[CREDENTIAL_ENV.thumbprint]?.trim().replace(/:/g, '').toLowerCase() || read.thumbprintSha256;
  if (!thumbprintSha256)
    throw missing(
      CREDENTIAL_ENV.thumbprint,
      'SHA-256-thumbprint, når PEM ikke indeholder certifikatet / the SHA-256 thumbprint, as the PEM has no certificate',
    );
  const authorityHost = env[CREDENTIAL_ENV.authorityHost]?.trim();
  return new ClientCertificateTokenProvider({
    tenantId,
    clientId,
    privateKey: read.privateKey,
    thumbprintSha256,
    ...(read.x5c ? { x5c: read.x5c } : {}),
    ...(authorityHost ? { authorityHost } : {}),
    scope: `${new URL(config.graphBaseUrl).origin}/.default`,
  });
}
