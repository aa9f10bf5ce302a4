import { PERMISSION_KIND } from '../../store/site-permissions/permission-plan';
import type { BasePermissionsRecord, RoleDefinitionRecord, SiteSecurity } from './state';
import { sharePointError } from './errors';

/** SP.PermissionKind values the sandbox checks: the plan's, plus the two that guard permissions themselves. */
export const SP_PERMISSION = { ...PERMISSION_KIND, managePermissions: 26, enumeratePermissions: 63 } as const;

export type SpPermission = keyof typeof SP_PERMISSION;

/** Whether a mask (Low and High words, as REST writes them) holds a permission. */
export function maskHas(mask: BasePermissionsRecord, permission: SpPermission): boolean {
  const bit = SP_PERMISSION[permission] - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  return ((word >>> (bit % 32)) & 1) === 1;
}

/** The union of masks: what a person holds through all the assignments that include them. */
export function unionMasks(masks: readonly BasePermissionsRecord[]): BasePermissionsRecord {
  let low = 0;
  let high = 0;
  for (const m of masks) {
    low = (low | Number(m.Low)) >>> 0;
    high = (high | Number(m.High)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

/** A permission level as REST shows it (built-in or the site's own). */
export interface RoleDefinitionView {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  /** SP.RoleType: 0 none (custom), 1 Guest (Limited Access), 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  readonly roleTypeKind: number;
  readonly hidden: boolean;
  readonly order: number;
  readonly basePermissions: BasePermissionsRecord;
}

/** SharePoint Online's built-in permission levels, with their ids and masks as `/_api/web/roledefinitions` returns them. */
export const BUILT_IN_ROLES: readonly RoleDefinitionView[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    roleTypeKind: 5,
    hidden: false,
    order: 1,
    basePermissions: { High: '2147483647', Low: '4294967295' },
  },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    roleTypeKind: 4,
    hidden: false,
    order: 32,
    basePermissions: { High: '432', Low: '1012866047' },
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    roleTypeKind: 6,
    hidden: false,
    order: 48,
    basePermissions: { High: '432', Low: '1011030767' },
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    roleTypeKind: 3,
    hidden: false,
    order: 64,
    basePermissions: { High: '432', Low: '1011028719' },
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    roleTypeKind: 2,
    hidden: false,
    order: 128,
    basePermissions: { High: '176', Low: '138612833' },
  },
  {
    id: 1073741825,
    name: 'Limited Access',
    description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    roleTypeKind: 1,
    hidden: true,
    order: 160,
    basePermissions: { High: '48', Low: '134287360' },
  },
];

export const ROLE_ID = { fullControl: 1073741829, edit: 1073741830, contribute: 1073741827, read: 1073741826 } as const;

function customView(r: RoleDefinitionRecord): RoleDefinitionView {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    roleTypeKind: 0,
    hidden: false,
    order: r.order,
    basePermissions: r.basePermissions,
  };
}

/** Every permission level of the site: the built-in ones, then the site's own in the order they were made. */
export function roleDefinitions(security: SiteSecurity | undefined): RoleDefinitionView[] {
  return [...BUILT_IN_ROLES, ...(security?.roleDefinitions ?? []).map(customView)];
}

export function findRoleDefinition(security: SiteSecurity | undefined, id: number): RoleDefinitionView | undefined {
  return roleDefinitions(security).find((r) => r.id === id);
}

export interface NewRoleDefinition {
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly basePermissions: BasePermissionsRecord;
}

/** Adds a permission level; a second one of the same name (case-insensitive, built-ins included) is SharePoint's 400. */
export function addRoleDefinition(security: SiteSecurity, input: NewRoleDefinition): RoleDefinitionView {
  if (roleDefinitions(security).some((r) => r.name.toLowerCase() === input.name.toLowerCase())) {
    throw sharePointError(
      400,
      '-2130575205, Microsoft.SharePoint.SPException',
      `A permission level named "${input.name}" already exists. Choose a different name.`,
    );
  }
  const record: RoleDefinitionRecord = { id: security.nextRoleDefinitionId, ...input };
  security.nextRoleDefinitionId += 1;
  security.roleDefinitions.push(record);
  return customView(record);
}
