import { findUser } from '../directory/lookup';
import type { DirectoryState, DirectoryUser } from '../directory/state';
import { seedId } from '../seed/ids';
import type { DriveItemRecord, IdentityRecord, SiteRecord } from '../sites/state';
import { CONTRIBUTE_NO_DELETE, PROTECTED_FOLDERS, sitePermissionPlan } from '../../store/site-permissions/permission-plan';
import type { PermissionLevel, PlanPrincipal, SecurablePlan } from '../../store/site-permissions/permission-plan';
import { ensureUserPrincipal } from './principals';
import { addRoleDefinition, roleDefinitions, ROLE_ID } from './role-definitions';
import { addRoleAssignment, breakRoleInheritance, removeRoleAssignment, setListSecurity } from './securables';
import { GROUP_PRINCIPAL, securityForChange } from './state';
import type { Securable } from './state';

/**
 * A seeded forum site in exactly the state `sekretariat provision` leaves it in: the folders the plan protects exist,
 * and the plan is applied through the same operations the REST calls use — break inheritance (the caller gets Full
 * Control), bind the plan's levels, take the caller's own binding off again, set write security 2 where the plan says.
 */

/** The permission level's id, making "Bidrag uden sletning" the first time it is needed (as provision does). */
function levelId(site: SiteRecord, level: PermissionLevel): number {
  if (level === 'fullControl') return ROLE_ID.fullControl;
  if (level === 'read') return ROLE_ID.read;
  if (level === 'contribute') return ROLE_ID.contribute;
  const existing = roleDefinitions(site.security).find((r) => r.name === CONTRIBUTE_NO_DELETE.name);
  if (existing) return existing.id;
  const { name, description, basePermissions } = CONTRIBUTE_NO_DELETE;
  return addRoleDefinition(securityForChange(site), { name, description, order: 180, basePermissions }).id;
}

/** The principal of a grant; a person without an account in the directory (mail only) has none and gets no grant. */
function principalId(site: SiteRecord, directory: DirectoryState, principal: PlanPrincipal): number | undefined {
  if (principal.kind !== 'user') return GROUP_PRINCIPAL[principal.kind];
  const user = findUser(directory, principal.email);
  return user ? ensureUserPrincipal(site, user).id : undefined;
}

/** The document folders the plan protects, made at the library's root by the secretariat. */
function protectedFolders(site: SiteRecord, author: IdentityRecord, now: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of PROTECTED_FOLDERS) {
    const folder: DriveItemRecord = {
      id: seedId('folder', site.id, name),
      name,
      parentId: site.drive.rootId,
      kind: 'folder',
      size: 0,
      createdDateTime: now,
      lastModifiedDateTime: now,
      version: 1,
      createdBy: author,
      lastModifiedBy: author,
    };
    site.drive.items[folder.id] = folder;
    ids.set(name, folder.id);
  }
  return ids;
}

function securableOf(site: SiteRecord, folders: ReadonlyMap<string, string>, entry: SecurablePlan): Securable {
  const { target } = entry;
  if (target.kind === 'list') {
    const list = site.lists.find((l) => l.name === target.list);
    if (!list) throw new Error(`Seed: site ${site.name} has no list ${target.list}`);
    return { kind: 'list', listId: list.id };
  }
  const itemId = folders.get(target.path);
  if (!itemId) throw new Error(`Seed: no folder ${target.path}`);
  return { kind: 'folder', itemId };
}

/**
 * Applies the site permission plan for `chairs` (e-mail addresses) to a freshly seeded site, as `caller` (the
 * secretary who runs provision; undefined when the forum has none with an account).
 */
export function provisionSeededSite(
  site: SiteRecord,
  directory: DirectoryState,
  chairs: readonly string[],
  caller: DirectoryUser | undefined,
  author: IdentityRecord,
  now: string,
): void {
  const folders = protectedFolders(site, author, now);
  for (const entry of sitePermissionPlan(chairs)) {
    const securable = securableOf(site, folders, entry);
    breakRoleInheritance(site, securable, caller, { copyRoleAssignments: false, clearSubscopes: true });
    const callerId = caller ? ensureUserPrincipal(site, caller).id : undefined;
    let callerKeepsFullControl = false;
    for (const grant of entry.grants) {
      const id = principalId(site, directory, grant.principal);
      if (id === undefined) continue;
      addRoleAssignment(site, securable, id, levelId(site, grant.level));
      if (id === callerId && grant.level === 'fullControl') callerKeepsFullControl = true;
    }
    if (callerId !== undefined && !callerKeepsFullControl) removeRoleAssignment(site, securable, callerId, ROLE_ID.fullControl);
    if (securable.kind === 'list' && entry.writeSecurity === 2) setListSecurity(site, securable.listId, { writeSecurity: 2 });
  }
}
