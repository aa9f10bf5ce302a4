import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../persistence/atomic-file';
import type { DirectoryUser } from '../directory/state';

/** Lifetime of a sandbox access token; Entra's default for Graph is about an hour, a working day is kinder locally. */
export const TOKEN_LIFETIME_SECONDS = 8 * 3600;

const SECRET_FILE = 'token-secret';

export interface TokenClaims {
  readonly aud: string;
  readonly iss: string;
  readonly tid: string;
  readonly oid: string;
  readonly upn: string;
  readonly name: string;
  readonly iat: number;
  readonly exp: number;
}

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

  issue(user: DirectoryUser, tenantId: string, now: Date): { access_token: string; token_type: 'Bearer'; expires_in: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const claims: TokenClaims = {
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
    };
    const body = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    return { access_token: `${body}.${this.sign(body)}`, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS };
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
