import { findUser } from '../directory/lookup';
import type { DirectoryState, DirectoryUser } from '../directory/state';
import { GraphHttpError } from '../http/types';
import type { TokenIssuer } from './tokens';

/** The signed-in user of an `Authorization: Bearer` header, as Graph (and SharePoint's `/_api`) accept it; 401 otherwise. */
export function authenticate(tokens: TokenIssuer, directory: DirectoryState, now: Date, authorization: string | undefined): DirectoryUser {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (!token) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const claims = tokens.verify(token, now);
  if (!claims) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience or signature, or the token has expired.');
  const user = findUser(directory, claims.oid);
  if (!user || !user.accountEnabled) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token validation failure: the user no longer exists or is disabled.');
  return user;
}
