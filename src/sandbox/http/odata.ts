import { badRequest } from './errors';
import type { SandboxResponse } from './types';

/** A query option with or without its `$` (Graph accepts `expand=fields` as well as `$expand=fields`). */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

/** The property names of a `$select` list, or undefined when everything is wanted. */
export function selectList(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  return names.length > 0 && !names.includes('*') ? names : undefined;
}

/** Keeps only the selected properties (case-insensitive) plus OData annotations. */
export function applySelect<T extends Record<string, unknown>>(entity: T, select: readonly string[] | undefined): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(entity).filter(([k]) => k.startsWith('@odata.') || wanted.has(k.toLowerCase())));
}

export function selectFromQuery(query: URLSearchParams): string[] | undefined {
  return selectList(queryOption(query, 'select'));
}

export function ok(body: unknown, headers?: Record<string, string>): SandboxResponse {
  return { status: 200, body, ...(headers ? { headers } : {}) };
}

export function created(body: unknown, headers?: Record<string, string>): SandboxResponse {
  return { status: 201, body, ...(headers ? { headers } : {}) };
}

export const noContent: SandboxResponse = { status: 204 };

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextLink?: string;
}

/**
 * One page of a collection by `$top` (page size) and `$skiptoken`, with Graph's `@odata.nextLink`
 * to the next page (the same query with a new skip token).
 */
export function paginate<T>(all: readonly T[], opts: { query: URLSearchParams; baseUrl: string; path: string; defaultTop: number; maxTop: number }): Page<T> {
  const topText = queryOption(opts.query, 'top');
  const top = topText === undefined ? opts.defaultTop : Number(topText);
  if (!Number.isInteger(top) || top < 1) throw badRequest(`Invalid value '${topText ?? ''}' for $top.`, 'invalidRequest');
  const size = Math.min(top, opts.maxTop);
  const token = queryOption(opts.query, 'skiptoken');
  const offset = token ? decodeSkipToken(token) : 0;
  const items = all.slice(offset, offset + size);
  if (offset + size >= all.length) return { items };
  const parts: string[] = [];
  opts.query.forEach((v, k) => {
    if (k !== '$skiptoken' && k !== 'skiptoken') parts.push(`${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`);
  });
  parts.push(`$skiptoken=${encodeSkipToken(offset + size)}`);
  return { items, nextLink: `${opts.baseUrl}${opts.path}?${parts.join('&')}` };
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_Offset=${offset}`).toString('base64url');
}

function decodeSkipToken(token: string): number {
  const m = /^Paged=TRUE&p_Offset=(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m?.[1]) throw badRequest('The $skiptoken is invalid.', 'invalidRequest');
  return Number(m[1]);
}

/** A collection response `{ @odata.context, value, @odata.nextLink? }`. */
export function collection(baseUrl: string, contextFragment: string, page: Page<unknown> | readonly unknown[]): SandboxResponse {
  const p: Page<unknown> = Array.isArray(page) ? { items: page } : (page as Page<unknown>);
  return ok({
    '@odata.context': `${baseUrl}/$metadata#${contextFragment}`,
    ...(p.nextLink ? { '@odata.nextLink': p.nextLink } : {}),
    value: p.items,
  });
}
