/**
 * What an access token says about itself, read without verifying it (doctor only reports; Graph verifies). Entra's
 * delegated tokens carry the consented scopes in `scp` (space-separated), app-only tokens their application
 * permissions in `roles`.
 */
export interface TokenFacts {
  readonly kind: 'delegated' | 'app';
  /** The signed-in person (`upn`) or the application (`app_displayname`). */
  readonly who: string;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  /** Expiry in epoch seconds, when the token says. */
  readonly exp?: number;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The token's claims, or undefined when it is not a readable JWT. */
export function readToken(token: string): TokenFacts | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    claims = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const scopes = text(claims.scp)
    .split(' ')
    .filter((s) => s !== '');
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
  const app = claims.idtyp === 'app' || (scopes.length === 0 && roles.length > 0);
  return {
    kind: app ? 'app' : 'delegated',
    who: app ? text(claims.app_displayname) || text(claims.appid) : text(claims.upn) || text(claims.unique_name) || text(claims.name),
    scopes,
    roles,
    ...(typeof claims.exp === 'number' ? { exp: claims.exp } : {}),
  };
}

/** The wanted scopes the token lacks, compared as Entra does (case-insensitively), in the order wanted. */
export function missingScopes(facts: TokenFacts, wanted: readonly string[]): string[] {
  const have = new Set(facts.scopes.map((s) => s.toLowerCase()));
  return wanted.filter((s) => !have.has(s.toLowerCase()));
}
