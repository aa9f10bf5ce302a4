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

  const post = (list: string, fields: Record<string, unknown>) =>
    call<GraphErrorBody & { id: string; '@odata.etag': string }>(sb, 'POST', `${SITE}/lists/${list}/items`, { token, body: { fields } });

  it('describes the Submissions InternetMessageId column as unique and indexed', async () => {
    const res = await call<{ value: { name: string; indexed: boolean; enforceUniqueValues: boolean }[] }>(
      sb,
      'GET',
      `${SITE}/lists/Submissions/columns`,
      { token },
    );
    expect(res.body.value.find((c) => c.name === 'InternetMessageId')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(res.body.value.find((c) => c.name === 'ConversationId')).toMatchObject({ indexed: true, enforceUniqueValues: false });
  });

  it("refuses a POST or PATCH that would duplicate a unique value with 409 in Graph's error shape", async () => {
    const dup = await post('Submissions', { Title: 'Igen', InternetMessageId: SEEDED });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('nameAlreadyExists');
    expect(dup.body.error.message).toContain('[InternetMessageId]');
    // Case does not make a value different (SharePoint compares text case-insensitively).
    expect((await post('Submissions', { Title: 'Igen', InternetMessageId: SEEDED.toUpperCase() })).status).toBe(409);

    const other = await post('Submissions', { Title: 'Ny', InternetMessageId: '<ny@afsender.example>' });
    expect(other.status).toBe(201);
    const patch = await call<GraphErrorBody>(sb, 'PATCH', `${SITE}/lists/Submissions/items/${other.body.id}/fields`, {
      token,
      body: { InternetMessageId: SEEDED },
    });
    expect(patch.status).toBe(409);
    // Changing the item's other fields, keeping its own value, is fine.
    expect(
      (await call(sb, 'PATCH', `${SITE}/lists/Submissions/items/${other.body.id}/fields`, { token, body: { Title: 'Nyt navn' } })).status,
    ).toBe(200);
    // Empty values never clash.
    expect((await post('Submissions', { Title: 'Uden id 1' })).status).toBe(201);
    expect((await post('Submissions', { Title: 'Uden id 2' })).status).toBe(201);
  });

  it('lets exactly one of many concurrent creates with the same value through', async () => {
    const value = '<samtidig@afsender.example>';
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post('Submissions', { Title: `Samtidig ${i}`, InternetMessageId: value })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('accepts enforceUniqueValues on an indexed column of a new list, and refuses it without the index', async () => {
    const made = await call<{ columns: { name: string; enforceUniqueValues: boolean }[] }>(sb, 'POST', `${SITE}/lists`, {
      token,
      body: {
        displayName: 'Keys',
        columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }],
        list: { template: 'genericList' },
      },
    });
    expect(made.status).toBe(201);
    expect(made.body.columns.find((c) => c.name === 'Key')?.enforceUniqueValues).toBe(true);
    expect((await post('Keys', { Key: 'a' })).status).toBe(201);
    expect((await post('Keys', { Key: 'a' })).status).toBe(409);
    const bad = await call(sb, 'POST', `${SITE}/lists`, {
      token,
      body: { displayName: 'Bad', columns: [{ name: 'Key', text: {}, enforceUniqueValues: true }] },
    });
    expect(bad.status).toBe(400);
  });

  it('turns enforceUniqueValues on for an existing column (PATCH columns/{id}) — then enforced — and refuses it on a column holding a value twice', async () => {
    const made = await call<{ id: string }>(sb, 'POST', `${SITE}/lists`, {
      token,
      body: {
        displayName: 'Later',
        columns: [
          { name: 'Ref', text: {} },
          { name: 'Twice', text: {} },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(made.status).toBe(201);
    const columns = await call<{ value: { id: string; name: string }[] }>(sb, 'GET', `${SITE}/lists/Later/columns`, { token });
    const id = (name: string): string => columns.body.value.find((c) => c.name === name)?.id ?? '';
    const patch = (name: string, body: Record<string, unknown>) =>
      call<GraphErrorBody & { enforceUniqueValues: boolean; indexed: boolean }>(sb, 'PATCH', `${SITE}/lists/Later/columns/${id(name)}`, {
        token,
        body,
      });
    expect((await post('Later', { Ref: 'a' })).status).toBe(201);
    expect((await post('Later', { Ref: 'a' })).status).toBe(201); // not unique yet
    expect((await post('Later', { Twice: 'x' })).status).toBe(201);
    expect((await post('Later', { Twice: 'y' })).status).toBe(201);

    // SharePoint requires the index, and refuses a column whose values already clash.
    expect((await patch('Twice', { enforceUniqueValues: true })).status).toBe(400);
    const clash = await patch('Ref', { indexed: true, enforceUniqueValues: true });
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain('duplicate values');

    const made2 = await patch('Twice', { indexed: true, enforceUniqueValues: true });
    expect(made2.status).toBe(200);
    expect(made2.body).toMatchObject({ indexed: true, enforceUniqueValues: true });
    const dup = await post('Later', { Twice: 'X' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('nameAlreadyExists');
    expect((await post('Later', { Twice: 'z' })).status).toBe(201);
    expect((await call(sb, 'PATCH', `${SITE}/lists/Later/columns/no-such-column`, { token, body: { indexed: true } })).status).toBe(404);
  });
});
