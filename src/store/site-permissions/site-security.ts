import type { BasePermissions, PlanTarget } from './permission-plan';

/**
 * A forum site's permissions as SharePoint's REST API reports them, in our own words: what `provision --check` audits
 * and `provision` changes. Nothing above the store sees SharePoint's REST shapes.
 */

/** A SharePoint principal: a user (PrincipalType 1), a SharePoint group (8), or anything else (security group, claim). */
export interface SpPrincipal {
  readonly id: number;
  readonly title: string;
  readonly loginName: string;
  /** Users only: their e-mail as SharePoint knows it. */
  readonly email?: string;
  readonly kind: 'user' | 'group' | 'other';
}

/** A permission level (SP.RoleDefinition). */
export interface SpRoleDefinition {
  readonly id: number;
  readonly name: string;
  /** SP.RoleType: 0 custom, 1 Limited Access, 2 Read, 3 Contribute, 4 Design, 5 Full Control, 6 Edit. */
  readonly roleTypeKind: number;
  readonly hidden: boolean;
  readonly basePermissions: BasePermissions;
}

/** One principal's bindings on a list or folder. */
export interface SpRoleAssignment {
  readonly principal: SpPrincipal;
  readonly roles: readonly SpRoleDefinition[];
}

/** A planned list or folder as found: missing, inheriting the site's permissions, or with its own. */
export type TargetState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      /** The REST path of the securable object, under `_api`. */
      readonly path: string;
      /** Lists only: SP.List.WriteSecurity (1 all items, 2 only one's own). */
      readonly writeSecurity?: number;
      readonly inherits: true;
    }
  | {
      readonly exists: true;
      readonly path: string;
      readonly writeSecurity?: number;
      readonly inherits: false;
      readonly assignments: readonly SpRoleAssignment[];
    };

export interface TargetSecurity {
  readonly target: PlanTarget;
  readonly state: TargetState;
}

/** The site's three associated groups (Owners = the Microsoft 365 group's owners, Members = its members). */
export interface SiteGroups {
  readonly owners: SpPrincipal;
  readonly members: SpPrincipal;
  readonly visitors: SpPrincipal;
}

export interface SiteSecurity {
  readonly web: { readonly id: string; readonly title: string; readonly serverRelativeUrl: string };
  /** Who runs provision (after breaking inheritance, SharePoint leaves them a direct Full Control). */
  readonly currentUser: SpPrincipal;
  readonly groups: SiteGroups;
  readonly roleDefinitions: readonly SpRoleDefinition[];
  /** One per entry of the plan, in the plan's order. */
  readonly targets: readonly TargetSecurity[];
}

/** A person the plan grants something, resolved to their account (the login name SharePoint knows them by). */
export interface ResolvedUser {
  /** Lower-case, as the plan names them. */
  readonly email: string;
  /** `i:0#.f|membership|<userPrincipalName>`. */
  readonly loginName: string;
  /** Their principal id on this site, once `ensureuser` has made sure they are on it. */
  readonly id?: number;
}

/** The plan's people: those with an account, and those without one (reported, never fatal). */
export interface PlanPrincipals {
  readonly users: readonly ResolvedUser[];
  readonly withoutAccount: readonly string[];
}

export function targetKey(target: PlanTarget): string {
  return target.kind === 'list' ? `list:${target.list}` : `folder:${target.path}`;
}
