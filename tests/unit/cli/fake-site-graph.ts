import type { Graph, RequestStats } from '../../../src/graph/types';
import { listDef, type ListName } from '../../../src/store/schema';

interface FakeList {
  id: string;
  name: string;
  displayName: string;
  body: unknown;
  columns: string[];
}

/**
 * Just enough of Graph for provisioning: a site's lists, listed and created, and their columns, listed and added. An
 * existing list has the schema's columns but those `missing` names. Anything else fails loudly.
 */
export class FakeSiteGraph implements Graph {
  readonly lists: FakeList[] = [];
  readonly calls: string[] = [];
  readonly stats: RequestStats = { roundTrips: 0, requests: 0, retries: 0, reset: () => undefined };

  constructor(
    private readonly siteId: string,
    existing: readonly ListName[] = [],
    missing: Readonly<Partial<Record<ListName, readonly string[]>>> = {},
  ) {
    for (const name of existing) {
      const columns = listDef(name).columns.map((c) => c.name).filter((c) => !(missing[name] ?? []).includes(c));
      this.lists.push({ id: `list-${name}`, name, displayName: name, body: undefined, columns });
    }
  }

  private listsPath(url: string): boolean {
    return url.split('?')[0] === `/sites/${this.siteId}/lists`;
  }

  /** The list a `/lists/{id}/columns` URL names. */
  private columnsOf(url: string): FakeList | undefined {
    const id = new RegExp(`^/sites/${this.siteId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/lists/([^/?]+)/columns`).exec(url)?.[1];
    return this.lists.find((l) => l.id === decodeURIComponent(id ?? ''));
  }

  all<T>(url: string): Promise<T[]> {
    this.calls.push(`GET ${url}`);
    const list = this.columnsOf(url);
    if (list) return Promise.resolve(list.columns.map((name) => ({ name })) as T[]);
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected GET ${url}`));
    return Promise.resolve(this.lists.map(({ id, name, displayName }) => ({ id, name, displayName })) as T[]);
  }

  post<T>(url: string, body: unknown): Promise<T> {
    this.calls.push(`POST ${url}`);
    const target = this.columnsOf(url);
    if (target) {
      target.columns.push((body as { name: string }).name);
      return Promise.resolve(body as T);
    }
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected POST ${url}`));
    const created = body as { displayName: string; columns: { name: string }[] };
    const list = { id: `list-${created.displayName}`, name: created.displayName, displayName: created.displayName, body, columns: created.columns.map((c) => c.name) };
    this.lists.push(list);
    return Promise.resolve(list as T);
  }

  private unexpected(what: string): Promise<never> {
    return Promise.reject(new Error(`provisioning should not call ${what}`));
  }

  get<T>(url: string): Promise<T> {
    return this.unexpected(`GET ${url}`);
  }
  patch<T>(url: string): Promise<T> {
    return this.unexpected(`PATCH ${url}`);
  }
  put<T>(url: string): Promise<T> {
    return this.unexpected(`PUT ${url}`);
  }
  delete(url: string): Promise<void> {
    return this.unexpected(`DELETE ${url}`);
  }
  batch(): Promise<never> {
    return this.unexpected('$batch');
  }
  delta(url: string): Promise<never> {
    return this.unexpected(`delta ${url}`);
  }
  deltaPages(url: string): never {
    throw new Error(`unexpected delta pages ${url}`);
  }
  getBytes(url: string): Promise<Uint8Array> {
    return this.unexpected(`GET bytes ${url}`);
  }
  putBytes<T>(url: string): Promise<T> {
    return this.unexpected(`PUT bytes ${url}`);
  }
}
