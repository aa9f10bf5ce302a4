import { createGraph } from '../../../src/graph/client';
import { MemoryDeltaLinkStore, SessionStorageDeltaLinkStore } from '../../../src/graph/delta-link-stores';
import { FAKE_ROOT, FakeGraph, FakeTokens, type FakeReply } from './support/fake-graph';

interface Message {
  readonly id: string;
}

const FOLDER = '/users/mb/mailFolders/inbox/messages/delta';

/** A mailbox delta: round 1 returns m1..m3 over two pages, then m4 after the first deltaLink. */
function mailbox(options: { failSecondPage?: boolean; expireToken?: boolean } = {}) {
  let secondPageFailures = options.failSecondPage ? 1 : 0;
  const routes: Record<string, () => FakeReply> = {
    [FOLDER]: () => ({ status: 200, body: { value: [{ id: 'm1' }, { id: 'm2' }], '@odata.nextLink': `${FAKE_ROOT}${FOLDER}?$skiptoken=p2` } }),
    [`${FOLDER}?$skiptoken=p2`]: () =>
      secondPageFailures-- > 0
        ? { status: 500, body: { error: { code: 'generalException', message: 'boom' } } }
        : { status: 200, body: { value: [{ id: 'm3' }], '@odata.deltaLink': `${FAKE_ROOT}${FOLDER}?$deltatoken=t1` } },
    [`${FOLDER}?$deltatoken=t1`]: () =>
      options.expireToken
        ? { status: 410, body: { error: { code: 'SyncStateNotFound', message: 'expired' } } }
        : { status: 200, body: { value: [{ id: 'm4' }], '@odata.deltaLink': `${FAKE_ROOT}${FOLDER}?$deltatoken=t2` } },
  };
  const fake = new FakeGraph((request) => routes[request.path]?.());
  const graph = createGraph({ tokens: new FakeTokens(), scopes: [], baseUrl: FAKE_ROOT, fetchImpl: fake.fetch });
  return { fake, graph };
}

describe('delta', () => {
  it('pages through, returns the items and saves the new deltaLink; the next run starts from it', async () => {
    const { graph } = mailbox();
    const links = new MemoryDeltaLinkStore();
    const first = await graph.delta<Message>(FOLDER, 'inbox', links);
    expect(first.items.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(first.deltaLink).toBe(`${FAKE_ROOT}${FOLDER}?$deltatoken=t1`);
    await expect(links.load('inbox')).resolves.toBe(first.deltaLink);

    const second = await graph.delta<Message>(FOLDER, 'inbox', links);
    expect(second.items.map((m) => m.id)).toEqual(['m4']);
    await expect(links.load('inbox')).resolves.toBe(`${FAKE_ROOT}${FOLDER}?$deltatoken=t2`);
  });

  it('saves nothing when a page fails part-way, so the rerun repeats the same changes', async () => {
    const { graph } = mailbox({ failSecondPage: true });
    const links = new MemoryDeltaLinkStore();
    await expect(graph.delta<Message>(FOLDER, 'inbox', links)).rejects.toMatchObject({ status: 500 });
    await expect(links.load('inbox')).resolves.toBeUndefined();

    const rerun = await graph.delta<Message>(FOLDER, 'inbox', links);
    expect(rerun.items.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    await expect(links.load('inbox')).resolves.toBe(rerun.deltaLink);
  });

  it('sends the request headers with every page', async () => {
    const { fake, graph } = mailbox();
    await graph.delta<Message>(FOLDER, 'inbox', new MemoryDeltaLinkStore(), { headers: { Prefer: 'IdType="ImmutableId"' } });
    expect(fake.calls.map((c) => c.headers.get('prefer'))).toEqual(['IdType="ImmutableId"', 'IdType="ImmutableId"']);
  });

  it('starts a full sync when the stored link has expired', async () => {
    const { graph } = mailbox({ expireToken: true });
    const links = new MemoryDeltaLinkStore();
    await links.save('inbox', `${FAKE_ROOT}${FOLDER}?$deltatoken=t1`);
    const result = await graph.delta<Message>(FOLDER, 'inbox', links);
    expect(result.restarted).toBe(true);
    expect(result.items.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps links in sessionStorage under a prefix', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const links = new SessionStorageDeltaLinkStore(storage);
    await expect(links.load('inbox')).resolves.toBeUndefined();
    await links.save('inbox', 'https://graph.microsoft.com/v1.0/x?$deltatoken=1');
    expect([...data.keys()]).toEqual(['sekretariat.deltaLink.inbox']);
    await expect(links.load('inbox')).resolves.toBe('https://graph.microsoft.com/v1.0/x?$deltatoken=1');
  });
});
