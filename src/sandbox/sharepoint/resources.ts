import { createHash } from 'node:crypto';
import type { DriveItemRecord, ListRecord, SiteRecord } from '../sites/state';
import { findPrincipal } from './principals';
import type { PrincipalView } from './principals';
import { findRoleDefinition } from './role-definitions';
import type { RoleDefinitionView } from './role-definitions';
import { hasUniqueRoleAssignments, listSecurity } from './securables';
import type { RoleAssignmentRecord } from './state';

/**
 * The JSON SharePoint REST answers with `Accept: application/json;odata=nometadata`: plain objects with SharePoint's
 * PascalCase property names. Some properties (HasUniqueRoleAssignments) come only when `$select` asks for them.
 */

type Json = Record<string, unknown>;

/** A resource's default properties and the ones only `$select` brings. */
export interface Shaped {
  readonly properties: Json;
  readonly onRequest?: Json;
}

/** `$select=A,B`: only those properties (a name in another case when no property has it exactly); without it the default ones. */
export function selected(shape: Shaped, select: string | null): Json {
  const all: Json = { ...shape.properties, ...(shape.onRequest ?? {}) };
  if (!select) return shape.properties;
  const keys = select
    .split(',')
    .map((s) => s.trim())
    .flatMap((name) =>
      name in all
        ? [name]
        : Object.keys(all)
            .filter((k) => k.toLowerCase() === name.toLowerCase())
            .slice(0, 1),
    );
  const wanted = new Set(keys);
  return Object.fromEntries(Object.entries(all).filter(([k]) => wanted.has(k)));
}

/** The web's id: the last part of the Graph site id "<host>,<site collection id>,<web id>". */
export function webResource(site: SiteRecord): Shaped {
  const serverRelativeUrl = new URL(site.webUrl).pathname;
  return {
    properties: {
      Id: site.id.split(',')[2] ?? site.id,
      Title: site.displayName,
      Description: site.description,
      ServerRelativeUrl: serverRelativeUrl,
      Url: site.webUrl,
      WebTemplate: 'GROUP',
    },
  };
}

export function principalResource(p: PrincipalView): Json {
  return {
    Id: p.id,
    IsHiddenInUI: false,
    LoginName: p.loginName,
    Title: p.title,
    PrincipalType: p.principalType,
    ...(p.principalType === 1
      ? { Email: p.email ?? '', IsSiteAdmin: false }
      : { OnlyAllowMembersViewMembership: false, OwnerTitle: p.title }),
  };
}

export function roleDefinitionResource(r: RoleDefinitionView): Json {
  return {
    BasePermissions: { High: r.basePermissions.High, Low: r.basePermissions.Low },
    Description: r.description,
    Hidden: r.hidden,
    Id: r.id,
    Name: r.name,
    Order: r.order,
    RoleTypeKind: r.roleTypeKind,
  };
}

/** A role assignment; Member and RoleDefinitionBindings only when `$expand` names them (as SharePoint defers them). */
export function roleAssignmentResource(site: SiteRecord, a: RoleAssignmentRecord, expand: ReadonlySet<string>): Json {
  const member = findPrincipal(site, a.principalId);
  return {
    PrincipalId: a.principalId,
    ...(expand.has('member') && member ? { Member: principalResource(member) } : {}),
    ...(expand.has('roledefinitionbindings')
      ? {
          RoleDefinitionBindings: a.roleDefinitionIds.flatMap((id) => {
            const r = findRoleDefinition(site.security, id);
            return r ? [roleDefinitionResource(r)] : [];
          }),
        }
      : {}),
  };
}

export function listResource(site: SiteRecord, list: ListRecord): Shaped {
  const security = listSecurity(site, list.id);
  return {
    properties: {
      Id: list.id,
      Title: list.displayName,
      Description: list.description,
      BaseTemplate: 100,
      Created: list.createdDateTime,
      ItemCount: list.items.length,
      LastItemModifiedDate: list.lastModifiedDateTime,
      ReadSecurity: security.readSecurity,
      WriteSecurity: security.writeSecurity,
    },
    onRequest: { HasUniqueRoleAssignments: hasUniqueRoleAssignments(site, { kind: 'list', listId: list.id }) },
  };
}

/**
 * The list item behind a folder of the document library. SharePoint numbers library items; the sandbox's drive items
 * have GUIDs, so the number is derived from the GUID (stable, and unique enough for a forum's few folders).
 */
export function folderItemResource(site: SiteRecord, folder: DriveItemRecord, serverRelativePath: string): Shaped {
  const id = parseInt(createHash('sha256').update(folder.id).digest('hex').slice(0, 6), 16) + 1;
  return {
    properties: {
      Id: id,
      ID: id,
      FileLeafRef: folder.name,
      FileRef: serverRelativePath,
      FSObjType: 1,
      GUID: folder.id,
      Created: folder.createdDateTime,
      Modified: folder.lastModifiedDateTime,
    },
    onRequest: { HasUniqueRoleAssignments: hasUniqueRoleAssignments(site, { kind: 'folder', itemId: folder.id }) },
  };
}
