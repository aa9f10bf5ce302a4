import type { CallerHandler, CallerRequest, Route, SandboxContext } from '../http/types';
import { forApps } from '../http/types';
import { GraphHttpError } from '../http/types';
import { paginate } from '../http/odata/page';
import { queryOption } from '../http/odata/query-option';
import { collection, created, noContent, ok } from '../http/odata/responses';
import { applySelect, selectFromQuery, selectList } from '../http/odata/select';
import { itemEdit } from '../sharepoint/enforce';
import type { SandboxState } from '../state';
import { caller, callerMayReadItem, nowIso, requireItem, requireItemWriteBy, siteAndList } from './access';
import { applyFields, checkIfMatch, coerceFields } from './fields';
import { queryItems } from './query';
import { fieldsResource, itemEtag, itemResource } from './shape';
import type { ListItemRecord, ListRecord, SiteRecord } from './state';
import { checkUniqueValues } from './unique';

/** Graph's default page of list items; `$top` may ask for up to 5,000. */
export const DEFAULT_ITEM_PAGE = 200;
const MAX_ITEM_PAGE = 5000;

/** `$expand=fields` or `$expand=fields($select=A,B)`. */
function expandOf(req: CallerRequest): { fields: boolean; fieldSelect?: string[] } {
  const expand = queryOption(req.query, 'expand');
  if (!expand) return { fields: false };
  const m = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(expand);
  if (!m)
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Parsing OData Select and Expand failed: Could not find a property named '${expand}' on type 'microsoft.graph.listItem'.`,
    );
  const fieldSelect = selectList(m[1]);
  return fieldSelect ? { fields: true, fieldSelect } : { fields: true };
}

function render(
  req: CallerRequest,
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  forceFields = false,
): Record<string, unknown> {
  const expand = expandOf(req);
  return applySelect(itemResource(site, list, item, forceFields ? { ...expand, fields: true } : expand), selectFromQuery(req.query));
}

function bodyRecord(req: CallerRequest): Record<string, unknown> {
  const b = req.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw new GraphHttpError(400, 'invalidRequest', 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

async function updateItem(req: CallerRequest, ctx: SandboxContext, fieldsInput: unknown, asFields: boolean) {
  return ctx.db.mutate((state) => {
    const { site, list } = siteAndList(state, req);
    const item = requireItem(list, req.params.itemId ?? '');
    requireItemWriteBy(site, state, req.caller, list, itemEdit(item));
    checkIfMatch(req.headers, itemEtag(item));
    applyFields(item.fields, coerceFields(list, fieldsInput));
    checkUniqueValues(list, item);
    item.version += 1;
    item.lastModifiedDateTime = nowIso(ctx);
    item.lastModifiedBy = caller(req);
    const etag = itemEtag(item);
    return { etag, body: asFields ? fieldsResource(item) : itemResource(site, list, item, { fields: true }) };
  });
}

/** An item the caller may read: with the list's ReadSecurity 2, only their own unless they manage the list (else 404); an application granted the site, any. */
function readableItem(state: SandboxState, req: CallerRequest, site: SiteRecord, list: ListRecord): ListItemRecord {
  const item = requireItem(list, req.params.itemId ?? '');
  if (!callerMayReadItem(site, state, req.caller, list, item))
    throw new GraphHttpError(404, 'itemNotFound', 'The specified list item was not found');
  return item;
}

const ITEMS = '/sites/:siteId/lists/:listId/items';

/** Every list item route serves applications too: the unattended run reads and writes the forum's lists. */
const itemRoutes: readonly (Pick<Route, 'method' | 'pattern'> & { readonly handler: CallerHandler })[] = [
  {
    method: 'GET',
    pattern: ITEMS,
    handler: (req, ctx) => {
      const { site, list } = siteAndList(ctx.db.state, req);
      const state = ctx.db.state;
      const items = queryItems(list, req.query, req.headers).filter((i) => callerMayReadItem(site, state, req.caller, list, i));
      const path = `/sites/${site.id}/lists/${list.id}/items`;
      const page = paginate(items, {
        query: req.query,
        url: `${ctx.baseUrl}${path}`,
        defaultTop: DEFAULT_ITEM_PAGE,
        maxTop: MAX_ITEM_PAGE,
      });
      return collection(ctx.baseUrl, `sites('${site.id}')/lists('${list.id}')/items`, {
        ...page,
        items: page.items.map((i) => render(req, site, list, i)),
      });
    },
  },
  {
    method: 'POST',
    pattern: ITEMS,
    handler: async (req, ctx) => {
      const body = bodyRecord(req);
      const out = await ctx.db.mutate((state) => {
        const { site, list } = siteAndList(state, req);
        requireItemWriteBy(site, state, req.caller, list, { kind: 'add' });
        const values = coerceFields(list, body.fields);
        const who = caller(req);
        const now = nowIso(ctx);
        const item: ListItemRecord = {
          id: String(list.nextItemId),
          guid: ctx.newId(),
          version: 1,
          createdDateTime: now,
          lastModifiedDateTime: now,
          createdBy: who,
          lastModifiedBy: who,
          fields: {},
        };
        applyFields(item.fields, values);
        checkUniqueValues(list, item);
        list.nextItemId += 1;
        list.items.push(item);
        list.lastModifiedDateTime = now;
        return { etag: itemEtag(item), body: itemResource(site, list, item, { fields: true }) };
      });
      return created(out.body, { ETag: out.etag });
    },
  },
  {
    method: 'GET',
    pattern: `${ITEMS}/:itemId`,
    handler: (req, ctx) => {
      const { site, list } = siteAndList(ctx.db.state, req);
      const item = readableItem(ctx.db.state, req, site, list);
      return ok(render(req, site, list, item), { ETag: itemEtag(item) });
    },
  },
  {
    method: 'GET',
    pattern: `${ITEMS}/:itemId/fields`,
    handler: (req, ctx) => {
      const { site, list } = siteAndList(ctx.db.state, req);
      const item = readableItem(ctx.db.state, req, site, list);
      return ok(fieldsResource(item, selectFromQuery(req.query)), { ETag: itemEtag(item) });
    },
  },
  {
    method: 'PATCH',
    pattern: `${ITEMS}/:itemId`,
    handler: async (req, ctx) => {
      const out = await updateItem(req, ctx, bodyRecord(req).fields, false);
      return ok(out.body, { ETag: out.etag });
    },
  },
  {
    method: 'PATCH',
    pattern: `${ITEMS}/:itemId/fields`,
    handler: async (req, ctx) => {
      const out = await updateItem(req, ctx, bodyRecord(req), true);
      return ok(out.body, { ETag: out.etag });
    },
  },
  {
    method: 'DELETE',
    pattern: `${ITEMS}/:itemId`,
    handler: async (req, ctx) => {
      await ctx.db.mutate((state) => {
        const { site, list } = siteAndList(state, req);
        const item = requireItem(list, req.params.itemId ?? '');
        requireItemWriteBy(site, state, req.caller, list, { kind: 'delete' });
        checkIfMatch(req.headers, itemEtag(item));
        list.items = list.items.filter((i) => i.id !== item.id);
        list.lastModifiedDateTime = nowIso(ctx);
      });
      return noContent;
    },
  },
];

export const listItemRoutes: readonly Route[] = itemRoutes.map(forApps);
