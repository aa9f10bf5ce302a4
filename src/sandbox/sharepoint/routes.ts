import type { DirectoryUser } from '../directory/state';
import { itemAtPath } from '../drive/items';
import { GraphHttpError } from '../http/types';
import type { SiteRecord } from '../sites/state';
import type { SandboxDb, SandboxState } from '../state';
import { userCan } from './effective';
import { sharePointError, spAccessDenied, spBadRequest, spFileNotFound, spListNotFound } from './errors';
import type { SharePointError } from './errors';
import type { ApiTarget, ObjectOperation, ObjectRef } from './paths';
import { ensureUserPrincipal, groupPrincipal, userOfLogonName } from './principals';
import {
  folderItemResource,
  listResource,
  principalResource,
  roleAssignmentResource,
  roleDefinitionResource,
  selected,
  webResource,
} from './resources';
import type { Shaped } from './resources';
import { addRoleDefinition, roleDefinitions } from './role-definitions';
import type { SpPermission } from './role-definitions';
import { addRoleAssignment, breakRoleInheritance, removeRoleAssignment, roleAssignments, setListSecurity } from './securables';
import { securityForChange } from './state';
import type { ListSecurityRecord, Securable } from './state';

/** One authenticated call to a site's `/_api`, after the path has been read. */
export interface SpRequest {
  /** GET or POST; a POST's `X-HTTP-Method` (MERGE) in `override`. */
  readonly method: string;
  readonly override: string | undefined;
  readonly target: ApiTarget;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly user: DirectoryUser;
  /** The Graph id of the site the URL names. */
  readonly siteId: string;
}

export interface SpResult {
  readonly status: number;
  /** JSON, or undefined for no body (204). */
  readonly body?: unknown;
}

const NULL_RESULT: SpResult = { status: 200, body: { 'odata.null': true } };

function siteIn(state: SandboxState, siteId: string): SiteRecord {
  const site = state.sites.sites.find((s) => s.id === siteId);
  if (!site) throw spFileNotFound();
  return site;
}

function demand(state: SandboxState, site: SiteRecord, user: DirectoryUser, securable: Securable, permission: SpPermission): void {
  if (!userCan(site, state.directory, user.id, securable, permission)) throw spAccessDenied();
}

/** The library's root as a server-relative path: "/sites/x/Shared Documents". */
function libraryPath(site: SiteRecord): string {
  return `${new URL(site.webUrl).pathname}/Shared Documents`;
}

interface ResolvedObject {
  readonly securable: Securable;
  readonly shape: () => Shaped;
}

function resolveObject(site: SiteRecord, ref: ObjectRef): ResolvedObject {
  if (ref.kind === 'web') return { securable: { kind: 'web' }, shape: () => webResource(site) };
  if (ref.kind === 'list') {
    const list = site.lists.find((l) => l.displayName.toLowerCase() === ref.title.toLowerCase());
    if (!list) throw spListNotFound(ref.title, site.webUrl);
    return { securable: { kind: 'list', listId: list.id }, shape: () => listResource(site, list) };
  }
  const root = libraryPath(site).toLowerCase();
  const path = ref.path.replace(/\/+$/, '');
  if (!path.toLowerCase().startsWith(`${root}/`)) throw spFileNotFound();
  let folder;
  try {
    folder = itemAtPath(site.drive, path.slice(root.length + 1));
  } catch (e) {
    if (e instanceof GraphHttpError) throw spFileNotFound();
    throw e;
  }
  if (folder.kind !== 'folder') throw spFileNotFound();
  return { securable: { kind: 'folder', itemId: folder.id }, shape: () => folderItemResource(site, folder, path) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A verbose-JSON body of the given SharePoint type. `__metadata` is only understood with
 * `Content-Type: application/json;odata=verbose`; SharePoint refuses it otherwise, as it refuses a wrong type.
 */
function typedBody(req: SpRequest, type: string): Record<string, unknown> {
  if (!isRecord(req.body)) throw spBadRequest('The request body must be a JSON object.');
  const metadata = req.body.__metadata;
  if (!/odata=verbose/i.test(req.headers['content-type'] ?? '')) {
    throw spBadRequest(
      `The property '__metadata' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    );
  }
  if (!isRecord(metadata) || metadata.type !== type)
    throw spBadRequest(
      `A type named '${isRecord(metadata) ? String(metadata.type) : ''}' could not be resolved by the model. ${type} was expected.`,
    );
  return req.body;
}

function basePermissionsOf(value: unknown): { High: string; Low: string } {
  const word = (v: unknown): string | undefined => {
    const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : undefined;
    return s !== undefined && /^\d+$/.test(s) && Number(s) <= 0xffffffff ? String(Number(s)) : undefined;
  };
  const high = isRecord(value) ? word(value.High) : undefined;
  const low = isRecord(value) ? word(value.Low) : undefined;
  if (high === undefined || low === undefined) throw spBadRequest('BasePermissions needs High and Low as unsigned 32-bit numbers.');
  return { High: high, Low: low };
}

async function createRoleDefinition(db: SandboxDb, req: SpRequest): Promise<SpResult> {
  const body = typedBody(req, 'SP.RoleDefinition');
  if (typeof body.Name !== 'string' || body.Name.trim() === '') throw spBadRequest('A role definition needs a Name.');
  const input = {
    name: body.Name.trim(),
    description: typeof body.Description === 'string' ? body.Description : '',
    order: typeof body.Order === 'number' ? body.Order : 0,
    basePermissions: basePermissionsOf(body.BasePermissions),
  };
  const created = await db.mutate((state) => {
    const site = siteIn(state, req.siteId);
    demand(state, site, req.user, { kind: 'web' }, 'managePermissions');
    return addRoleDefinition(securityForChange(site), input);
  });
  return { status: 201, body: roleDefinitionResource(created) };
}

async function ensureUser(db: SandboxDb, req: SpRequest): Promise<SpResult> {
  const logonName = isRecord(req.body) ? req.body.logonName : undefined;
  if (typeof logonName !== 'string') throw spBadRequest('ensureuser needs a logonName.');
  const principal = await db.mutate((state) => {
    const site = siteIn(state, req.siteId);
    demand(state, site, req.user, { kind: 'web' }, 'managePermissions');
    const user = userOfLogonName(state.directory, logonName);
    if (!user)
      throw sharePointError(
        404,
        '-2146232832, Microsoft.SharePoint.SPException',
        'The specified user ' + logonName + ' could not be found.',
      );
    return ensureUserPrincipal(site, user);
  });
  return { status: 200, body: selected({ properties: principalResource(principal) }, req.query.get('$select')) };
}

const WRITE_SECURITY = new Set([1, 2, 4]);
const READ_SECURITY = new Set([1, 2]);

/** The list properties the sandbox lets a MERGE change (those provision sets). */
function listChange(req: SpRequest): Partial<ListSecurityRecord> {
  const body = typedBody(req, 'SP.List');
  const change: { writeSecurity?: 1 | 2 | 4; readSecurity?: 1 | 2 } = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (key === 'WriteSecurity' && typeof value === 'number' && WRITE_SECURITY.has(value)) change.writeSecurity = value as 1 | 2 | 4;
    else if (key === 'ReadSecurity' && typeof value === 'number' && READ_SECURITY.has(value)) change.readSecurity = value as 1 | 2;
    else
      throw spBadRequest(
        `The sandbox changes only WriteSecurity (1, 2 or 4) and ReadSecurity (1 or 2) of a list, not '${key}' = ${JSON.stringify(value)}.`,
      );
  }
  return change;
}

async function objectCall(db: SandboxDb, req: SpRequest, ref: ObjectRef, operation: ObjectOperation): Promise<SpResult> {
  const select = req.query.get('$select');
  if (operation.op === 'self' && req.method === 'GET') {
    const { shape } = resolveObject(siteIn(db.state, req.siteId), ref);
    return { status: 200, body: selected(shape(), select) };
  }
  if (operation.op === 'roleassignments') {
    if (req.method !== 'GET') throw methodNotAllowed();
    const state = db.state;
    const site = siteIn(state, req.siteId);
    const { securable } = resolveObject(site, ref);
    demand(state, site, req.user, securable, 'enumeratePermissions');
    const expand = new Set((req.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()));
    return { status: 200, body: { value: roleAssignments(site, securable).map((a) => roleAssignmentResource(site, a, expand)) } };
  }
  if (req.method !== 'POST') throw methodNotAllowed();
  if (operation.op === 'self') {
    if (ref.kind !== 'list' || req.override?.toUpperCase() !== 'MERGE') throw methodNotAllowed();
    const ifMatch = req.headers['if-match'];
    if (ifMatch !== undefined && ifMatch.trim() !== '*')
      throw sharePointError(
        412,
        '-1, Microsoft.SharePoint.Client.ClientServiceException',
        "The request ETag value does not match the object's ETag value.",
      );
    const change = listChange(req);
    await db.mutate((state) => {
      const site = siteIn(state, req.siteId);
      const { securable } = resolveObject(site, ref);
      demand(state, site, req.user, securable, 'manageLists');
      if (securable.kind === 'list') setListSecurity(site, securable.listId, change);
    });
    return { status: 204 };
  }
  await db.mutate((state) => {
    const site = siteIn(state, req.siteId);
    const { securable } = resolveObject(site, ref);
    demand(state, site, req.user, securable, 'managePermissions');
    if (operation.op === 'breakroleinheritance') breakRoleInheritance(site, securable, req.user, operation);
    else if (operation.op === 'addroleassignment') addRoleAssignment(site, securable, operation.principalId, operation.roleDefinitionId);
    else removeRoleAssignment(site, securable, operation.principalId, operation.roleDefinitionId);
  });
  return NULL_RESULT;
}

function methodNotAllowed(): SharePointError {
  return sharePointError(
    405,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    'The HTTP method is not allowed for this resource.',
  );
}

/** Answers one call; the caller has been authenticated and found to be a member of the site's group. */
export async function handleApiCall(db: SandboxDb, req: SpRequest): Promise<SpResult> {
  const { target } = req;
  const select = req.query.get('$select');
  const get = req.method === 'GET';
  switch (target.kind) {
    case 'web':
      if (!get) throw methodNotAllowed();
      return { status: 200, body: selected(webResource(siteIn(db.state, req.siteId)), select) };
    case 'currentuser': {
      if (!get) throw methodNotAllowed();
      // SharePoint adds a person to the site's user information list the first time they come.
      const principal = await db.mutate((state) => ensureUserPrincipal(siteIn(state, req.siteId), req.user));
      return { status: 200, body: selected({ properties: principalResource(principal) }, select) };
    }
    case 'associatedgroup':
      if (!get) throw methodNotAllowed();
      return {
        status: 200,
        body: selected({ properties: principalResource(groupPrincipal(siteIn(db.state, req.siteId), target.group)) }, select),
      };
    case 'roledefinitions': {
      if (!get) return createRoleDefinition(db, req);
      const state = db.state;
      const site = siteIn(state, req.siteId);
      demand(state, site, req.user, { kind: 'web' }, 'enumeratePermissions');
      return {
        status: 200,
        body: { value: roleDefinitions(site.security).map((r) => selected({ properties: roleDefinitionResource(r) }, select)) },
      };
    }
    case 'ensureuser':
      if (get) throw methodNotAllowed();
      return ensureUser(db, req);
    case 'object':
      return objectCall(db, req, target.object, target.operation);
  }
}
