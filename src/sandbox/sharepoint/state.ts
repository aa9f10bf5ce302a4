/**
 * A forum site's SharePoint security, as `sekretariat provision` changes it through the REST API (`/_api/web/...`).
 * Stored on the site record as `security`; a site without it (every state file written before it existed, and a
 * seed forum left 'inherited') is a site nobody provisioned: the web's default assignments, every list and folder
 * inheriting them, write security 1.
 */

/** The web's three associated SharePoint groups, with the principal ids the sandbox gives them. */
export const GROUP_PRINCIPAL = { owners: 3, visitors: 4, members: 5 } as const;

export type GroupKind = keyof typeof GROUP_PRINCIPAL;

/** The first id `ensureuser` hands out; ids below are SharePoint's own and the three groups. */
export const FIRST_USER_PRINCIPAL_ID = 6;

/** The first id of a custom permission level (built-in ones are 1073741825–1073741830). */
export const FIRST_CUSTOM_ROLE_ID = 1073741931;

/** A person added to the site's user information list (by `ensureuser`, `currentuser` or breaking inheritance). */
export interface UserPrincipalRecord {
  readonly id: number;
  /** The directory user's object id: who the principal is when permissions are evaluated. */
  readonly userId: string;
  /** Claims login, e.g. "i:0#.f|membership|anne@tenant.example" (lower case, as SharePoint stores it). */
  readonly loginName: string;
  readonly email: string;
  readonly title: string;
}

export interface BasePermissionsRecord {
  readonly High: string;
  readonly Low: string;
}

/** A permission level made on the site (`POST /_api/web/roledefinitions`). */
export interface RoleDefinitionRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly basePermissions: BasePermissionsRecord;
}

export interface RoleAssignmentRecord {
  readonly principalId: number;
  roleDefinitionIds: number[];
}

/** SP.List's WriteSecurity (1 all items, 2 own items, 4 none) and ReadSecurity (1 all, 2 own). */
export interface ListSecurityRecord {
  writeSecurity: 1 | 2 | 4;
  readSecurity: 1 | 2;
}

export interface SiteSecurity {
  users: UserPrincipalRecord[];
  nextPrincipalId: number;
  roleDefinitions: RoleDefinitionRecord[];
  nextRoleDefinitionId: number;
  /** Unique role assignments by securable key ("list:<list id>", "folder:<drive item id>"); absent = inherits. */
  scopes: Record<string, RoleAssignmentRecord[]>;
  /** Write and read security by list id; absent = 1 and 1. */
  lists: Record<string, ListSecurityRecord>;
}

export function emptySecurity(): SiteSecurity {
  return {
    users: [],
    nextPrincipalId: FIRST_USER_PRINCIPAL_ID,
    roleDefinitions: [],
    nextRoleDefinitionId: FIRST_CUSTOM_ROLE_ID,
    scopes: {},
    lists: {},
  };
}

/** Something that carries role assignments: the web, one of the site's lists, or a folder of its document library. */
export type Securable =
  { readonly kind: 'web' } | { readonly kind: 'list'; readonly listId: string } | { readonly kind: 'folder'; readonly itemId: string };

export function scopeKey(securable: Exclude<Securable, { kind: 'web' }>): string {
  return securable.kind === 'list' ? `list:${securable.listId}` : `folder:${securable.itemId}`;
}

/** The site's security record for a change, made on first use (reads take `site.security` as it is). */
export function securityForChange(site: { security?: SiteSecurity }): SiteSecurity {
  site.security ??= emptySecurity();
  return site.security;
}
