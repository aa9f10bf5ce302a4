import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

interface Collection<T = Record<string, unknown>> {
  value: T[];
  '@odata.nextLink'?: string;
}

describe('sandbox: directory (/me, /users, /groups)', () => {
  let sb: TestSandbox;
  let chair: string;
  let guest: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    guest = await tokenFor(sb, TEST_PEOPLE.guest.mail);
  });
  afterAll(() => sb.dispose());

  it('GET /me returns the caller, $select narrows it', async () => {
    const me = await call<Record<string, unknown>>(sb, 'GET', '/me?$select=id,displayName,companyName', { token: chair });
    expect(me.status).toBe(200);
    const { '@odata.context': _ctx, ...props } = me.body;
    expect(props).toEqual({ id: TEST_PEOPLE.chair.id, displayName: 'Cecilie Chair', companyName: 'Testhospitalet' });
  });

  it('GET /users filters on mail and userPrincipalName, and pages with $top', async () => {
    const byMail = await call<Collection>(sb, 'GET', `/users?$filter=mail eq '${TEST_PEOPLE.guest.mail}'`, { token: chair });
    expect(byMail.body.value.map((u) => u.id)).toEqual([TEST_PEOPLE.guest.id]);
    const byUpn = await call<Collection>(sb, 'GET', `/users?$filter=userPrincipalName eq '${TEST_PEOPLE.secretary.mail}'&$select=id`, {
      token: chair,
    });
    expect(byUpn.body.value).toEqual([{ id: TEST_PEOPLE.secretary.id }]);
    const first = await call<Collection>(sb, 'GET', '/users?$top=2', { token: chair });
    expect(first.body.value).toHaveLength(2);
    expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
    const second = await call<Collection>(sb, 'GET', first.body['@odata.nextLink'] ?? '', { token: chair });
    expect(second.body.value).toHaveLength(2);
    expect(second.body.value[0]?.id).not.toBe(first.body.value[0]?.id);
  });

  it('refuses an unsupported $filter and lets guests look up but not enumerate users', async () => {
    expect((await call(sb, 'GET', "/users?$filter=startswith(displayName,'C')", { token: chair })).status).toBe(400);
    expect((await call(sb, 'GET', '/users', { token: guest })).status).toBe(403);
    expect((await call(sb, 'GET', `/users?$filter=mail eq '${TEST_PEOPLE.chair.mail}'`, { token: guest })).status).toBe(200);
  });

  it('GET /users/{id|upn} and 404 for unknown', async () => {
    expect((await call<{ id: string }>(sb, 'GET', `/users/${TEST_PEOPLE.secretary.mail}`, { token: chair })).body.id).toBe(
      TEST_PEOPLE.secretary.id,
    );
    expect((await call<{ id: string }>(sb, 'GET', `/users/${TEST_PEOPLE.secretary.id}`, { token: chair })).body.id).toBe(
      TEST_PEOPLE.secretary.id,
    );
    expect((await call(sb, 'GET', '/users/ghost@testregion.example', { token: chair })).status).toBe(404);
  });

  it("GET /me/memberOf lists the caller's groups as microsoft.graph.group", async () => {
    const res = await call<Collection>(sb, 'GET', '/me/memberOf', { token: guest });
    expect(res.body.value.map((g) => g.id).sort()).toEqual([TEST_FORUMS.steering.groupId, TEST_FORUMS.theme.groupId]);
    expect(res.body.value.every((g) => g['@odata.type'] === '#microsoft.graph.group')).toBe(true);
  });

  it('GET /groups/{id} and its members for members, 403 for others', async () => {
    const group = await call<{ displayName: string; groupTypes: string[] }>(sb, 'GET', `/groups/${TEST_FORUMS.steering.groupId}`, {
      token: chair,
    });
    expect(group.body).toMatchObject({ displayName: 'Teststyregruppen', groupTypes: ['Unified'] });
    const members = await call<Collection>(sb, 'GET', `/groups/${TEST_FORUMS.steering.groupId}/members?$select=id,mail`, { token: chair });
    expect(members.body.value.map((m) => m.mail).sort()).toEqual(
      [TEST_PEOPLE.chair.mail, TEST_PEOPLE.guest.mail, TEST_PEOPLE.secretary.mail].sort(),
    );
    expect((await call(sb, 'GET', `/groups/${TEST_FORUMS.theme.groupId}`, { token: chair })).status).toBe(403);
    expect((await call(sb, 'GET', `/groups/${TEST_FORUMS.theme.groupId}/members`, { token: chair })).status).toBe(403);
  });
});
