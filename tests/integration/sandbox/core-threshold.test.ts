import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const ITEMS = 5001;

describe('sandbox: the list view threshold (5,000 items)', () => {
  let sb: TestSandbox;
  let token: string;
  let listId: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const list = await call<{ id: string }>(sb, 'POST', `${SITE}/lists`, {
      token,
      body: {
        displayName: 'Bulk',
        columns: [
          { name: 'Topic', text: {}, indexed: true },
          { name: 'Score', number: {} },
        ],
      },
    });
    listId = list.body.id;
    // 5,001 items through $batch, 20 per batch, 10 batches in flight at a time.
    const batches = Array.from({ length: Math.ceil(ITEMS / 20) }, (_, b) =>
      Array.from({ length: Math.min(20, ITEMS - b * 20) }, (_, i) => {
        const n = b * 20 + i;
        return {
          id: String(i + 1),
          method: 'POST',
          url: `${SITE}/lists/${listId}/items`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: `Item ${n}`, Topic: n % 2 ? 'odd' : 'even', Score: n } },
        };
      }),
    );
    for (let i = 0; i < batches.length; i += 10) {
      const results = await Promise.all(
        batches
          .slice(i, i + 10)
          .map((requests) => call<{ responses: { status: number }[] }>(sb, 'POST', '/$batch', { token, body: { requests } })),
      );
      for (const r of results) if (!r.body.responses.every((s) => s.status === 201)) throw new Error('bulk insert failed');
    }
  }, 120000);
  afterAll(() => sb.dispose());

  const get = (query: string, prefer = true) =>
    call<{ value?: { fields: Record<string, unknown> }[]; error?: { code: string; message: string } }>(
      sb,
      'GET',
      `${SITE}/lists/${listId}/items?expand=fields&${query}`,
      {
        token,
        headers: prefer ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : {},
      },
    );

  it('refuses a filter on a non-indexed column over 5,000 items, even with the Prefer header', async () => {
    const res = await get(`$filter=${encodeURIComponent('fields/Score eq 42')}`);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
    expect((await get('$orderby=fields/Score desc')).status).toBe(400);
  });

  it('still serves filters on indexed columns and unfiltered pages', async () => {
    const odd = await get(`$filter=${encodeURIComponent("fields/Topic eq 'odd'")}&$top=5000`, false);
    expect(odd.status).toBe(200);
    expect(odd.body.value).toHaveLength(2500);
    const page = await get('$top=3', false);
    expect(page.body.value?.map((i) => i.fields.Score)).toEqual([0, 1, 2]);
  });
});
