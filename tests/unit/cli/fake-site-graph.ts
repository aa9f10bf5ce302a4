import type { Graph, RequestStats } from '../../../src/graph/types';

interface FakeList {
  id: string;
  name: string;
  displayName: string;
  body: unknown;
}

/**
 * Just enough of Graph for provisioning: a site's lists, listed and created. Anything else the
 * provisioning code is not supposed to call fails loudly.
 */
export class FakeSiteGraph implements Graph {
  readonly lists: FakeList[] = [];
  readonly calls: string[] = [];
  readonly stats: RequestStats = { roundTrips: 0, requests: 0, retries: 0, reset: () => undefined };

  constructor(
    private readonly siteId: string,
    existing: readonly string[] = [],
  ) {
    for (const name of existing) this.lists.push({ id: `list-${name}`, name, displayName: name, body: undefined });
  }

  private listsPath(url: string): boolean {
    return url.split('?')[0] === `/sites/${this.siteId}/lists`;
  }

  all<T>(url: string): Promise<T[]> {
    this.calls.push(`GET ${url}`);
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected GET ${url}`));
    return Promise.resolve(this.lists.map(({ id, name, displayName }) => ({ id, name, displayName })) as T[]);
  }

  post<T>(url: string, body: unknown): Promise<T> {
    this.calls.push(`POST ${url}`);
    if (!this.listsPath(url)) return Promise.reject(new Error(`unexpected POST ${url}`));
    const displayName = (body as { displayName: string }).displayName;
    const list = { id: `list-${displayName}`, name: displayName, displayName, body };
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
