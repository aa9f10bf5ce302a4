import { seedInternetMessageId } from '../../../src/sandbox/seed/ids';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** SharePoint's enforceUniqueValues in the sandbox: a second item with a unique column's value is refused with 409. */
const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const SEEDED = seedInternetMessageId(TEST_FORUMS.steering.groupId, 'sag-1', 'testregion.example');

interface GraphErrorBody {
  error: { code: string; message: string };
}

describe('sandbox: unique columns', () => {
  let sb: TestSandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  });
  afterAll(() => sb.dispose());

  const post = (list: string, fields: Record<string, unknown>) => call<GraphErrorBody & { id: string; '@odata.etag': string }>(sb, 'POST', `${SITE}/lists/${list}/items`, { token, body: { fields } });

  it('describes the Submissions InternetMessageId column as unique and indexed', async () => {
    const res = await call<{ value: { name: string; indexed: boolean; enforceUniqueValues: boolean }[] }>(sb, 'GET', `${SITE}/lists/Submissions/columns`, { token });
    expect(res.body.value.find((c) => c.name === 'InternetMessageId')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(res.body.value.find((c) => c.name === 'ConversationId')).toMatchObject({ indexed: true, enforceUniqueValues: false });
  });

  it('refuses a POST or PATCH that would duplicate a unique value with 409 in Graph\'s error shape', async () => {
    const dup = await post('Submissions', { Title: 'Igen', InternetMessageId: SEEDED });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('nameAlreadyExists');
    expect(dup.body.error.message).toContain('[InternetMessageId]');
    // Case does not make a value different (SharePoint compares text case-insensitively).
    expect((await post('Submissions', { Title: 'Igen', InternetMessageId: SEEDED.toUpperCase() })).status).toBe(409);

    const other = await post('Submissions', { Title: 'Ny', InternetMessageId: '<ny@afsender.example>' });
    expect(other.status).toBe(201);
    const patch = await call<GraphErrorBody>(sb, 'PATCH', `${SITE}/lists/Submissions/items/${other.body.id}/fields`, { token, body: { InternetMessageId: SEEDED } });
    expect(patch.status).toBe(409);
    // Changing the item's other fields, keeping its own value, is fine.
    expect((await call(sb, 'PATCH', `${SITE}/lists/Submissions/items/${other.body.id}/fields`, { token, body: { Title: 'Nyt navn' } })).status).toBe(200);
    // Empty values never clash.
    expect((await post('Submissions', { Title: 'Uden id 1' })).status).toBe(201);
    expect((await post('Submissions', { Title: 'Uden id 2' })).status).toBe(201);
  });

  it('lets exactly one of many concurrent creates with the same value through', async () => {
    const value = '<samtidig@afsender.example>';
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post('Submissions', { Title: `Samtidig ${i}`, InternetMessageId: value })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('accepts enforceUniqueValues on an indexed column of a new list, and refuses it without the index', async () => {
    const made = await call<{ columns: { name: string; enforceUniqueValues: boolean }[] }>(sb, 'POST', `${SITE}/lists`, {
      token,
      body: { displayName: 'Keys', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }], list: { template: 'genericList' } },
    });
    expect(made.status).toBe(201);
    expect(made.body.columns.find((c) => c.name === 'Key')?.enforceUniqueValues).toBe(true);
    expect((await post('Keys', { Key: 'a' })).status).toBe(201);
    expect((await post('Keys', { Key: 'a' })).status).toBe(409);
    const bad = await call(sb, 'POST', `${SITE}/lists`, { token, body: { displayName: 'Bad', columns: [{ name: 'Key', text: {}, enforceUniqueValues: true }] } });
    expect(bad.status).toBe(400);
  });
});
