import { seedId, seedInternetMessageId, seedJoinUrl } from '../../../src/sandbox/seed/ids';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

interface Item {
  id: string;
  eTag: string;
  '@odata.etag': string;
  createdBy: { user: { id: string; displayName: string; email: string } };
  lastModifiedBy: { user: { id: string } };
  fields: Record<string, unknown>;
}
interface Collection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const G = TEST_FORUMS.steering.groupId;

describe('sandbox: SharePoint sites, lists and list items', () => {
  let sb: TestSandbox;
  let chair: string;
  let secretary: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  });
  afterAll(() => sb.dispose());

  const items = async (list: string, query = '', token = chair): Promise<Item[]> =>
    (await call<Collection<Item>>(sb, 'GET', `${SITE}/lists/${list}/items?expand=fields${query}`, { token })).body.value;

  it('finds the forum site from its group and lists every list of the schema', async () => {
    const site = await call<{ id: string; webUrl: string }>(sb, 'GET', `/groups/${G}/sites/root`, { token: chair });
    expect(site.body.id).toBe(TEST_FORUMS.steering.siteId);
    const lists = await call<Collection<{ displayName: string }>>(sb, 'GET', `${SITE}/lists?$select=id,displayName`, { token: chair });
    expect(lists.body.value.map((l) => l.displayName)).toEqual(
      expect.arrayContaining(['Forum', 'Members', 'Meetings', 'AgendaItems', 'Submissions', 'Approvals']),
    );
    const columns = await call<Collection<{ name: string; indexed: boolean; choice?: { choices: string[] } }>>(
      sb,
      'GET',
      `${SITE}/lists/Meetings/columns`,
      { token: chair },
    );
    expect(columns.body.value.find((c) => c.name === 'Start')?.indexed).toBe(true);
    expect(columns.body.value.find((c) => c.name === 'End')?.indexed).toBe(false);
    expect(columns.body.value.find((c) => c.name === 'Kind')?.choice?.choices).toContain('planning');
  });

  it('seeds Forum, Members, Meetings (UTC, DST-correct), Submissions and AgendaItems with cross-references', async () => {
    const [forum] = await items('Forum');
    expect(forum?.fields).toMatchObject({
      Title: 'Teststyregruppen',
      ShortName: 'TSG',
      Kind: 'steering-group',
      Mailbox: 'tsg-sekretariat@testregion.example',
    });
    expect(JSON.parse(String(forum?.fields.SettingsJson))).toMatchObject({
      name: 'Teststyregruppen',
      rooms: ['Testlokalet'],
      series: [{ kind: 'ordinary', perYear: 4 }],
    });
    expect(forum?.createdBy.user).toMatchObject({
      id: TEST_PEOPLE.secretary.id,
      displayName: TEST_PEOPLE.secretary.displayName,
      email: TEST_PEOPLE.secretary.mail,
    });

    const members = await items('Members');
    expect(members.find((m) => m.fields.Email === TEST_PEOPLE.chair.mail)?.fields).toMatchObject({
      Role: 'chair',
      SubstituteEmail: TEST_PEOPLE.guest.mail,
      External: false,
    });
    expect(members.find((m) => m.fields.Email === TEST_PEOPLE.patient.mail)?.fields).toMatchObject({
      Role: 'member',
      External: true,
      OrganisationKind: 'patient',
    });

    const meetings = await items('Meetings');
    const byTitle = (t: string): Item | undefined => meetings.find((m) => m.fields.Title === t);
    const planning = byTitle('Planlægningsmøde før møde 1');
    const m1 = byTitle('Styregruppemøde 1');
    expect(m1?.fields).toMatchObject({
      Start: '2026-03-17T08:00:00Z',
      End: '2026-03-17T10:00:00Z',
      EventId: seedId('event', G, 'm1'),
      JoinUrl: seedJoinUrl(G, 'm1'),
      CorrelationId: seedId('meeting', G, 'm1'),
    });
    expect(planning?.fields.Prepares).toBe(m1?.id);
    expect(byTitle('Styregruppemøde 2')?.fields.JoinUrl).toBeUndefined(); // physical only
    expect(byTitle('Styregruppemøde 3')?.fields.EventId).toBeUndefined(); // not booked

    const [submission] = await items('Submissions');
    expect(submission?.fields).toMatchObject({
      InternetMessageId: seedInternetMessageId(G, 'sag-1', 'testregion.example'),
      ConversationId: seedId('conversation', G, 'sag-1'),
      SenderAddress: TEST_PEOPLE.guest.mail,
      ReceivedAt: '2026-10-01T08:15:00Z', // summer time: UTC+2
      Status: 'accepted',
      MeetingId: byTitle('Styregruppemøde 2')?.id,
    });
    const m2 = byTitle('Styregruppemøde 2')?.id ?? '';
    const agenda = await items('AgendaItems', `&$filter=${encodeURIComponent(`fields/MeetingId eq '${m2}'`)}`);
    expect(agenda.map((a) => [a.fields.Number, a.fields.Title, a.fields.MeetingId])).toEqual([
      [1, 'Velkomst', byTitle('Styregruppemøde 2')?.id],
      [2, 'Fælles testindsats', byTitle('Styregruppemøde 2')?.id],
    ]);
    expect(agenda[1]?.fields).toMatchObject({
      Recommendations: 'at styregruppen drøfter\nat styregruppen beslutter',
      SubmissionId: submission?.id,
      Standing: false,
    });
  });

  it("agrees with the group calendar: a booked meeting's EventId and JoinUrl are the event's", async () => {
    const m1 = (await items('Meetings')).find((m) => m.fields.Title === 'Styregruppemøde 1');
    const event = await call<{ id: string; onlineMeeting?: { joinUrl: string } }>(
      sb,
      'GET',
      `/groups/${G}/events/${String(m1?.fields.EventId)}`,
      { token: secretary },
    );
    expect(event.status).toBe(200);
    expect(event.body.id).toBe(m1?.fields.EventId);
    expect(event.body.onlineMeeting?.joinUrl).toBe(m1?.fields.JoinUrl);
  });

  it('creates items stamped with the caller as createdBy, whatever the body says', async () => {
    const res = await call<Item>(sb, 'POST', `${SITE}/lists/Approvals/items`, {
      token: chair,
      body: {
        createdBy: { user: { id: TEST_PEOPLE.secretary.id, displayName: 'Forged' } },
        fields: { Title: 'Godkendt', Decision: 'approved', ContentHash: 'abc' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.createdBy.user).toMatchObject({
      id: TEST_PEOPLE.chair.id,
      displayName: 'Cecilie Chair',
      email: TEST_PEOPLE.chair.mail,
    });
    expect(res.body.id).toMatch(/^\d+$/);
    expect(res.body.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(res.headers.get('etag')).toBe(res.body.eTag);
    const forged = await call(sb, 'POST', `${SITE}/lists/Approvals/items`, {
      token: chair,
      body: { fields: { Author: 'someone', Title: 'x' } },
    });
    expect(forged.status).toBe(400);
    const unknown = await call<{ error: { message: string } }>(sb, 'POST', `${SITE}/lists/Approvals/items`, {
      token: chair,
      body: { fields: { Nope: 1 } },
    });
    expect(unknown.body.error.message).toBe("Field 'Nope' is not recognized");
  });

  it('updates with If-Match: current eTag ok, stale eTag 412, * ok; the modifier is stamped', async () => {
    const created = (
      await call<Item>(sb, 'POST', `${SITE}/lists/AgendaItems/items`, {
        token: chair,
        body: { fields: { Title: 'Følg op', Description: 'åben' } },
      })
    ).body;
    const path = `${SITE}/lists/AgendaItems/items/${created.id}`;
    const first = await call<Record<string, unknown>>(sb, 'PATCH', `${path}/fields`, {
      token: secretary,
      body: { Description: 'færdig' },
      headers: { 'If-Match': created.eTag },
    });
    expect(first.status).toBe(200);
    expect(first.body.Description).toBe('færdig');
    const stale = await call<{ error: { code: string } }>(sb, 'PATCH', `${path}/fields`, {
      token: chair,
      body: { Description: 'åben' },
      headers: { 'If-Match': created.eTag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    const star = await call<Item>(sb, 'PATCH', path, {
      token: chair,
      body: { fields: { Presenter: 'Sofie' } },
      headers: { 'If-Match': '*' },
    });
    expect(star.status).toBe(200);
    expect(star.body.fields).toMatchObject({ Description: 'færdig', Presenter: 'Sofie' });
    expect(star.body.eTag).toMatch(/,3"$/);
    const after = (await call<Item>(sb, 'GET', `${path}?expand=fields`, { token: chair })).body;
    expect(after.createdBy.user.id).toBe(TEST_PEOPLE.chair.id);
    expect(after.lastModifiedBy.user.id).toBe(TEST_PEOPLE.chair.id);
    // Deleting needs the current eTag too (the chairs order the agenda; the secretary deletes here).
    expect((await call(sb, 'DELETE', path, { token: secretary, headers: { 'If-Match': created.eTag } })).status).toBe(412);
    expect((await call(sb, 'DELETE', path, { token: secretary, headers: { 'If-Match': after.eTag } })).status).toBe(204);
    expect((await call(sb, 'GET', path, { token: chair })).status).toBe(404);
  });

  it('filters with eq/ne/ge/le/and on strings, dates, numbers and booleans, and orders', async () => {
    const q = (filter: string, order = ''): Promise<Item[]> => items('Meetings', `&$filter=${encodeURIComponent(filter)}${order}`);
    expect((await q("fields/Kind eq 'ordinary'")).map((m) => m.fields.Title)).toEqual([
      'Styregruppemøde 1',
      'Styregruppemøde 2',
      'Styregruppemøde 3',
    ]);
    expect((await q("fields/Kind ne 'ordinary'")).map((m) => m.fields.Title)).toEqual(['Planlægningsmøde før møde 1']);
    const range = await q(
      "fields/Start ge '2026-03-17T08:00:00Z' and fields/Start le '2026-10-29T08:00:00Z'",
      '&$orderby=fields/Start desc',
    );
    expect(range.map((m) => m.fields.Title)).toEqual(['Styregruppemøde 2', 'Styregruppemøde 1']);
    expect((await q("fields/Start gt '2026-10-29T08:00:00Z' or fields/Status eq 'held'")).length).toBe(3);
  });

  it('requires Prefer: HonorNonIndexedQueriesWarningMayFailRandomly for non-indexed columns', async () => {
    const path = `${SITE}/lists/AgendaItems/items?expand=fields&$filter=${encodeURIComponent('fields/Number ge 2 and fields/Standing eq false')}`;
    const refused = await call<{ error: { code: string; message: string } }>(sb, 'GET', path, { token: chair });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/cannot be referenced in filter or orderby as it is not indexed/);
    const allowed = await call<Collection<Item>>(sb, 'GET', path, {
      token: chair,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(allowed.body.value.map((a) => a.fields.Title)).toEqual(['Fælles testindsats']);
  });

  it('pages with $top and @odata.nextLink, 200 items by default', async () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: `${SITE}/lists/Consultations/items`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `Høring ${i + 1}`, Status: 'open' } },
    }));
    const batch = await call<{ responses: { status: number }[] }>(sb, 'POST', '/$batch', { token: secretary, body: { requests } });
    expect(batch.body.responses.every((r) => r.status === 201)).toBe(true);
    const seen: string[] = [];
    let url: string | undefined = `${SITE}/lists/Consultations/items?$top=5&expand=fields($select=Title)`;
    let pages = 0;
    while (url) {
      const page: { body: Collection<Item> } = await call<Collection<Item>>(sb, 'GET', url, { token: chair });
      seen.push(...page.body.value.map((i) => String(i.fields.Title)));
      url = page.body['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(requests.map((r) => r.body.fields.Title));
    expect(
      Object.keys(
        (await call<Collection<Item>>(sb, 'GET', `${SITE}/lists/Consultations/items?$top=1&expand=fields($select=Title)`, { token: chair }))
          .body.value[0]?.fields ?? {},
      ).sort(),
    ).toEqual(['@odata.etag', 'Title']);
  });

  it('creates a list with indexed columns via POST /sites/{id}/lists', async () => {
    const res = await call<{ id: string; columns: { name: string; indexed: boolean }[] }>(sb, 'POST', `${SITE}/lists`, {
      token: secretary,
      body: {
        displayName: 'Notes',
        columns: [
          { name: 'Topic', text: {}, indexed: true },
          { name: 'Score', number: {} },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.columns.map((c) => [c.name, c.indexed])).toEqual([
      ['Title', false],
      ['Topic', true],
      ['Score', false],
    ]);
    expect((await call(sb, 'POST', `${SITE}/lists`, { token: secretary, body: { displayName: 'Notes' } })).status).toBe(409);
    expect((await call(sb, 'GET', `${SITE}/lists/${res.body.id}`, { token: chair })).status).toBe(200);
  });

  it('answers 403 on a forum site the caller is not a member of', async () => {
    const other = `/sites/${TEST_FORUMS.theme.siteId}`;
    expect((await call(sb, 'GET', `${other}/lists`, { token: chair })).status).toBe(403);
    expect((await call(sb, 'GET', `${other}/lists/Meetings/items`, { token: chair })).status).toBe(403);
    expect((await call(sb, 'POST', `${other}/lists/Meetings/items`, { token: chair, body: { fields: { Title: 'x' } } })).status).toBe(403);
    expect((await call(sb, 'GET', `/groups/${TEST_FORUMS.theme.groupId}/sites/root`, { token: chair })).status).toBe(403);
    const outsider = await tokenFor(sb, TEST_PEOPLE.outsider.mail);
    expect((await call(sb, 'GET', `${SITE}/lists`, { token: outsider })).status).toBe(403);
  });
});
