import { restString, type SharePointRest } from '../../graph/sharepoint-rest';
import { isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { folderServerPath } from './folders';
import type { PlanTarget, SecurablePlan } from './permission-plan';
import type {
  SiteGroups,
  SiteSecurity,
  SpPrincipal,
  SpRoleAssignment,
  SpRoleDefinition,
  TargetSecurity,
  TargetState,
} from './site-security';

/**
 * Reads a forum site's permissions through SharePoint's REST API (the reads of the provision contract) and maps
 * SharePoint's shapes to `SiteSecurity`. Folders are found through Graph first: their server-relative path is the
 * decoded path of their webUrl.
 */

interface RestPrincipal {
  readonly Id?: number;
  readonly Title?: string;
  readonly LoginName?: string;
  readonly Email?: string;
  readonly PrincipalType?: number;
}

interface RestRoleDefinition {
  readonly Id?: number;
  readonly Name?: string;
  readonly RoleTypeKind?: number;
  readonly Hidden?: boolean;
  readonly BasePermissions?: { readonly High?: string | number; readonly Low?: string | number };
}

interface RestRoleAssignment {
  readonly PrincipalId?: number;
  readonly Member?: RestPrincipal;
  readonly RoleDefinitionBindings?: readonly RestRoleDefinition[];
}

interface RestSecurable {
  readonly HasUniqueRoleAssignments?: boolean;
  readonly WriteSecurity?: number;
}

const SELECT_PRINCIPAL = '$select=Id,Title,LoginName';

function principal(raw: RestPrincipal | undefined, fallbackKind: SpPrincipal['kind'], fallbackId = -1): SpPrincipal {
  const type = raw?.PrincipalType;
  const kind = type === undefined ? fallbackKind : type === 1 ? 'user' : type === 8 ? 'group' : 'other';
  return {
    id: raw?.Id ?? fallbackId,
    title: raw?.Title ?? '',
    loginName: raw?.LoginName ?? '',
    ...(raw?.Email ? { email: raw.Email } : {}),
    kind,
  };
}

export function roleDefinition(raw: RestRoleDefinition): SpRoleDefinition {
  return {
    id: raw.Id ?? -1,
    name: raw.Name ?? '',
    roleTypeKind: raw.RoleTypeKind ?? 0,
    hidden: raw.Hidden === true,
    basePermissions: { High: String(raw.BasePermissions?.High ?? '0'), Low: String(raw.BasePermissions?.Low ?? '0') },
  };
}

function roleAssignment(raw: RestRoleAssignment): SpRoleAssignment {
  return { principal: principal(raw.Member, 'other', raw.PrincipalId), roles: (raw.RoleDefinitionBindings ?? []).map(roleDefinition) };
}

export const listPath = (title: string): string => `web/lists/getbytitle(${restString(title)})`;
export const folderPath = (serverRelativePath: string): string =>
  `web/GetFolderByServerRelativePath(decodedurl=${restString(serverRelativePath)})/ListItemAllFields`;

export async function readRoleDefinitions(rest: SharePointRest): Promise<SpRoleDefinition[]> {
  const answer = await rest.get<{ value?: RestRoleDefinition[] }>(
    'web/roledefinitions?$select=Id,Name,Description,RoleTypeKind,Hidden,Order,BasePermissions',
  );
  return (answer.value ?? []).map(roleDefinition);
}

async function notFoundAsUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The REST path of a planned list or folder, or undefined when it does not exist. */
async function securablePath(graph: Graph, siteId: string, target: PlanTarget): Promise<string | undefined> {
  if (target.kind === 'list') return listPath(target.list);
  const serverPath = await folderServerPath(graph, siteId, target.path);
  return serverPath === undefined ? undefined : folderPath(serverPath);
}

/** One list or folder: whether it exists, inherits, its WriteSecurity (lists) and, when it has its own, its role assignments. */
export async function readTarget(rest: SharePointRest, graph: Graph, siteId: string, target: PlanTarget): Promise<TargetState> {
  const path = await securablePath(graph, siteId, target);
  if (path === undefined) return { exists: false };
  const select =
    target.kind === 'list' ? '$select=Id,Title,HasUniqueRoleAssignments,WriteSecurity,ReadSecurity' : '$select=Id,HasUniqueRoleAssignments';
  const securable = await notFoundAsUndefined(rest.get<RestSecurable>(`${path}?${select}`));
  if (!securable) return { exists: false };
  const writeSecurity = target.kind === 'list' && securable.WriteSecurity !== undefined ? { writeSecurity: securable.WriteSecurity } : {};
  if (securable.HasUniqueRoleAssignments !== true) return { exists: true, path, inherits: true, ...writeSecurity };
  const answer = await rest.get<{ value?: RestRoleAssignment[] }>(`${path}/roleassignments?$expand=Member,RoleDefinitionBindings`);
  return { exists: true, path, inherits: false, ...writeSecurity, assignments: (answer.value ?? []).map(roleAssignment) };
}

export async function readSiteGroups(rest: SharePointRest): Promise<SiteGroups> {
  const [owners, members, visitors] = await Promise.all(
    (['associatedownergroup', 'associatedmembergroup', 'associatedvisitorgroup'] as const).map((g) =>
      rest.get<RestPrincipal>(`web/${g}?${SELECT_PRINCIPAL}`),
    ),
  );
  return { owners: principal(owners, 'group'), members: principal(members, 'group'), visitors: principal(visitors, 'group') };
}

/** Who runs provision: after breaking inheritance SharePoint leaves them a direct Full Control. */
export async function readCurrentUser(rest: SharePointRest): Promise<SpPrincipal> {
  return principal(await rest.get<RestPrincipal>('web/currentuser?$select=Id,LoginName,Email,Title'), 'user');
}

/** The site's permissions for every entry of the plan. Reads only. */
export async function readSiteSecurity(
  rest: SharePointRest,
  graph: Graph,
  siteId: string,
  plan: readonly SecurablePlan[],
): Promise<SiteSecurity> {
  const [web, currentUser, groups, roleDefinitions, targets] = await Promise.all([
    rest.get<{ Id?: string; Title?: string; ServerRelativeUrl?: string }>('web?$select=Id,Title,ServerRelativeUrl'),
    readCurrentUser(rest),
    readSiteGroups(rest),
    readRoleDefinitions(rest),
    Promise.all(
      plan.map(async (entry): Promise<TargetSecurity> => ({
        target: entry.target,
        state: await readTarget(rest, graph, siteId, entry.target),
      })),
    ),
  ]);
  return {
    web: { id: web.Id ?? '', title: web.Title ?? '', serverRelativeUrl: web.ServerRelativeUrl ?? '' },
    currentUser,
    groups,
    roleDefinitions,
    targets,
  };
}
