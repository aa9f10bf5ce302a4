import type { DirectoryState } from '../directory/state';
import type { SiteRecord } from '../sites/state';
import { principalIncludes } from './principals';
import { findRoleDefinition, maskHas, unionMasks } from './role-definitions';
import type { SpPermission } from './role-definitions';
import { listSecurity, roleAssignments } from './securables';
import type { BasePermissionsRecord, Securable } from './state';

/**
 * What a person may do on a site: the union of the levels bound to every principal that includes them, on the
 * assignments in force where they act (the object's own, else the nearest ancestor's, else the web's).
 */
export function effectivePermissions(
  site: SiteRecord,
  directory: DirectoryState,
  userId: string,
  securable: Securable,
): BasePermissionsRecord {
  const masks: BasePermissionsRecord[] = [];
  for (const assignment of roleAssignments(site, securable)) {
    if (!principalIncludes(site, directory, assignment.principalId, userId)) continue;
    for (const id of assignment.roleDefinitionIds) {
      const level = findRoleDefinition(site.security, id);
      if (level) masks.push(level.basePermissions);
    }
  }
  return unionMasks(masks);
}

export function userCan(
  site: SiteRecord,
  directory: DirectoryState,
  userId: string,
  securable: Securable,
  permission: SpPermission,
): boolean {
  return maskHas(effectivePermissions(site, directory, userId, securable), permission);
}

/** A write to a list item through Graph; an edit names who created the item (write security 2 looks at it). */
export type ItemWrite = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly createdById: string } | { readonly kind: 'delete' };

/**
 * POST needs AddListItems; PATCH needs EditListItems and, with WriteSecurity 2, being the item's creator unless the
 * caller has ManageLists; DELETE needs DeleteListItems.
 */
export function mayWriteListItem(site: SiteRecord, directory: DirectoryState, userId: string, listId: string, write: ItemWrite): boolean {
  const mask = effectivePermissions(site, directory, userId, { kind: 'list', listId });
  if (write.kind === 'add') return maskHas(mask, 'addListItems');
  if (write.kind === 'delete') return maskHas(mask, 'deleteListItems');
  if (!maskHas(mask, 'editListItems')) return false;
  return listSecurity(site, listId).writeSecurity !== 2 || write.createdById === userId || maskHas(mask, 'manageLists');
}

/** May the person read this item? ReadSecurity 2 shows a person only the items they created, unless they manage the list. */
export function mayReadListItem(site: SiteRecord, directory: DirectoryState, userId: string, listId: string, createdById: string): boolean {
  if (listSecurity(site, listId).readSecurity !== 2 || createdById === userId) return true;
  return userCan(site, directory, userId, { kind: 'list', listId }, 'manageLists');
}
