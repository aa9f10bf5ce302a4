import type { ColumnType } from '../../store/schema';
import { GraphHttpError } from '../http/types';
import { evaluateFilter, filterPaths, parseFilter, type FilterExpr, type FilterGrammar, type Literal } from '../http/odata/filter';
import { parseOrderBy } from '../http/odata/orderby';
import { queryOption } from '../http/odata/query-option';
import type { FieldValue, ListItemRecord, ListRecord } from './state';

/** SharePoint's list view threshold: above it, queries must use indexed columns. */
export const LIST_VIEW_THRESHOLD = 5000;
const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

type FieldType = ColumnType | 'id';
type Comparable = number | string | boolean;

function typeOf(list: ListRecord, field: string): { type: FieldType; indexed: boolean } {
  if (field === 'id') return { type: 'id', indexed: true };
  if (/^(Created|Modified)$/i.test(field)) return { type: 'dateTime', indexed: false };
  const col = list.columns.find((c) => c.name.toLowerCase() === field.toLowerCase());
  if (!col) throw new GraphHttpError(400, 'invalidRequest', `Field '${field}' is not recognized`);
  return { type: col.type, indexed: col.indexed };
}

function rawValue(item: ListItemRecord, list: ListRecord, field: string): FieldValue | undefined {
  if (field === 'id') return item.id;
  if (/^Created$/i.test(field)) return item.createdDateTime;
  if (/^Modified$/i.test(field)) return item.lastModifiedDateTime;
  const col = list.columns.find((c) => c.name.toLowerCase() === field.toLowerCase());
  return col ? item.fields[col.name] : undefined;
}

function comparable(type: FieldType, v: FieldValue | Literal | undefined): Comparable | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  switch (type) {
    case 'id':
    case 'number': {
      const n = Number(v);
      if (Number.isNaN(n)) throw new GraphHttpError(400, 'invalidRequest', `'${String(v)}' is not a number.`);
      return n;
    }
    case 'dateTime': {
      const t = Date.parse(String(v));
      if (Number.isNaN(t)) throw new GraphHttpError(400, 'invalidRequest', `'${String(v)}' is not a valid date and time.`);
      return t;
    }
    case 'boolean':
      return v === true || v === 1 || v === '1' || String(v).toLowerCase() === 'true';
    default:
      return String(v).toLowerCase();
  }
}

/**
 * List item filters: `fields/<Name>` (or `id`) paths, recorded as the field name, with the full
 * grammar (and, or, not, startswith).
 */
const LIST_ITEM_FILTER: FilterGrammar = {
  property: (path, invalid) => {
    if (/^id$/i.test(path)) return 'id';
    const m = /^fields\/(\w+)$/i.exec(path);
    if (!m?.[1]) throw invalid(`'${path}' is not a list item field (use fields/<Name>)`);
    return /^id$/i.test(m[1]) ? 'id' : m[1];
  },
};

function test(expr: FilterExpr, list: ListRecord, item: ListItemRecord): boolean {
  return evaluateFilter(expr, (clause) => {
    if (clause.kind === 'startswith') {
      const v = rawValue(item, list, clause.path);
      return v !== undefined && String(v).toLowerCase().startsWith(clause.value.toLowerCase());
    }
    const { type } = typeOf(list, clause.path);
    const a = comparable(type, rawValue(item, list, clause.path));
    const b = comparable(type, clause.value);
    if (a === undefined || b === undefined) return clause.op === 'ne' ? a !== b : clause.op === 'eq' && a === b;
    switch (clause.op) {
      case 'eq':
        return a === b;
      case 'ne':
        return a !== b;
      case 'gt':
        return a > b;
      case 'ge':
        return a >= b;
      case 'lt':
        return a < b;
      case 'le':
        return a <= b;
    }
  });
}

interface OrderKey {
  readonly field: string;
  readonly desc: boolean;
}

function parseItemOrderBy(text: string): OrderKey[] {
  const invalid = (clause: string): GraphHttpError =>
    new GraphHttpError(400, 'invalidRequest', `Invalid $orderby clause '${clause}' (use fields/<Name> asc|desc).`);
  return parseOrderBy(text, invalid).map(({ path, desc, clause }) => {
    const field = /^id$/i.test(path) ? 'id' : /^fields\/(\w+)$/i.exec(path)?.[1];
    if (!field) throw invalid(clause);
    return { field: /^id$/i.test(field) ? 'id' : field, desc };
  });
}

/** SharePoint's rules for non-indexed columns in filters and sort orders. */
function checkIndexes(list: ListRecord, fields: readonly string[], headers: Readonly<Record<string, string>>): void {
  const nonIndexed = fields.find((f) => !typeOf(list, f).indexed);
  if (nonIndexed === undefined) return;
  if (list.items.length > LIST_VIEW_THRESHOLD) {
    throw new GraphHttpError(400, 'invalidRequest', 'The attempted operation is prohibited because it exceeds the list view threshold.');
  }
  if (!(headers.prefer ?? '').includes(PREFER_NON_INDEXED)) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Field '${nonIndexed}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
}

/** The items a `$filter` / `$orderby` query selects, in order (by id when no order is given). */
export function queryItems(list: ListRecord, query: URLSearchParams, headers: Readonly<Record<string, string>>): ListItemRecord[] {
  const filterText = queryOption(query, 'filter');
  const orderText = queryOption(query, 'orderby');
  const filter = filterText ? parseFilter(filterText, LIST_ITEM_FILTER) : undefined;
  const order = orderText ? parseItemOrderBy(orderText) : [];
  checkIndexes(list, [...(filter ? filterPaths(filter) : []), ...order.map((o) => o.field)], headers);
  const selected = filter ? list.items.filter((item) => test(filter, list, item)) : [...list.items];
  const keys = [...order, { field: 'id', desc: false }];
  const typed = keys.map((k) => ({ ...k, type: typeOf(list, k.field).type }));
  return selected.sort((x, y) => {
    for (const k of typed) {
      const a = comparable(k.type, rawValue(x, list, k.field));
      const b = comparable(k.type, rawValue(y, list, k.field));
      if (a === b) continue;
      const cmp = a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;
      return k.desc ? -cmp : cmp;
    }
    return 0;
  });
}
