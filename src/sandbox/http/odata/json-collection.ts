import { matches, parseFilter, type FilterGrammar } from './filter';
import type { Json } from './json';
import { orderBy } from './orderby';
import { paginate } from './page';
import { applySelect, selectList } from './select';

/**
 * The `$filter` Outlook's mail and calendar collections accept here: `path op literal` clauses
 * joined by `and` (no `or`, `not` or `startswith`), on property paths like `from/emailAddress/address`.
 */
export const OUTLOOK_FILTER: FilterGrammar = {
  or: false,
  not: false,
  startswith: false,
  errorCode: 'BadRequest',
  property: (path, invalid) => {
    if (!/^[A-Za-z][\w/]*$/.test(path)) throw invalid(`'${path}' is not a property path`);
    return path;
  },
};

/** Keeps the `$select`ed properties plus the ones Graph always returns on Outlook items (id, annotations). */
export function selectJson(item: Json, selectParam: string | null | undefined): Json {
  return applySelect(item, selectList(selectParam), ['id']);
}

export interface CollectionPageOptions {
  readonly query: URLSearchParams;
  /** Absolute URL of the collection without query, for @odata.nextLink. */
  readonly url: string;
  readonly defaultTop: number;
  readonly maxTop?: number;
  readonly defaultOrder?: string;
}

/** Applies $filter/$orderby/$skip/$top/$select/$count to rendered JSON and returns the Graph collection body with a nextLink if more remain. */
export function collectionPage(items: readonly Json[], opts: CollectionPageOptions): Json {
  const q = opts.query;
  const filterText = q.get('$filter');
  const filter = filterText ? parseFilter(filterText, OUTLOOK_FILTER) : undefined;
  const filtered = filter ? items.filter((i) => matches(i, filter)) : items;
  const ordered = orderBy(filtered, q.get('$orderby'), opts.defaultOrder);
  const page = paginate(ordered, { query: q, url: opts.url, defaultTop: opts.defaultTop, maxTop: opts.maxTop ?? 1000, paging: 'skip' });
  const body: Json = {};
  if (q.get('$count') === 'true') body['@odata.count'] = ordered.length;
  body.value = page.items.map((i) => selectJson(i, q.get('$select')));
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  return body;
}
