import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** POST /_sandbox/reset: the seed again without a restart, so an e2e journey does not depend on the ones before it. */
describe('the sandbox reset', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.dispose());

  it('puts back the seeded state, keeps tokens valid, and clears faults', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const forumItems = `/sites/${TEST_FORUMS.steering.siteId}/lists/Forum/items`;
    const before = await call<{ value: { id: string; fields: { Title?: string } }[] }>(sb, 'GET', `${forumItems}?expand=fields`, { token });
    const item = before.body.value[0];
    if (!item) throw new Error('the test seed has a Forum item');
    const changed = await call(sb, 'PATCH', `${forumItems}/${item.id}/fields`, { token, body: { Title: 'Ændret af en test' } });
    expect(changed.status).toBe(200);
    await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'GET', path: '/me' }, fault: { kind: '503' }, count: 5 } });

    expect((await call(sb, 'POST', '/_sandbox/reset', { body: {} })).status).toBe(204);

    const after = await call<{ value: { id: string; fields: { Title?: string } }[] }>(sb, 'GET', `${forumItems}?expand=fields`, { token });
    expect(after.status).toBe(200);
    expect(after.body.value[0]?.fields.Title).toBe(item.fields.Title);
    expect((await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/faults')).body.value).toEqual([]);
  });
});
