import type { ColumnType } from '../../store/schema';
import { GraphHttpError } from '../http/types';
import { queryOption } from '../http/odata';
import { filterFields, parseFilter } from './filter';
import type { FilterExpr, Literal } from './filter';
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

function test(expr: FilterExpr, list: ListRecord, item: ListItemRecord): boolean {
  switch (expr.kind) {
    case 'and':
      return test(expr.left, list, item) && test(expr.right, list, item);
    case 'or':
      return test(expr.left, list, item) || test(expr.right, list, item);
    case 'not':
      return !test(expr.expr, list, item);
    case 'startswith': {
      const v = rawValue(item, list, expr.field);
      return v !== undefined && String(v).toLowerCase().startsWith(expr.value.toLowerCase());
    }
    case 'cmp': {
      const { type } = typeOf(list, expr.field);
      const a = comparable(type, rawValue(item, list, expr.field));
      const b = comparable(type, expr.value);
      if (a === undefined || b === undefined) return expr.op === 'ne' ? a !== b : expr.op === 'eq' && a === b;
      switch (expr.op) {
        case 'eq': return a === b;
        case 'ne': return a !== b;
        case 'gt': return a > b;
        case 'ge': return a >= b;
        case 'lt': return a < b;
        case 'le': return a <= b;
      }
    }
  }
}

interface OrderKey {
  readonly field: string;
  readonly desc: boolean;
}

function parseOrderBy(text: string): OrderKey[] {
  return text.split(',').map((part) => {
    const m = /^\s*(\S+?)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const path = m?.[1] ?? '';
    const field = /^id$/i.test(path) ? 'id' : /^fields\/(\w+)$/i.exec(path)?.[1];
    if (!field) throw new GraphHttpError(400, 'invalidRequest', `Invalid $orderby clause '${part.trim()}' (use fields/<Name> asc|desc).`);
    return { field: /^id$/i.test(field) ? 'id' : field, desc: m?.[2]?.toLowerCase() === 'desc' };
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
  const filter = filterText ? parseFilter(filterText) : undefined;
  const order = orderText ? parseOrderBy(orderText) : [];
  checkIndexes(list, [...(filter ? filterFields(filter) : []), ...order.map((o) => o.field)], headers);
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
