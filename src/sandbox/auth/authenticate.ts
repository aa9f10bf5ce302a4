import { findUser } from '../directory/lookup';
import type { DirectoryState, DirectoryUser } from '../directory/state';
import { GraphHttpError } from '../http/types';
import type { Caller } from './caller';
import { isAppClaims, type TokenIssuer } from './tokens';

/** The caller of an `Authorization: Bearer` header — a person or a registered application — as Graph accepts it; 401 otherwise. */
export function authenticateCaller(tokens: TokenIssuer, directory: DirectoryState, now: Date, authorization: string | undefined): Caller {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (!token) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const claims = tokens.verify(token, now);
  if (!claims)
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. Invalid audience or signature, or the token has expired.',
    );
  if (isAppClaims(claims)) {
    const app = (directory.applications ?? []).find((a) => a.appId === claims.appid);
    if (!app)
      throw new GraphHttpError(
        401,
        'InvalidAuthenticationToken',
        'Access token validation failure: the application no longer exists in the tenant.',
      );
    // The token's roles are what was consented when it was issued; the registration's are what holds now.
    return { kind: 'app', app: { ...app, roles: app.roles.filter((r) => claims.roles.includes(r)) } };
  }
  const user = findUser(directory, claims.oid);
  if (!user || !user.accountEnabled)
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure: the user no longer exists or is disabled.',
    );
  return { kind: 'user', user };
}

/**
 * The signed-in person of a delegated token (SharePoint's `/_api`, which the app reaches only with a person's
 * token); an app-only token is refused with 401 as SharePoint refuses a Graph app token.
 */
export function authenticate(tokens: TokenIssuer, directory: DirectoryState, now: Date, authorization: string | undefined): DirectoryUser {
  const caller = authenticateCaller(tokens, directory, now, authorization);
  if (caller.kind !== 'user') throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Unsupported app only token.');
  return caller.user;
}
