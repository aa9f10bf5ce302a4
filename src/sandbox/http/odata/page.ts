import { badRequest } from '../errors';
import { queryOption } from './query-option';

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextLink?: string;
}

export interface PageOptions {
  readonly query: URLSearchParams;
  /** Absolute URL of the collection without query, for `@odata.nextLink`. */
  readonly url: string;
  readonly defaultTop: number;
  readonly maxTop: number;
  /**
   * How the next page is addressed: `skiptoken` (SharePoint and directory collections: an opaque
   * `$skiptoken`, `$top` must be a positive integer) or `skip` (Outlook collections: `$skip` and
   * `$top` in the nextLink, an unusable `$top` falls back to the default).
   */
  readonly paging?: 'skiptoken' | 'skip';
}

/** One page of a collection by `$top` (page size), with Graph's `@odata.nextLink` to the next page. */
export function paginate<T>(all: readonly T[], opts: PageOptions): Page<T> {
  return opts.paging === 'skip' ? pageBySkip(all, opts) : pageBySkipToken(all, opts);
}

function pageBySkipToken<T>(all: readonly T[], opts: PageOptions): Page<T> {
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
  return { items, nextLink: `${opts.url}?${parts.join('&')}` };
}

function pageBySkip<T>(all: readonly T[], opts: PageOptions): Page<T> {
  const q = opts.query;
  const skip = Math.max(0, Number(q.get('$skip') ?? '0') || 0);
  const top = Math.min(opts.maxTop, Math.max(1, Number(q.get('$top') ?? opts.defaultTop) || opts.defaultTop));
  const items = all.slice(skip, skip + top);
  if (skip + top >= all.length) return { items };
  const next = new URLSearchParams(q);
  next.set('$skip', String(skip + top));
  next.set('$top', String(top));
  return { items, nextLink: `${opts.url}?${next.toString()}` };
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_Offset=${offset}`).toString('base64url');
}

function decodeSkipToken(token: string): number {
  const m = /^Paged=TRUE&p_Offset=(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m?.[1]) throw badRequest('The $skiptoken is invalid.', 'invalidRequest');
  return Number(m[1]);
}
