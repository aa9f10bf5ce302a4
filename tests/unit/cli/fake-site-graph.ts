import { GraphError, type Graph, type GraphResponse, type RequestStats } from '../../../src/graph/graph-types';
import { listDef, type ListName } from '../../../src/store/schema';

interface FakeList {
  id: string;
  name: string;
  displayName: string;
  body: unknown;
  columns: { id: string; name: string; enforceUniqueValues: boolean }[];
}

/**
 * Just enough of Graph for provisioning: a site's lists, listed and created, and their columns, listed, added and
 * updated. An existing list has the schema's columns but those `missing` names, unique as the schema says but those
 * `notUnique` names (a list an earlier version made); `duplicates` names columns whose items hold a value twice, so
 * making them unique is refused with 400 as SharePoint does. Anything else fails loudly.
 */
export class FakeSiteGraph implements Graph {
  readonly lists: FakeList[] = [];
  readonly calls: string[] = [];
  readonly stats: RequestStats = { roundTrips: 0, requests: 0, retries: 0, reset: () => undefined };

  constructor(
    private readonly siteId: string,
    existing: readonly ListName[] = [],
    missing: Readonly<Partial<Record<ListName, readonly string[]>>> = {},
    private readonly old: { readonly notUnique?: readonly string[]; readonly duplicates?: readonly string[] } = {},
  ) {
    for (const name of existing) {
      const columns = listDef(name)
        .columns.filter((c) => !(missing[name] ?? []).includes(c.name))
        .map((c) => ({
          id: `col-${name}-${c.name}`,
          name: c.name,
          enforceUniqueValues: c.unique === true && !(old.notUnique ?? []).includes(`${name}.${c.name}`),
        }));
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
    if (list) return Promise.resolve(list.columns.map((c) => ({ ...c })) as T[]);
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected GET ${url}`));
    return Promise.resolve(this.lists.map(({ id, name, displayName }) => ({ id, name, displayName })) as T[]);
  }

  post<T>(url: string, body: unknown): Promise<T> {
    this.calls.push(`POST ${url}`);
    const target = this.columnsOf(url);
    if (target) {
      const column = body as { name: string; enforceUniqueValues?: boolean };
      target.columns.push({
        id: `col-${target.name}-${column.name}`,
        name: column.name,
        enforceUniqueValues: column.enforceUniqueValues === true,
      });
      return Promise.resolve(body as T);
    }
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected POST ${url}`));
    const created = body as { displayName: string; columns: { name: string }[] };
    const columns = (created.columns as { name: string; enforceUniqueValues?: boolean }[]).map((c) => ({
      id: `col-${created.displayName}-${c.name}`,
      name: c.name,
      enforceUniqueValues: c.enforceUniqueValues === true,
    }));
    const list = { id: `list-${created.displayName}`, name: created.displayName, displayName: created.displayName, body, columns };
    this.lists.push(list);
    return Promise.resolve(list as T);
  }

  private unexpected(what: string): Promise<never> {
    return Promise.reject(new Error(`provisioning should not call ${what}`));
  }

  get<T>(url: string): Promise<T> {
    return this.unexpected(`GET ${url}`);
  }
  patch<T>(url: string, body: unknown): Promise<T> {
    this.calls.push(`PATCH ${url}`);
    const list = this.columnsOf(url);
    const id = decodeURIComponent(/\/columns\/([^/?]+)$/.exec(url)?.[1] ?? '');
    const column = list?.columns.find((c) => c.id === id);
    if (!list || !column) return this.unexpected(`PATCH ${url}`);
    const change = body as { indexed?: boolean; enforceUniqueValues?: boolean };
    if (change.enforceUniqueValues === true && (this.old.duplicates ?? []).includes(`${list.name}.${column.name}`)) {
      return Promise.reject(
        new GraphError(
          400,
          'invalidRequest',
          'This field contains duplicate values. Remove all duplicate values and try the operation again.',
        ),
      );
    }
    if (change.enforceUniqueValues !== undefined) column.enforceUniqueValues = change.enforceUniqueValues;
    return Promise.resolve({ ...column } as T);
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
  uploadSession<T>(url: string): Promise<GraphResponse<T>> {
    return this.unexpected(`upload session ${url}`);
  }
}
