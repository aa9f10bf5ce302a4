import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, Route } from '../http/types';
import { requireFolder } from './mailbox';
import { decodeDeltaToken, deltaPage, encodeDeltaToken, startRound, type DeltaToken, type ReceivedFilter } from './delta';
import { parseFilter, type FilterExpr } from '../http/odata/filter';
import { renderOptions } from './message-routes';
import { selectJson } from '../http/odata/json-collection';
import type { Json } from '../http/odata/json';
import { renderMessage } from './render';
import { afterRelease, readMailbox } from './request-mailbox';

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;

function pageSize(prefer: string | undefined): number | undefined {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  return m ? Math.min(MAX_PAGE, Math.max(1, Number(m[1]))) : undefined;
}

/**
 * The `$filter` message delta takes on its first request: only `receivedDateTime ge {value}` or
 * `receivedDateTime gt {value}` (Graph's message: delta reference); anything else is refused as Exchange does.
 */
function receivedFilter(text: string | null): ReceivedFilter | undefined {
  if (text === null || text.trim() === '') return undefined;
  const refuse = (): GraphHttpError =>
    new GraphHttpError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
  const expr = ((): FilterExpr => {
    try {
      return parseFilter(text, { and: false, or: false, not: false, startswith: false });
    } catch {
      throw refuse();
    }
  })();
  if (expr.kind !== 'cmp' || expr.path !== 'receivedDateTime' || (expr.op !== 'ge' && expr.op !== 'gt') || typeof expr.value !== 'string')
    throw refuse();
  const instant = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(expr.value) ? expr.value : `${expr.value}Z`);
  if (Number.isNaN(instant)) throw refuse();
  return { op: expr.op, value: new Date(instant).toISOString() };
}

/**
 * GET …/mailFolders/{id}/messages/delta: pages with @odata.nextLink, the last with
 * @odata.deltaLink; a deltaLink returns only what changed since, with `@removed` for messages
 * deleted or moved out. A `$filter` on receivedDateTime (first request only) is kept in the links like `$select`.
 */
const delta: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const folder = requireFolder(box, req.params.folderId ?? '');
  const raw = req.query.get('$deltatoken') ?? req.query.get('$skiptoken');
  let token: DeltaToken;
  if (raw) {
    const decoded = decodeDeltaToken(raw);
    if (!decoded || decoded.folderId !== folder.id) {
      throw new GraphHttpError(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupt or otherwise invalid.');
    }
    token = req.query.has('$deltatoken') ? startRound(decoded.folderId, decoded.since, decoded.select, decoded.received) : decoded;
  } else {
    token = startRound(folder.id, 0, req.query.get('$select') ?? undefined, receivedFilter(req.query.get('$filter')));
  }
  const size = pageSize(req.headers.prefer);
  const page = deltaPage(box, token, ctx.db.state.mail.changeSeq, size ?? DEFAULT_PAGE);
  const opts = renderOptions(req, token.select);
  const value: Json[] = page.entries.map((e) =>
    e.kind === 'message'
      ? selectJson(renderMessage(e.message, opts), token.select)
      : { '@odata.type': '#microsoft.graph.message', id: e.id, '@removed': { reason: 'deleted' } },
  );
  const link = `${ctx.baseUrl}${req.path}`;
  const body: Json = { value };
  if (page.next) body['@odata.nextLink'] = `${link}?$skiptoken=${encodeDeltaToken(page.next)}`;
  if (page.delta) body['@odata.deltaLink'] = `${link}?$deltatoken=${encodeDeltaToken(page.delta)}`;
  return { status: 200, body, ...(size ? { headers: { 'preference-applied': `odata.maxpagesize=${size}` } } : {}) };
};

export const deltaRoutes: Route[] = ['/me', '/users/:userId'].map((p) =>
  forApps({
    method: 'GET',
    pattern: `${p}/mailFolders/:folderId/messages/delta`,
    handler: afterRelease(delta),
  }),
);
