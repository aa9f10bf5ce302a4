import { GraphHttpError } from '../http/types';
import type { DirectoryGroup, DirectoryState, DirectoryUser } from './state';

/** A user by object id, userPrincipalName or mail (case-insensitive), as Graph's /users/{id|upn} does. */
export function findUser(dir: DirectoryState, idOrUpn: string): DirectoryUser | undefined {
  const key = idOrUpn.toLowerCase();
  return dir.users.find((u) => u.id === idOrUpn || u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
}

export function requireUser(dir: DirectoryState, idOrUpn: string): DirectoryUser {
  const user = findUser(dir, idOrUpn);
  if (!user)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return user;
}

export function findGroup(dir: DirectoryState, id: string): DirectoryGroup | undefined {
  return dir.groups.find((g) => g.id === id);
}

/** The group, if the caller is one of its members or owners; 404 if unknown, 403 if not a member. */
export function requireGroupMember(dir: DirectoryState, groupId: string, userId: string): DirectoryGroup {
  const group = findGroup(dir, groupId);
  if (!group)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  if (!group.memberIds.includes(userId) && !group.ownerIds.includes(userId)) {
    throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  return group;
}
