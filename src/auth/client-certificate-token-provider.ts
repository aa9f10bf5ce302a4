import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';
import type { TokenProvider } from './token-provider';

/**
 * App-only Graph tokens for the unattended run (`sekretariat run`, the Azure Functions timer): MSAL Node's client
 * credentials grant, the application proving itself with a certificate (a signed client assertion; no secret). The
 * token carries the application permissions an admin consented to (`/.default`), not a person's scopes — which is
 * why `getAccessToken` ignores the delegated scopes the pipeline names. MSAL caches the token and asks Entra again
 * only when it nears expiry, so one provider serves a whole pass.
 *
 * Node only: never imported by the web app (eslint forbids it there).
 */
export interface ClientCertificateCredentials {
  /** The tenant's id or domain (`contoso.onmicrosoft.com`). */
  readonly tenantId: string;
  /** The app registration's application (client) id. */
  readonly clientId: string;
  /** PEM of the certificate's private key (`-----BEGIN PRIVATE KEY-----`). */
  readonly privateKey: string;
  /** Hex SHA-256 thumbprint of the certificate uploaded to the app registration. */
  readonly thumbprintSha256: string;
  /** The certificate chain (PEM) to send along (`x5c`), for subject name / issuer authentication; optional. */
  readonly x5c?: string;
  /** `https://login.microsoftonline.com` unless a national cloud's. */
  readonly authorityHost?: string;
  /** The resource's `.default` scope: `https://graph.microsoft.com/.default` for Graph. */
  readonly scope: string;
  /** For tests: MSAL's HTTP client (Entra's discovery and token endpoints). */
  readonly networkClient?: INetworkModule;
}

export class ClientCertificateTokenProvider implements TokenProvider {
  private readonly msal: ConfidentialClientApplication;

  constructor(private readonly credentials: ClientCertificateCredentials) {
    const host = (credentials.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId: credentials.clientId,
        authority: `${host}/${credentials.tenantId}`,
        clientCertificate: {
          thumbprintSha256: credentials.thumbprintSha256,
          privateKey: credentials.privateKey,
          ...(credentials.x5c ? { x5c: credentials.x5c } : {}),
        },
      },
      ...(credentials.networkClient ? { system: { networkClient: credentials.networkClient } } : {}),
    });
  }

  async getAccessToken(): Promise<string> {
    const result = await this.msal.acquireTokenByClientCredential({ scopes: [this.credentials.scope] });
    if (!result?.accessToken) throw new Error('Entra ID gav intet adgangstoken / Entra ID returned no access token');
    return result.accessToken;
  }
}
