import type { CallerRequest, Route } from '../http/types';
import { forApps, GraphHttpError } from '../http/types';
import { requireAppSite } from '../auth/app-access';
import { queryOption } from '../http/odata/query-option';
import { collection, created, noContent, ok } from '../http/odata/responses';
import { applySelect, selectFromQuery } from '../http/odata/select';
import { requireGroupMember } from '../directory/lookup';
import { requireManageLists } from '../sharepoint/enforce';
import { caller, nowIso, requireList, requireSite, requireSiteFor, siteAndList } from './access';
import { parseColumnDefinition, titleColumn, updatedColumn } from './columns';
import { columnResource, listResource, siteResource } from './shape';
import type { ListRecord, SiteRecord } from './state';

function renderList(req: CallerRequest, site: SiteRecord, list: ListRecord): Record<string, unknown> {
  const expand = queryOption(req.query, 'expand') ?? '';
  const withColumns = /(^|,)\s*columns\s*(,|$)/i.test(expand);
  const base = applySelect(listResource(site, list), selectFromQuery(req.query));
  return withColumns ? { ...base, columns: list.columns.map(columnResource) } : base;
}

function bodyRecord(req: CallerRequest): Record<string, unknown> {
  const b = req.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw new GraphHttpError(400, 'invalidRequest', 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

/** `$filter=displayName eq 'X'` (or name) on a site's lists. */
function listFilter(filter: string | undefined): (l: ListRecord) => boolean {
  if (!filter) return () => true;
  const m = /^\s*(displayName|name)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  if (!m) throw new GraphHttpError(400, 'invalidRequest', `Unsupported filter on lists: '${filter}'.`);
  const value = (m[2] ?? '').replace(/''/g, "'").toLowerCase();
  return (l) => (m[1]?.toLowerCase() === 'name' ? l.name : l.displayName).toLowerCase() === value;
}

export const listRoutes: readonly Route[] = [
  forApps({
    method: 'GET',
    pattern: '/groups/:groupId/sites/root',
    handler: (req, ctx) => {
      const state = ctx.db.state;
      if (req.caller.kind === 'app') {
        // Sites.Selected: the group's site answers only when it was granted.
        const group = state.directory.groups.find((g) => g.id === req.params.groupId);
        if (!group) throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
        requireAppSite(req.caller.app, group.siteId, 'read');
        return ok(applySelect(siteResource(requireSiteFor(state, group.siteId, req.caller)), selectFromQuery(req.query)));
      }
      const group = requireGroupMember(state.directory, req.params.groupId ?? '', req.caller.user.id);
      const site = requireSite(state, group.siteId, req.caller.user.id);
      return ok(applySelect(siteResource(site), selectFromQuery(req.query)));
    },
  }),
  forApps({
    method: 'GET',
    pattern: '/sites/:siteId',
    handler: (req, ctx) =>
      ok(applySelect(siteResource(requireSiteFor(ctx.db.state, req.params.siteId ?? '', req.caller)), selectFromQuery(req.query))),
  }),
  forApps({
    method: 'GET',
    pattern: '/sites/:siteId/lists',
    handler: (req, ctx) => {
      const site = requireSiteFor(ctx.db.state, req.params.siteId ?? '', req.caller);
      const lists = site.lists.filter(listFilter(queryOption(req.query, 'filter')));
      return collection(
        ctx.baseUrl,
        `sites('${site.id}')/lists`,
        lists.map((l) => renderList(req, site, l)),
      );
    },
  }),
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists',
    handler: async (req, ctx) => {
      const body = bodyRecord(req);
      const displayName = body.displayName;
      if (typeof displayName !== 'string' || displayName.trim() === '')
        throw new GraphHttpError(400, 'invalidRequest', 'A list needs a displayName.');
      const out = await ctx.db.mutate((state) => {
        const site = requireSite(state, req.params.siteId ?? '', req.user.id);
        requireManageLists(site, state.directory, req.user);
        const name = displayName.replace(/[^A-Za-z0-9_-]/g, '');
        if (
          site.lists.some((l) => l.name.toLowerCase() === name.toLowerCase() || l.displayName.toLowerCase() === displayName.toLowerCase())
        ) {
          throw new GraphHttpError(
            409,
            'nameAlreadyExists',
            'A list, survey, discussion board, or document library with the specified title already exists in this Web site.',
          );
        }
        const columnsIn = Array.isArray(body.columns) ? (body.columns as unknown[]) : [];
        const columns = [titleColumn(ctx.newId()), ...columnsIn.map((c) => parseColumnDefinition(c, ctx.newId()))];
        const now = nowIso(ctx);
        const list: ListRecord = {
          id: ctx.newId(),
          name,
          displayName,
          description: typeof body.description === 'string' ? body.description : '',
          createdDateTime: now,
          lastModifiedDateTime: now,
          createdBy: caller(req),
          columns,
          items: [],
          nextItemId: 1,
        };
        site.lists.push(list);
        return { ...listResource(site, list), columns: list.columns.map(columnResource) };
      });
      return created(out);
    },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId',
    handler: (req, ctx) => {
      const { site, list } = siteAndList(ctx.db.state, req);
      return ok(renderList(req, site, list));
    },
  },
  {
    // Deleting a list takes its items with it (SharePoint keeps it in the site's recycle bin, outside Graph's view).
    method: 'DELETE',
    pattern: '/sites/:siteId/lists/:listId',
    handler: async (req, ctx) => {
      await ctx.db.mutate((state) => {
        const site = requireSite(state, req.params.siteId ?? '', req.user.id);
        const list = requireList(site, req.params.listId ?? '');
        requireManageLists(site, state.directory, req.user, list);
        site.lists = site.lists.filter((l) => l.id !== list.id);
      });
      return noContent;
    },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/columns',
    handler: (req, ctx) => {
      const { site, list } = siteAndList(ctx.db.state, req);
      const select = selectFromQuery(req.query);
      return collection(
        ctx.baseUrl,
        `sites('${site.id}')/lists('${list.id}')/columns`,
        list.columns.map((c) => applySelect(columnResource(c), select)),
      );
    },
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/columns',
    handler: async (req, ctx) => {
      const out = await ctx.db.mutate((state) => {
        const site = requireSite(state, req.params.siteId ?? '', req.user.id);
        const list = requireList(site, req.params.listId ?? '');
        requireManageLists(site, state.directory, req.user, list);
        const col = parseColumnDefinition(req.body, ctx.newId());
        if (list.columns.some((c) => c.name.toLowerCase() === col.name.toLowerCase())) {
          throw new GraphHttpError(409, 'nameAlreadyExists', `A column named '${col.name}' already exists in this list.`);
        }
        list.columns.push(col);
        return columnResource(col);
      });
      return created(out);
    },
  },
  {
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/columns/:columnId',
    handler: async (req, ctx) => {
      const out = await ctx.db.mutate((state) => {
        const site = requireSite(state, req.params.siteId ?? '', req.user.id);
        const list = requireList(site, req.params.listId ?? '');
        requireManageLists(site, state.directory, req.user, list);
        const index = list.columns.findIndex((c) => c.id === req.params.columnId);
        const col = list.columns[index];
        if (!col) throw new GraphHttpError(404, 'itemNotFound', 'The column was not found.');
        const updated = updatedColumn(col, req.body, list.items);
        list.columns[index] = updated;
        return columnResource(updated);
      });
      return ok(out);
    },
  },
];
