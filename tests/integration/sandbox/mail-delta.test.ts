import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

type Json = Record<string, unknown>;
interface DeltaPage {
  value: Json[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

const SHARED = 'tsg-sekretariat@testregion.example';
const INBOX_DELTA = `/users/${SHARED}/mailFolders/inbox/messages/delta`;

describe('sandbox: messages/delta on a shared mailbox', () => {
  let sb: TestSandbox;
  let secretary: string;
  let outsider: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    outsider = await tokenFor(sb, TEST_PEOPLE.outsider.mail);
  });
  afterAll(() => sb.dispose());

  /** Follows nextLinks to the end of a round; returns everything seen and the deltaLink. */
  async function round(start: string, pageSize = 1): Promise<{ items: Json[]; deltaLink: string; pages: number }> {
    const items: Json[] = [];
    let url = start;
    let pages = 0;
    for (;;) {
      const res: { status: number; body: DeltaPage; headers: Headers } = await call<DeltaPage>(sb, 'GET', url, {
        token: secretary,
        headers: { Prefer: `odata.maxpagesize=${pageSize}` },
      });
      expect(res.status).toBe(200);
      pages++;
      items.push(...res.body.value);
      if (res.body['@odata.deltaLink']) return { items, deltaLink: res.body['@odata.deltaLink'], pages };
      const next = res.body['@odata.nextLink'];
      if (!next) throw new Error('a delta page without nextLink or deltaLink');
      url = next;
    }
  }

  async function sendToShared(subject: string): Promise<void> {
    const res = await call(sb, 'POST', '/me/sendMail', {
      token: secretary,
      body: {
        message: { subject, body: { contentType: 'text', content: 'Hej' }, toRecipients: [{ emailAddress: { address: SHARED } }] },
        saveToSentItems: false,
      },
    });
    expect(res.status).toBe(202);
  }

  it('pages the initial sync, then a deltaLink returns only what changed since', async () => {
    const initial = await round(`${INBOX_DELTA}?$select=subject,receivedDateTime,internetMessageId`);
    expect(initial.items.map((m) => m.subject).sort()).toEqual(['Sagsfremstilling: Fælles testindsats', 'Tak for sidst']);
    expect(initial.pages).toBe(2);
    expect(Object.keys(initial.items[0] ?? {}).sort()).toEqual([
      '@odata.etag',
      '@odata.type',
      'id',
      'internetMessageId',
      'receivedDateTime',
      'subject',
    ]);

    const quiet = await round(initial.deltaLink);
    expect(quiet.items).toEqual([]);

    await sendToShared('Nyt punkt');
    const thanks = initial.items.find((m) => m.subject === 'Tak for sidst');
    const moved = await call(sb, 'POST', `/users/${SHARED}/messages/${String(thanks?.id)}/move`, {
      token: secretary,
      body: { destinationId: 'deleteditems' },
    });
    expect(moved.status).toBe(201);

    const changed = await round(quiet.deltaLink, 10);
    expect(changed.items.filter((m) => !m['@removed']).map((m) => m.subject)).toEqual(['Nyt punkt']);
    expect(changed.items.filter((m) => m['@removed']).map((m) => m.id)).toEqual([thanks?.id]);
    expect(Object.keys(changed.items.find((m) => !m['@removed']) ?? {})).toContain('internetMessageId');

    const after = await round(changed.deltaLink);
    expect(after.items).toEqual([]);
  });

  it('does not lose a change written while a round is being paged', async () => {
    const first = await round(INBOX_DELTA);
    await sendToShared('Før runden');
    const page1 = await call<DeltaPage>(sb, 'GET', first.deltaLink, { token: secretary, headers: { Prefer: 'odata.maxpagesize=1' } });
    expect(page1.body.value.map((m) => m.subject)).toEqual(['Før runden']);
    await sendToShared('Under runden');
    const rest = page1.body['@odata.deltaLink']
      ? { items: [], deltaLink: page1.body['@odata.deltaLink'] }
      : await round(page1.body['@odata.nextLink'] ?? '');
    const next = await round(rest.deltaLink);
    expect([...rest.items, ...next.items].map((m) => m.subject)).toEqual(['Under runden']);
  });

  it('takes $filter=receivedDateTime ge|gt on the first request and keeps it in its links; refuses any other filter', async () => {
    const start = `${INBOX_DELTA}?$select=subject,receivedDateTime&$filter=${encodeURIComponent('receivedDateTime ge 2026-10-02T00:00:00Z')}`;
    const first = await round(start, 10);
    expect(first.items.map((m) => m.subject)).toContain('Nyt punkt');
    expect(first.items.map((m) => m.subject)).not.toContain('Sagsfremstilling: Fælles testindsats');
    expect(first.items.every((m) => String(m.receivedDateTime) >= '2026-10-02')).toBe(true);
    // The seeded mail of 1 October changes: a link without the filter would bring it, this one does not.
    const all = await round(`${INBOX_DELTA}?$select=subject`, 10);
    const early = all.items.find((m) => m.subject === 'Sagsfremstilling: Fælles testindsats');
    expect(
      (await call(sb, 'PATCH', `/users/${SHARED}/messages/${String(early?.id)}`, { token: secretary, body: { categories: ['Sag'] } }))
        .status,
    ).toBe(200);
    expect((await round(all.deltaLink, 10)).items.map((m) => m.subject)).toEqual(['Sagsfremstilling: Fælles testindsats']);
    expect((await round(first.deltaLink, 10)).items).toEqual([]);
    for (const filter of [
      "subject eq 'x'",
      'receivedDateTime lt 2026-10-02T00:00:00Z',
      'receivedDateTime ge 2026-10-02T00:00:00Z and isRead eq false',
    ]) {
      const refused = await call<{ error: { code: string } }>(sb, 'GET', `${INBOX_DELTA}?$filter=${encodeURIComponent(filter)}`, {
        token: secretary,
      });
      expect([refused.status, refused.body.error.code]).toEqual([400, 'ErrorInvalidUrlQueryFilter']);
    }
  });

  it('refuses someone who is not a delegate of the shared mailbox', async () => {
    const res = await call<Json>(sb, 'GET', INBOX_DELTA, { token: outsider });
    expect(res.status).toBe(403);
  });
});
