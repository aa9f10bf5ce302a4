import type { DirectoryUser } from '../directory/state';
import type { SiteRecord } from '../sites/state';
import { ensureUserPrincipal, findPrincipal } from './principals';
import { findRoleDefinition, ROLE_ID } from './role-definitions';
import { GROUP_PRINCIPAL, scopeKey, securityForChange } from './state';
import type { ListSecurityRecord, RoleAssignmentRecord, Securable } from './state';
import { sharePointError } from './errors';

/**
 * Role assignments on the web, its lists and its library's folders: inheritance, breaking it, adding and removing
 * bindings — the operations behind `/_api/.../breakroleinheritance`, `addroleassignment` and `removeroleassignment`,
 * used by the REST routes and by the seed alike.
 */

/** A group-connected site's web as created: Owners Full Control, Members Edit, Visitors Read. Nothing changes these. */
export const WEB_ASSIGNMENTS: readonly RoleAssignmentRecord[] = [
  { principalId: GROUP_PRINCIPAL.owners, roleDefinitionIds: [ROLE_ID.fullControl] },
  { principalId: GROUP_PRINCIPAL.members, roleDefinitionIds: [ROLE_ID.edit] },
  { principalId: GROUP_PRINCIPAL.visitors, roleDefinitionIds: [ROLE_ID.read] },
];

/** The securable whose assignments apply to this one: itself if it has unique ones, else the nearest ancestor that has. */
export function governingSecurable(site: SiteRecord, securable: Securable): Securable {
  const scopes = site.security?.scopes ?? {};
  if (securable.kind === 'web') return securable;
  if (securable.kind === 'list') return scopes[scopeKey(securable)] ? securable : { kind: 'web' };
  const { drive } = site;
  for (let id: string | undefined = securable.itemId; id && id !== drive.rootId; id = drive.items[id]?.parentId) {
    if (scopes[scopeKey({ kind: 'folder', itemId: id })]) return { kind: 'folder', itemId: id };
  }
  // The document library itself inherits from the web (provision never breaks it).
  return { kind: 'web' };
}

/** The role assignments in force on a securable (its own or inherited). */
export function roleAssignments(site: SiteRecord, securable: Securable): readonly RoleAssignmentRecord[] {
  const governing = governingSecurable(site, securable);
  if (governing.kind === 'web') return WEB_ASSIGNMENTS;
  return site.security?.scopes[scopeKey(governing)] ?? WEB_ASSIGNMENTS;
}

export function hasUniqueRoleAssignments(site: SiteRecord, securable: Securable): boolean {
  return securable.kind === 'web' || site.security?.scopes[scopeKey(securable)] !== undefined;
}

export interface BreakOptions {
  readonly copyRoleAssignments: boolean;
  readonly clearSubscopes: boolean;
}

/**
 * SP.SecurableObject.breakRoleInheritance. Without copying, the object's only assignment afterwards is the caller with
 * Full Control (so someone can still manage it); on an object that already has unique assignments nothing changes.
 * clearSubscopes makes the folders below a folder inherit again.
 */
export function breakRoleInheritance(site: SiteRecord, securable: Securable, caller: DirectoryUser | undefined, opts: BreakOptions): void {
  if (securable.kind === 'web')
    throw sharePointError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'The root web of a site collection cannot stop inheriting permissions.',
    );
  if (hasUniqueRoleAssignments(site, securable)) return;
  const inherited = roleAssignments(site, securable).map((a) => ({
    principalId: a.principalId,
    roleDefinitionIds: [...a.roleDefinitionIds],
  }));
  const security = securityForChange(site);
  const own: RoleAssignmentRecord[] = opts.copyRoleAssignments ? inherited : [];
  if (!opts.copyRoleAssignments && caller)
    own.push({ principalId: ensureUserPrincipal(site, caller).id, roleDefinitionIds: [ROLE_ID.fullControl] });
  security.scopes[scopeKey(securable)] = own;
  if (opts.clearSubscopes && securable.kind === 'folder') {
    for (const key of Object.keys(security.scopes)) {
      const id = key.startsWith('folder:') ? key.slice('folder:'.length) : undefined;
      if (id && id !== securable.itemId && isBelow(site, id, securable.itemId)) Reflect.deleteProperty(security.scopes, key);
    }
  }
}

function isBelow(site: SiteRecord, itemId: string, folderId: string): boolean {
  for (let id = site.drive.items[itemId]?.parentId; id; id = site.drive.items[id]?.parentId) if (id === folderId) return true;
  return false;
}

/** The object's own assignments, for a change; SharePoint refuses to change assignments an object inherits. */
function ownAssignments(site: SiteRecord, securable: Securable): RoleAssignmentRecord[] {
  if (securable.kind === 'web')
    throw sharePointError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      "The sandbox keeps the web's own role assignments as a group-connected site creates them.",
    );
  const own = site.security?.scopes[scopeKey(securable)];
  if (!own)
    throw sharePointError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'This operation is not allowed on an object that inherits permissions.',
    );
  return own;
}

function requireBinding(site: SiteRecord, principalId: number, roleDefinitionId: number): void {
  if (!findPrincipal(site, principalId))
    throw sharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find principal with id: ${principalId}.`);
  if (!findRoleDefinition(site.security, roleDefinitionId))
    throw sharePointError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      `Cannot find role definition with id: ${roleDefinitionId}.`,
    );
}

/** SP.RoleAssignmentCollection.addRoleAssignment: binds the level to the principal (a second identical call changes nothing). */
export function addRoleAssignment(site: SiteRecord, securable: Securable, principalId: number, roleDefinitionId: number): void {
  requireBinding(site, principalId, roleDefinitionId);
  const own = ownAssignments(site, securable);
  const assignment = own.find((a) => a.principalId === principalId);
  if (!assignment) own.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
  else if (!assignment.roleDefinitionIds.includes(roleDefinitionId)) assignment.roleDefinitionIds.push(roleDefinitionId);
}

/** SP.RoleAssignmentCollection.removeRoleAssignment: unbinds the level; the assignment goes with its last binding. */
export function removeRoleAssignment(site: SiteRecord, securable: Securable, principalId: number, roleDefinitionId: number): void {
  requireBinding(site, principalId, roleDefinitionId);
  const own = ownAssignments(site, securable);
  const index = own.findIndex((a) => a.principalId === principalId);
  const assignment = own[index];
  if (!assignment) return;
  assignment.roleDefinitionIds = assignment.roleDefinitionIds.filter((id) => id !== roleDefinitionId);
  if (assignment.roleDefinitionIds.length === 0) own.splice(index, 1);
}

export function listSecurity(site: SiteRecord, listId: string): ListSecurityRecord {
  return site.security?.lists[listId] ?? { writeSecurity: 1, readSecurity: 1 };
}

/** SP.List's WriteSecurity / ReadSecurity, as a MERGE of the list sets them. */
export function setListSecurity(site: SiteRecord, listId: string, change: Partial<ListSecurityRecord>): void {
  const security = securityForChange(site);
  security.lists[listId] = { ...listSecurity(site, listId), ...change };
}
