import type { CallerRequest, Route } from '../http/types';
import { forApps, GraphHttpError } from '../http/types';
import { requireAppRole } from '../auth/app-access';
import type { Caller } from '../auth/caller';
import { findGroup } from './lookup';
import { matches, parseFilter, type FilterGrammar } from '../http/odata/filter';
import { paginate } from '../http/odata/page';
import { queryOption } from '../http/odata/query-option';
import { collection, ok } from '../http/odata/responses';
import { applySelect, selectFromQuery } from '../http/odata/select';
import { requireGroupMember, requireUser } from './lookup';
import type { DirectoryGroup, DirectoryState, DirectoryUser } from './state';
import { groupResource, userResource } from './shape';

function userOut(u: DirectoryUser, req: Pick<CallerRequest, 'query'>, type = false): Record<string, unknown> {
  const select = selectFromQuery(req.query);
  const shaped = applySelect(userResource(u, select !== undefined), select);
  return type ? { '@odata.type': '#microsoft.graph.user', ...shaped } : shaped;
}

function groupOut(g: DirectoryGroup, req: Pick<CallerRequest, 'query'>, type = false): Record<string, unknown> {
  const shaped = applySelect(groupResource(g), selectFromQuery(req.query));
  return type ? { '@odata.type': '#microsoft.graph.group', ...shaped } : shaped;
}

const FILTERABLE: Readonly<Record<string, keyof DirectoryUser>> = {
  mail: 'mail',
  userprincipalname: 'userPrincipalName',
  id: 'id',
  displayname: 'displayName',
};

/** `$filter` on users: `prop eq 'value'` clauses joined by `or` (mail, userPrincipalName, id, displayName). */
const USER_FILTER: FilterGrammar = {
  and: false,
  not: false,
  startswith: false,
  errorCode: 'Request_UnsupportedQuery',
  property: (path, invalid) => {
    const prop = FILTERABLE[path.toLowerCase()];
    if (!prop) throw invalid(`'${path}' is not supported`);
    return prop;
  },
  clause: (clause, invalid) => {
    if (clause.kind !== 'cmp' || clause.op !== 'eq' || typeof clause.value !== 'string')
      throw invalid(`only ${clause.path} eq '<value>' is supported`);
  },
};

function userFilter(filter: string): (u: DirectoryUser) => boolean {
  const expr = parseFilter(filter, USER_FILTER);
  return (u) => matches(u, expr);
}

function memberGroups(dir: DirectoryState, userId: string): DirectoryGroup[] {
  return dir.groups.filter((g) => g.memberIds.includes(userId) || g.ownerIds.includes(userId));
}

/** The group for a person in it, or for an application whose roles let it read groups' members (GroupMember.Read.All). */
function requireGroupFor(dir: DirectoryState, groupId: string, who: Caller): DirectoryGroup {
  if (who.kind === 'user') return requireGroupMember(dir, groupId, who.user.id);
  requireAppRole(who.app, ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All']);
  const group = findGroup(dir, groupId);
  if (!group)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return group;
}

/** `GET /groups/{id}/members` or `/owners`: the users, for a caller who is in the group (or an application allowed to read it). */
function groupUsersRoute(relation: 'members' | 'owners', ids: (g: DirectoryGroup) => readonly string[]): Route {
  return forApps({
    method: 'GET',
    pattern: `/groups/:groupId/${relation}`,
    handler: (req, ctx) => {
      const dir = ctx.db.state.directory;
      const group = requireGroupFor(dir, req.params.groupId ?? '', req.caller);
      const users = ids(group).map((id) => requireUser(dir, id));
      const page = paginate(users, {
        query: req.query,
        url: `${ctx.baseUrl}/groups/${group.id}/${relation}`,
        defaultTop: 100,
        maxTop: 999,
      });
      return collection(ctx.baseUrl, 'directoryObjects', { ...page, items: page.items.map((u) => userOut(u, req, true)) });
    },
  });
}

export const directoryRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handler: (req, ctx) => ok({ '@odata.context': `${ctx.baseUrl}/$metadata#users/$entity`, ...userOut(req.user, req) }),
  },
  {
    method: 'GET',
    pattern: '/users',
    handler: (req, ctx) => {
      const dir = ctx.db.state.directory;
      const filter = queryOption(req.query, 'filter');
      if (!filter && req.user.userType === 'Guest') {
        throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      const users = dir.users.filter(filter ? userFilter(filter) : () => true);
      const page = paginate(users, { query: req.query, url: `${ctx.baseUrl}/users`, defaultTop: 100, maxTop: 999 });
      return collection(ctx.baseUrl, 'users', { ...page, items: page.items.map((u) => userOut(u, req)) });
    },
  },
  forApps({
    method: 'GET',
    pattern: '/users/:userId',
    handler: (req, ctx) => {
      // An application reads users with User.Read.All (or User.ReadBasic.All); a person with their delegated rights.
      if (req.caller.kind === 'app') requireAppRole(req.caller.app, ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All']);
      const user = requireUser(ctx.db.state.directory, req.params.userId ?? '');
      return ok({ '@odata.context': `${ctx.baseUrl}/$metadata#users/$entity`, ...userOut(user, req) });
    },
  }),
  {
    method: 'GET',
    pattern: '/me/memberOf',
    handler: (req, ctx) => {
      const groups = memberGroups(ctx.db.state.directory, req.user.id);
      const page = paginate(groups, { query: req.query, url: `${ctx.baseUrl}/me/memberOf`, defaultTop: 100, maxTop: 999 });
      return collection(ctx.baseUrl, 'directoryObjects', { ...page, items: page.items.map((g) => groupOut(g, req, true)) });
    },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId',
    handler: (req, ctx) => {
      const group = requireGroupMember(ctx.db.state.directory, req.params.groupId ?? '', req.user.id);
      return ok({ '@odata.context': `${ctx.baseUrl}/$metadata#groups/$entity`, ...groupOut(group, req) });
    },
  },
  groupUsersRoute('members', (g) => g.memberIds),
  // Any member of the group (guests included, as under Entra's default guest access) may list its owners.
  groupUsersRoute('owners', (g) => g.ownerIds),
];
