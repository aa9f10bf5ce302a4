import type { IdentitySet, ListItem } from '@microsoft/microsoft-graph-types';
import type { WriteStamp } from '../domain/types';
import type { ListName } from './schema';

/**
 * The Graph boundary: a SharePoint listItem as `GET .../items?expand=fields` returns it.
 * SharePoint adds `email` to the identity's user and `@odata.etag` to the item; `fields` is a bag of
 * column values keyed by the internal names in `schema.ts`.
 */
export type FieldBag = Readonly<Record<string, unknown>>;

export type SharePointIdentitySet = IdentitySet & {
  readonly user?: { readonly id?: string | null; readonly displayName?: string | null; readonly email?: string | null } | null;
};

export type GraphListItem = Omit<ListItem, 'fields' | 'createdBy' | 'lastModifiedBy'> & {
  readonly '@odata.etag'?: string;
  readonly fields?: FieldBag | null;
  readonly createdBy?: SharePointIdentitySet | null;
  readonly lastModifiedBy?: SharePointIdentitySet | null;
};

/** Reads typed values out of an item's `fields`, tolerating missing and oddly typed values. */
export class Fields {
  constructor(private readonly bag: FieldBag) {}

  static of(item: GraphListItem): Fields {
    return new Fields(item.fields ?? {});
  }

  text(name: string, fallback = ''): string {
    const v = this.bag[name];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return fallback;
  }

  optionalText(name: string): string | undefined {
    const v = this.text(name).trim();
    return v === '' ? undefined : v;
  }

  number(name: string): number | undefined {
    const v = this.bag[name];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }

  bool(name: string): boolean {
    const v = this.bag[name];
    return v === true || v === 'true' || v === 1 || v === '1';
  }

  /** A dateTime column as ISO UTC ("2026-03-12T08:00:00Z"), or undefined when absent or unparsable. */
  date(name: string): string | undefined {
    const v = this.bag[name];
    if (typeof v !== 'string' || v.trim() === '') return undefined;
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  }

  /** A choice column constrained to the allowed values. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.text(name);
    return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  }

  /** A note with one entry per line (Recommendations: one "at …" per line); blank lines dropped. */
  lines(name: string): string[] {
    return this.text(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
}

export function etagOf(item: GraphListItem): string {
  return item['@odata.etag'] ?? item.eTag ?? '';
}

export function itemId(item: GraphListItem): string {
  return item.id ?? '';
}

export interface ListQuery {
  readonly filter?: string;
  readonly orderBy?: string;
  readonly top?: number;
}

/** Default page size; SharePoint lists serve up to 5,000 per page. */
export const PAGE_SIZE = 500;

/** `/sites/{siteId}/lists/{ListName}/items` — where items are created; lists are addressed by display name. */
export function listItemsCollectionUrl(siteId: string, list: ListName): string {
  return `/sites/${siteId}/lists/${list}/items`;
}

/** `/sites/{siteId}/lists/{ListName}/items?expand=fields...` — reading items with their fields. */
export function listItemsUrl(siteId: string, list: ListName, query: ListQuery = {}): string {
  const params = [`expand=fields`];
  if (query.filter) params.push(`$filter=${encodeURIComponent(query.filter)}`);
  if (query.orderBy) params.push(`$orderby=${encodeURIComponent(query.orderBy)}`);
  params.push(`$top=${query.top ?? PAGE_SIZE}`);
  return `${listItemsCollectionUrl(siteId, list)}?${params.join('&')}`;
}

export function listItemUrl(siteId: string, list: ListName, id: string): string {
  return `${listItemsCollectionUrl(siteId, list)}/${encodeURIComponent(id)}`;
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * One side of an identitySet: an application when the write was app-only (SharePoint then also names a user
 * "SharePoint App" without an id — the application is who wrote), else the user.
 */
function writer(set: SharePointIdentitySet | null | undefined): { id: string; name: string; app: boolean; email?: string } {
  const app = set?.application;
  if (app?.id) return { id: app.id, name: app.displayName ?? '', app: true };
  const email = set?.user?.email?.trim().toLowerCase();
  return { id: set?.user?.id ?? '', name: set?.user?.displayName ?? '', app: false, ...(email ? { email } : {}) };
}

/** Who created and who last changed an item, as SharePoint stamped them from the callers' tokens. */
export function writeStampOf(item: Pick<GraphListItem, 'createdBy' | 'lastModifiedBy'>): WriteStamp {
  const created = writer(item.createdBy);
  const modified = writer(item.lastModifiedBy);
  return {
    createdById: created.id,
    createdByName: created.name,
    modifiedById: modified.id,
    modifiedByName: modified.name,
    ...(created.app ? { createdByApp: true } : {}),
    ...(modified.app ? { modifiedByApp: true } : {}),
    ...(created.email ? { createdByEmail: created.email } : {}),
    ...(modified.email ? { modifiedByEmail: modified.email } : {}),
  };
}
