import { createGraph } from '../../../src/graph/client';
import { FAKE_ROOT, FakeGraph, FakeTokens } from './support/fake-graph';

interface Item {
  readonly id: number;
}

/** Seven items served three a page, with absolute nextLinks as Graph sends them. */
function pagedList() {
  const all = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
  const fake = new FakeGraph((request) => {
    const url = new URL(FAKE_ROOT + request.path);
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const value = all.slice(skip, skip + 3);
    const next = skip + 3 < all.length ? `${FAKE_ROOT}/sites/s/lists/l/items?$top=3&$skiptoken=${skip + 3}` : undefined;
    return { status: 200, body: { value, ...(next ? { '@odata.nextLink': next } : {}) } };
  });
  const graph = createGraph({ tokens: new FakeTokens(), scopes: [], baseUrl: FAKE_ROOT, fetchImpl: fake.fetch });
  return { fake, graph };
}

describe('paging', () => {
  it('follows @odata.nextLink to the end of the collection', async () => {
    const { fake, graph } = pagedList();
    const items = await graph.all<Item>('/sites/s/lists/l/items?$top=3');
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(fake.calls.map((c) => c.path)).toEqual([
      '/sites/s/lists/l/items?$top=3',
      '/sites/s/lists/l/items?$top=3&$skiptoken=3',
      '/sites/s/lists/l/items?$top=3&$skiptoken=6',
    ]);
  });

  it('stops fetching once maxItems is reached', async () => {
    const { fake, graph } = pagedList();
    const items = await graph.all<Item>('/sites/s/lists/l/items?$top=3', { maxItems: 5 });
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
    expect(fake.calls).toHaveLength(2);
  });

  it('sends the request headers on every page', async () => {
    const { fake, graph } = pagedList();
    await graph.all<Item>('/sites/s/lists/l/items?$top=3', { headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } });
    expect(fake.calls.every((c) => c.headers.get('prefer') === 'HonorNonIndexedQueriesWarningMayFailRandomly')).toBe(true);
  });
});
