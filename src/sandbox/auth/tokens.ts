import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../persistence/atomic-file';
import { GRAPH_SCOPES } from '../../auth/token-provider';
import type { AppRegistration, DirectoryUser } from '../directory/state';

/** Lifetime of a sandbox access token; Entra's default for Graph is about an hour, a working day is kinder locally. */
export const TOKEN_LIFETIME_SECONDS = 8 * 3600;

/** App-only tokens live as long as Entra's (about an hour): the unattended run must renew them, as it would there. */
export const APP_TOKEN_LIFETIME_SECONDS = 3600;

const SECRET_FILE = 'token-secret';

/** A delegated token: a person signed in. */
export interface UserClaims {
  readonly aud: string;
  readonly iss: string;
  readonly tid: string;
  readonly oid: string;
  readonly upn: string;
  readonly name: string;
  /** The delegated scopes the tenant consented to, space-separated, as Entra puts them in a token. */
  readonly scp: string;
  readonly iat: number;
  readonly exp: number;
}

/**
 * The delegated scopes the sandbox tenant has consented to for the app: the app's Graph scopes, and the SharePoint
 * scope provision needs (the sandbox's one token serves Graph and SharePoint alike). `sekretariat doctor` reads them.
 */
export const CONSENTED_SCOPES: readonly string[] = [...GRAPH_SCOPES, 'AllSites.FullControl'];

/**
 * An app-only token (client credentials), as Entra issues it: `idtyp` "app", the application's `appid` and display
 * name, its admin-consented application permissions in `roles`, and the service principal's object id as `oid` — no
 * `upn`, no user, no `scp`.
 */
export interface AppClaims {
  readonly aud: string;
  readonly iss: string;
  readonly tid: string;
  readonly idtyp: 'app';
  readonly oid: string;
  readonly appid: string;
  readonly app_displayname: string;
  readonly roles: readonly string[];
  readonly iat: number;
  readonly exp: number;
}

export type TokenClaims = UserClaims | AppClaims;

export const isAppClaims = (claims: TokenClaims): claims is AppClaims => 'idtyp' in claims && claims.idtyp === 'app';

type IssuedToken = { access_token: string; token_type: 'Bearer'; expires_in: number };

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/**
 * Issues and verifies HS256 JWTs with a secret kept in the data directory, so tokens survive a
 * restart of the sandbox (as real tokens survive a restart of Graph).
 */
export class TokenIssuer {
  private constructor(private readonly secret: Buffer) {}

  static async open(dataDir: string): Promise<TokenIssuer> {
    const file = join(dataDir, SECRET_FILE);
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing && existing.trim().length >= 32) return new TokenIssuer(Buffer.from(existing.trim(), 'hex'));
    const secret = randomBytes(32);
    await writeFileAtomic(file, secret.toString('hex'));
    return new TokenIssuer(secret);
  }

  /** A person's token; `scopes` narrows what it carries (a tenant that consented to less), by default all of CONSENTED_SCOPES. */
  issue(user: DirectoryUser, tenantId: string, now: Date, scopes: readonly string[] = CONSENTED_SCOPES): IssuedToken {
    const iat = Math.floor(now.getTime() / 1000);
    const claims: UserClaims = {
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      scp: scopes.join(' '),
      iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
    };
    return this.signed(claims);
  }

  /** The client-credentials grant of a registered application: its app-only token for Graph. */
  issueApp(app: AppRegistration, tenantId: string, now: Date): IssuedToken {
    const iat = Math.floor(now.getTime() / 1000);
    const claims: AppClaims = {
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      idtyp: 'app',
      oid: app.id,
      appid: app.appId,
      app_displayname: app.displayName,
      roles: [...app.roles],
      iat,
      exp: iat + APP_TOKEN_LIFETIME_SECONDS,
    };
    return this.signed(claims);
  }

  private signed(claims: TokenClaims): IssuedToken {
    const body = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    const lifetime = claims.exp - claims.iat;
    return { access_token: `${body}.${this.sign(body)}`, token_type: 'Bearer', expires_in: lifetime };
  }

  /** The claims of a valid, unexpired token; undefined otherwise. */
  verify(token: string, now: Date): TokenClaims | undefined {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
      return claims.exp * 1000 > now.getTime() ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}
