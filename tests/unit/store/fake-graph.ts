import {
  GraphError,
  type Graph,
  type GraphRequest,
  type GraphResponse,
  type RequestOptions,
  type RequestStats,
  type UploadFragment,
} from '../../../src/graph/graph-types';

type Handler = (method: string, url: string, body: unknown, options?: RequestOptions) => { status: number; body?: unknown };

/** A Graph facade over a route function; records every call so tests can count round trips. */
export class FakeGraph implements Graph {
  readonly calls: { kind: 'single' | 'batch'; method: string; url: string; size?: number; ifMatch?: string }[] = [];
  readonly stats: RequestStats = { roundTrips: 0, requests: 0, retries: 0, reset: () => undefined };

  constructor(private readonly handler: Handler) {}

  private single<T>(method: string, url: string, body?: unknown, options?: RequestOptions): Promise<T> {
    this.calls.push({ kind: 'single', method, url, ...(options?.ifMatch ? { ifMatch: options.ifMatch } : {}) });
    const r = this.handler(method, url, body, options);
    if (r.status >= 400) return Promise.reject(new GraphError(r.status, 'fake', `fake ${r.status}`));
    return Promise.resolve(r.body as T);
  }

  get<T>(url: string, o?: RequestOptions) {
    return this.single<T>('GET', url, undefined, o);
  }
  post<T>(url: string, b: unknown, o?: RequestOptions) {
    return this.single<T>('POST', url, b, o);
  }
  patch<T>(url: string, b: unknown, o?: RequestOptions) {
    return this.single<T>('PATCH', url, b, o);
  }
  put<T>(url: string, b: unknown, o?: RequestOptions) {
    return this.single<T>('PUT', url, b, o);
  }
  async delete(url: string, o?: RequestOptions) {
    await this.single('DELETE', url, undefined, o);
  }

  async all<T>(url: string): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = url;
    while (next) {
      const page: { value: T[]; '@odata.nextLink'?: string } = await this.single('GET', next);
      out.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return out;
  }

  async batch(requests: readonly GraphRequest[]): Promise<GraphResponse[]> {
    this.calls.push({ kind: 'batch', method: 'POST', url: '/$batch', size: requests.length });
    return requests.map((r) => {
      const a = this.handler(r.method, r.url, r.body);
      return { id: r.id, status: a.status, headers: {}, body: a.body };
    });
  }

  async getBytes(url: string, o?: RequestOptions): Promise<Uint8Array> {
    await this.single('GET', url, undefined, o);
    return new Uint8Array();
  }

  putBytes<T>(url: string, bytes: Uint8Array, _contentType: string, o?: RequestOptions): Promise<T> {
    return this.single<T>('PUT', url, bytes, o);
  }

  async uploadSession<T>(uploadUrl: string, fragment?: UploadFragment): Promise<GraphResponse<T>> {
    const body = await this.single<T>(fragment ? 'PUT' : 'GET', uploadUrl, fragment);
    return { id: 'upload', status: 200, headers: {}, body };
  }

  delta(): never {
    throw new Error('not used');
  }
  deltaPages(): never {
    throw new Error('not used');
  }
}
