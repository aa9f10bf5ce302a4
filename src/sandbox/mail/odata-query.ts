import { GraphHttpError } from '../http/types';

/**
 * The OData query options the sandbox's mail and calendar collections support: $select, $top,
 * $skip, $orderby and a $filter of `path op literal` clauses joined by `and` — applied to the
 * rendered Graph JSON, so a filter reads exactly like it does against Graph.
 */
export type Json = Record<string, unknown>;

type Op = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
interface Clause {
  readonly path: string[];
  readonly op: Op;
  readonly value: string | number | boolean | null;
}

const CLAUSE = /^\s*([A-Za-z][\w/]*)\s+(eq|ne|gt|ge|lt|le)\s+('(?:[^']|'')*'|true|false|null|-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)\s*$/i;

function splitAnd(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i] ?? '';
    if (ch === "'") inQuote = !inQuote;
    if (!inQuote && /^\sand\s/i.test(filter.slice(i, i + 5))) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

export function parseFilter(filter: string): Clause[] {
  return splitAnd(filter.trim()).map((part) => {
    const m = CLAUSE.exec(part.replace(/^\s*\((.*)\)\s*$/, '$1'));
    if (!m) throw new GraphHttpError(400, 'BadRequest', `Invalid filter clause: '${part.trim()}' is not supported.`);
    const raw = m[3] ?? '';
    let value: Clause['value'];
    if (raw.startsWith("'")) value = raw.slice(1, -1).replace(/''/g, "'");
    else if (/^(true|false)$/i.test(raw)) value = raw.toLowerCase() === 'true';
    else if (/^null$/i.test(raw)) value = null;
    else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    else value = raw;
    return { path: (m[1] ?? '').split('/'), op: (m[2] ?? 'eq').toLowerCase() as Op, value };
  });
}

function valueAt(item: unknown, path: readonly string[]): unknown {
  let current: unknown = item;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

function compare(a: unknown, b: Clause['value']): number | undefined {
  if (a === undefined || a === null || b === null) return a === b || (a === undefined && b === null) ? 0 : undefined;
  if (typeof a === 'string' && typeof b === 'string' && ISO.test(a) && ISO.test(b)) {
    const zone = (s: string): string => (/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}Z`);
    return Date.parse(zone(a)) - Date.parse(zone(b));
  }
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase() ? 0 : a.localeCompare(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : undefined;
  return undefined;
}

export function matches(item: Json, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => {
    const r = compare(valueAt(item, c.path), c.value);
    switch (c.op) {
      case 'eq': return r === 0;
      case 'ne': return r !== 0;
      case 'gt': return r !== undefined && r > 0;
      case 'ge': return r !== undefined && r >= 0;
      case 'lt': return r !== undefined && r < 0;
      case 'le': return r !== undefined && r <= 0;
    }
  });
}

/** Sorts by `$orderby` ("receivedDateTime desc, subject"). */
export function orderBy(items: Json[], orderby: string | null, fallback?: string): Json[] {
  const spec = (orderby ?? fallback ?? '').trim();
  if (!spec) return items;
  const keys = spec.split(',').map((k) => {
    const [path = '', dir = 'asc'] = k.trim().split(/\s+/);
    return { path: path.split('/'), desc: dir.toLowerCase() === 'desc' };
  });
  return [...items].sort((x, y) => {
    for (const k of keys) {
      const a = valueAt(x, k.path);
      const b = valueAt(y, k.path);
      const r = String(a ?? '').localeCompare(String(b ?? ''));
      if (r !== 0) return k.desc ? -r : r;
    }
    return 0;
  });
}

/** Keeps the `$select`ed properties plus the ones Graph always returns (id, annotations). */
export function select(item: Json, selectParam: string | null | undefined): Json {
  if (!selectParam) return item;
  const wanted = new Set(selectParam.split(',').map((s) => s.trim()).filter(Boolean));
  const out: Json = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key.startsWith('@') || wanted.has(key)) out[key] = value;
  }
  return out;
}

export interface PageOptions {
  readonly query: URLSearchParams;
  /** Absolute URL of the collection without query, for @odata.nextLink. */
  readonly url: string;
  readonly defaultTop: number;
  readonly maxTop?: number;
}

/** Applies $filter/$orderby/$skip/$top and returns the Graph collection body with a nextLink if more remain. */
export function collectionPage(items: Json[], opts: PageOptions & { readonly defaultOrder?: string }): Json {
  const q = opts.query;
  const filter = q.get('$filter');
  const filtered = filter ? items.filter((i) => matches(i, parseFilter(filter))) : items;
  const ordered = orderBy(filtered, q.get('$orderby'), opts.defaultOrder);
  const skip = Math.max(0, Number(q.get('$skip') ?? '0') || 0);
  const top = Math.min(opts.maxTop ?? 1000, Math.max(1, Number(q.get('$top') ?? opts.defaultTop) || opts.defaultTop));
  const page = ordered.slice(skip, skip + top).map((i) => select(i, q.get('$select')));
  const body: Json = {};
  if (q.get('$count') === 'true') body['@odata.count'] = ordered.length;
  body.value = page;
  if (skip + top < ordered.length) {
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + top));
    next.set('$top', String(top));
    body['@odata.nextLink'] = `${opts.url}?${next.toString()}`;
  }
  return body;
}
