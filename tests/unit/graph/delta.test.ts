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
    [FOLDER]: () => ({
      status: 200,
      body: { value: [{ id: 'm1' }, { id: 'm2' }], '@odata.nextLink': `${FAKE_ROOT}${FOLDER}?$skiptoken=p2` },
    }),
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

describe('deltaPages: one page at a time, each link saved once the page is handled', () => {
  it("saves each page's nextLink after the consumer finished it, and the deltaLink after the last", async () => {
    const { graph } = mailbox();
    const links = new MemoryDeltaLinkStore();
    const seen: { ids: string[]; storedWhileHandling: string | undefined; last: boolean }[] = [];
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links)) {
      seen.push({ ids: page.items.map((m) => m.id), storedWhileHandling: await links.load('inbox'), last: page.last });
    }
    expect(seen).toEqual([
      { ids: ['m1', 'm2'], storedWhileHandling: undefined, last: false },
      { ids: ['m3'], storedWhileHandling: `${FAKE_ROOT}${FOLDER}?$skiptoken=p2`, last: true },
    ]);
    await expect(links.load('inbox')).resolves.toBe(`${FAKE_ROOT}${FOLDER}?$deltatoken=t1`);
  });

  it('a consumer that fails on a page saves nothing for it: the next run resumes at that page', async () => {
    const { fake, graph } = mailbox();
    const links = new MemoryDeltaLinkStore();
    const run = async (failOn?: string) => {
      const ids: string[] = [];
      for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links)) {
        if (failOn && page.items.some((m) => m.id === failOn)) throw new Error('crash while recording');
        ids.push(...page.items.map((m) => m.id));
      }
      return ids;
    };
    await expect(run('m3')).rejects.toThrow('crash while recording');
    await expect(links.load('inbox')).resolves.toBe(`${FAKE_ROOT}${FOLDER}?$skiptoken=p2`);
    fake.calls.length = 0;
    await expect(run()).resolves.toEqual(['m3']);
    expect(fake.calls.map((c) => c.path)).toEqual([`${FOLDER}?$skiptoken=p2`]);
  });

  it("a page that fails to arrive leaves the previous page's link stored", async () => {
    const { graph } = mailbox({ failSecondPage: true });
    const links = new MemoryDeltaLinkStore();
    const ids: string[] = [];
    await expect(
      (async () => {
        for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links)) ids.push(...page.items.map((m) => m.id));
      })(),
    ).rejects.toMatchObject({ status: 500 });
    expect(ids).toEqual(['m1', 'm2']);
    await expect(links.load('inbox')).resolves.toBe(`${FAKE_ROOT}${FOLDER}?$skiptoken=p2`);
  });

  it('starts over from the first URL when the stored link expired, and says so', async () => {
    const { graph } = mailbox({ expireToken: true });
    const links = new MemoryDeltaLinkStore();
    await links.save('inbox', `${FAKE_ROOT}${FOLDER}?$deltatoken=t1`);
    const pages = [];
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links)) pages.push(page);
    expect(pages.map((p) => [p.items.map((m) => m.id), p.restarted])).toEqual([
      [['m1', 'm2'], true],
      [['m3'], true],
    ]);
  });

  it('uses a first page fetched in a $batch from the start URL, and fetches it itself when that one failed', async () => {
    const { fake, graph } = mailbox();
    const links = new MemoryDeltaLinkStore();
    const prefetched = { value: [{ id: 'b1' }], '@odata.deltaLink': `${FAKE_ROOT}${FOLDER}?$deltatoken=t1` };
    const ids: string[] = [];
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links, {
      first: { url: FOLDER, response: { id: 'f0', status: 200, headers: {}, body: prefetched } },
    })) {
      ids.push(...page.items.map((m) => m.id));
    }
    expect(ids).toEqual(['b1']);
    expect(fake.calls).toEqual([]);

    const again: string[] = [];
    const throttled = { id: 'f0', status: 429, headers: {}, body: { error: { code: 'TooManyRequests', message: 'later' } } };
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links, {
      first: { url: `${FAKE_ROOT}${FOLDER}?$deltatoken=t1`, response: throttled },
    })) {
      again.push(...page.items.map((m) => m.id));
    }
    expect(again).toEqual(['m4']);
    expect(fake.calls.map((c) => c.path)).toEqual([`${FOLDER}?$deltatoken=t1`]);
  });

  it("a page in mid-round the consumer deems not worth it is not saved on its own; the round's end always is", async () => {
    const { graph } = mailbox();
    const saved: string[] = [];
    const store = new MemoryDeltaLinkStore();
    const links = { load: (k: string) => store.load(k), save: (k: string, link: string) => (saved.push(link), store.save(k, link)) };
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links, {
      worthSaving: (items) => items.some((m) => m.id === 'never'),
    }))
      expect(page.items.length).toBeGreaterThan(0);
    expect(saved).toEqual([`${FAKE_ROOT}${FOLDER}?$deltatoken=t1`]);
  });

  it('a round from a stored link that brought nothing keeps the stored link (a quiet sync writes nothing)', async () => {
    const fake = new FakeGraph((request) =>
      request.path === `${FOLDER}?$deltatoken=q`
        ? { status: 200, body: { value: [], '@odata.deltaLink': `${FAKE_ROOT}${FOLDER}?$deltatoken=q2` } }
        : undefined,
    );
    const graph = createGraph({ tokens: new FakeTokens(), scopes: [], baseUrl: FAKE_ROOT, fetchImpl: fake.fetch });
    const saved: string[] = [];
    const links = {
      load: () => Promise.resolve(`${FAKE_ROOT}${FOLDER}?$deltatoken=q`),
      save: (_key: string, link: string) => Promise.resolve(void saved.push(link)),
    };
    for await (const page of graph.deltaPages<Message>(FOLDER, 'inbox', links)) expect(page.items).toEqual([]);
    expect(saved).toEqual([]);
  });
});
