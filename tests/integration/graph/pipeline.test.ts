import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import { GraphError, UncertainOutcomeError, type Graph, type GraphRequest } from '../../../src/graph/graph-types';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** The pipeline against the sandbox over HTTP: faults injected through its control API. */
let sandbox: TestSandbox;
let graph: Graph;
const waits: number[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.dispose();
});

beforeEach(async () => {
  await call(sandbox, 'DELETE', '/_sandbox/faults');
  waits.length = 0;
  graph = createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Sites.ReadWrite.All'],
    baseUrl: sandbox.graphUrl,
    // Honour the waits for real, but record them.
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  });
});

async function injectFault(rule: unknown): Promise<void> {
  const res = await call(sandbox, 'POST', '/_sandbox/faults', { body: rule });
  expect(res.status).toBeLessThan(300);
}

const site = TEST_FORUMS.steering.siteId;

async function listId(name: string): Promise<string> {
  const lists = await graph.all<{ id: string; name?: string; displayName?: string }>(`/sites/${site}/lists`);
  const list = lists.find((l) => l.name === name || l.displayName === name);
  if (!list) throw new Error(`no list ${name} among ${lists.map((l) => l.displayName).join(', ')}`);
  return list.id;
}

interface Item {
  readonly id: string;
  readonly fields?: { readonly Title?: string };
}

describe('the Graph pipeline against the sandbox', () => {
  it('a $batch of 20 creates whose 3 get 429 ends with all 20 created once', async () => {
    const actions = await listId('Actions');
    await injectFault({ match: { method: 'POST', path: '/items' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 3 });
    const marker = `batch-${Date.now()}`;
    const requests: GraphRequest[] = Array.from({ length: 20 }, (_, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: `/sites/${site}/lists/${actions}/items`,
      body: { fields: { Title: `${marker}-${i + 1}` } },
    }));

    const responses = await graph.batch(requests);

    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
    expect(waits).toEqual([1000]);
    expect(graph.stats).toMatchObject({ retries: 3 });
    const items = await graph.all<Item>(`/sites/${site}/lists/${actions}/items?$expand=fields`);
    const titles = items.map((i) => i.fields?.Title).filter((t) => t?.startsWith(marker));
    expect(titles.sort()).toEqual(requests.map((r) => `${marker}-${r.id}`).sort());
  });

  it('pages through a list with @odata.nextLink', async () => {
    const meetings = await listId('Meetings');
    graph.stats.reset();
    const items = await graph.all<Item>(`/sites/${site}/lists/${meetings}/items?$top=2&$expand=fields`);
    expect(graph.stats.roundTrips).toBeGreaterThanOrEqual(2);
    const inOnePage = await graph.get<{ value: Item[] }>(`/sites/${site}/lists/${meetings}/items?$top=999`);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.map((i) => i.id)).toEqual(inOnePage.value.map((i) => i.id));

    const firstThree = await graph.all<Item>(`/sites/${site}/lists/${meetings}/items?$top=2`, { maxItems: 3 });
    expect(firstThree.map((i) => i.id)).toEqual(items.slice(0, 3).map((i) => i.id));
  });

  it('retries a throttled single request and stops at the bound with a clear error', async () => {
    await injectFault({ match: { method: 'GET', path: '/me' }, fault: { kind: '503' }, count: 1 });
    await expect(graph.get<{ mail: string }>('/me')).resolves.toMatchObject({ mail: TEST_PEOPLE.secretary.mail });

    const bounded = createGraph({
      tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.secretary.mail),
      scopes: [],
      baseUrl: sandbox.graphUrl,
      retry: { maxRetries: 2 },
      sleep: () => Promise.resolve(),
    });
    await injectFault({ match: { method: 'GET', path: '/me' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 5 });
    const error = (await bounded.get('/me').catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(1);
    expect(error.message).toContain('did not succeed after 3 attempts');
  });

  it('turns a stale If-Match into a 412 conflict', async () => {
    const actions = await listId('Actions');
    const created = await graph.post<{ id: string; '@odata.etag'?: string; eTag?: string }>(`/sites/${site}/lists/${actions}/items`, {
      fields: { Title: 'etag-test' },
    });
    const etag = created['@odata.etag'] ?? created.eTag ?? '';
    await graph.patch(`/sites/${site}/lists/${actions}/items/${created.id}/fields`, { Title: 'first edit' }, { ifMatch: etag });
    await expect(
      graph.patch(`/sites/${site}/lists/${actions}/items/${created.id}/fields`, { Title: 'stale edit' }, { ifMatch: etag }),
    ).rejects.toMatchObject({
      status: 412,
      isConflict: true,
    });
  });

  it('answers 403 on a forum the user is not a member of, as a GraphError', async () => {
    const outsider = createGraph({
      tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.outsider.mail),
      scopes: [],
      baseUrl: sandbox.graphUrl,
    });
    await expect(outsider.get(`/sites/${site}/lists`)).rejects.toMatchObject({ status: 403 });
  });

  describe('POSTs are repeated only when that is safe', () => {
    const mail = (subject: string) => ({
      message: {
        subject,
        body: { contentType: 'text', content: 'x' },
        toRecipients: [{ emailAddress: { address: TEST_PEOPLE.patient.mail } }],
      },
    });
    const outboxed = async (subject: string): Promise<number> =>
      (
        await call<{ value: { subject: string }[] }>(sandbox, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.patient.mail)}`)
      ).body.value.filter((m) => m.subject === subject).length;

    it('a 429 on a sendMail is retried (Graph refused before acting) and the mail goes once', async () => {
      await injectFault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 1 });
      await graph.post('/me/sendMail', mail('Drosles, sendes én gang'));
      expect(waits).toEqual([1000]);
      expect(await outboxed('Drosles, sendes én gang')).toBe(1);
    });

    it.each(['act-then-504', 'act-then-drop'] as const)(
      'a sendMail whose answer is lost (%s) is not repeated: one mail, and an UncertainOutcomeError',
      async (kind) => {
        await injectFault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind }, count: 1 });
        const subject = `Svar tabt ${kind}`;
        const error = await graph.post('/me/sendMail', mail(subject)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UncertainOutcomeError);
        expect(error).toMatchObject({ uncertain: true, status: kind === 'act-then-504' ? 504 : 0 });
        expect(waits).toEqual([]);
        expect(await outboxed(subject)).toBe(1);
      },
    );

    it('a create marked repeatable (a unique key) is sent again after a lost answer and meets its own 409', async () => {
      await injectFault({ match: { method: 'POST', path: '/lists/Submissions/items' }, fault: { kind: 'act-then-504' }, count: 1 });
      const id = `<pipeline.${Date.now()}@afsender.example>`;
      const error = (await graph
        .post(`/sites/${site}/lists/Submissions/items`, { fields: { Title: 'Unik', InternetMessageId: id } }, { repeatable: true })
        .catch((e: unknown) => e)) as GraphError;
      expect(error).toMatchObject({ status: 409, uncertain: false });
      const items = await graph.all<{ fields?: { InternetMessageId?: string } }>(
        `/sites/${site}/lists/Submissions/items?expand=fields&$top=500`,
      );
      expect(items.filter((i) => i.fields?.InternetMessageId === id)).toHaveLength(1);
    });
  });
});
