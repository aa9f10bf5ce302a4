import { findGroup, findUser } from '../directory/lookup';
import type { DirectoryState, DirectoryUser } from '../directory/state';
import type { SiteRecord } from '../sites/state';
import { GROUP_PRINCIPAL, securityForChange } from './state';
import type { GroupKind, UserPrincipalRecord } from './state';

/** SP.Utilities.PrincipalType: 1 user, 8 SharePoint group. */
export type PrincipalType = 1 | 8;

/** A principal as role assignments and the associated-group endpoints show it. */
export interface PrincipalView {
  readonly id: number;
  readonly title: string;
  readonly loginName: string;
  readonly principalType: PrincipalType;
  readonly email?: string;
}

const GROUP_SUFFIX: Readonly<Record<GroupKind, string>> = { owners: 'Owners', visitors: 'Visitors', members: 'Members' };

/** "<site title> Owners" and so on: the group's Title and LoginName, as a group-connected site names them. */
export function groupPrincipal(site: SiteRecord, kind: GroupKind): PrincipalView {
  const title = `${site.displayName} ${GROUP_SUFFIX[kind]}`;
  return { id: GROUP_PRINCIPAL[kind], title, loginName: title, principalType: 8 };
}

function groupKindOf(id: number): GroupKind | undefined {
  return (Object.keys(GROUP_PRINCIPAL) as GroupKind[]).find((k) => GROUP_PRINCIPAL[k] === id);
}

function userView(p: UserPrincipalRecord): PrincipalView {
  return { id: p.id, title: p.title, loginName: p.loginName, principalType: 1, email: p.email };
}

export function findPrincipal(site: SiteRecord, id: number): PrincipalView | undefined {
  const kind = groupKindOf(id);
  if (kind) return groupPrincipal(site, kind);
  const user = site.security?.users.find((u) => u.id === id);
  return user ? userView(user) : undefined;
}

/**
 * Whether a directory user is in a principal. The site's groups follow the Microsoft 365 group: Owners are its owners,
 * Members its members (SharePoint syncs them), Visitors nobody; a user principal is that user.
 */
export function principalIncludes(site: SiteRecord, directory: DirectoryState, principalId: number, userId: string): boolean {
  const kind = groupKindOf(principalId);
  if (kind) {
    const group = findGroup(directory, site.groupId);
    if (!group || kind === 'visitors') return false;
    return (kind === 'owners' ? group.ownerIds : group.memberIds).includes(userId);
  }
  return site.security?.users.some((u) => u.id === principalId && u.userId === userId) ?? false;
}

/** SharePoint's claims login of an Entra account: "i:0#.f|membership|<userPrincipalName>", lower case. */
export function claimsLogin(user: DirectoryUser): string {
  return `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`;
}

/** The account a `logonName` names: a claims login, or a bare userPrincipalName or e-mail address. */
export function userOfLogonName(directory: DirectoryState, logonName: string): DirectoryUser | undefined {
  const account = logonName.includes('|') ? logonName.slice(logonName.lastIndexOf('|') + 1) : logonName;
  return account.trim() === '' ? undefined : findUser(directory, account.trim());
}

/** The user's principal on the site, added to its user information list on first use (as SharePoint does). */
export function ensureUserPrincipal(site: SiteRecord, user: DirectoryUser): PrincipalView {
  const security = securityForChange(site);
  const existing = security.users.find((u) => u.userId === user.id);
  if (existing) return userView(existing);
  const record: UserPrincipalRecord = {
    id: security.nextPrincipalId,
    userId: user.id,
    loginName: claimsLogin(user),
    email: user.mail,
    title: user.displayName,
  };
  security.nextPrincipalId += 1;
  security.users.push(record);
  return userView(record);
}
