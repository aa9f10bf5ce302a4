import { SANDBOX_AUTOMATION_APP_ID } from '../../../src/config/app-config';
import { RUN_APPLICATION_PERMISSIONS } from '../../../src/auth/token-provider';
import { appTokenFor, call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * App-only callers (the client-credentials grant the unattended `sekretariat run` uses): the token is an
 * application's, it has no /me, it reaches only the mailboxes of its Exchange application access policy and the sites
 * it was granted (Sites.Selected), and what it writes is stamped with the application, as Graph's identitySet says.
 */
describe('sandbox: app-only tokens', () => {
  let sb: TestSandbox;
  let app: string;
  const mailboxOf = (groupId: string): string => testSeed.forums.find((f) => f.groupId === groupId)?.sharedMailbox.mail ?? '';
  const steeringMailbox = mailboxOf(TEST_FORUMS.steering.groupId);
  const themeMailbox = mailboxOf(TEST_FORUMS.theme.groupId);
  type GraphError = { error: { code: string; message: string } };

  beforeAll(async () => {
    sb = await startTestSandbox();
    app = await appTokenFor(sb, SANDBOX_AUTOMATION_APP_ID);
  });
  afterAll(() => sb.dispose());

  it("mints a token with an application's claims: appid, roles, idtyp app, no upn", async () => {
    const res = await call<{ access_token: string; expires_in: number }>(sb, 'POST', '/_sandbox/token', {
      body: { app: SANDBOX_AUTOMATION_APP_ID },
    });
    expect(res.status).toBe(200);
    expect(res.body.expires_in).toBe(3600);
    const claims = JSON.parse(Buffer.from(res.body.access_token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      appid: SANDBOX_AUTOMATION_APP_ID,
      idtyp: 'app',
      roles: [...RUN_APPLICATION_PERMISSIONS],
      aud: 'https://graph.microsoft.com',
    });
    expect(claims).not.toHaveProperty('upn');
    expect(claims).not.toHaveProperty('scp');
    expect(claims.oid).not.toBe(SANDBOX_AUTOMATION_APP_ID);
    const unknown = await call<{ error: { code: string } }>(sb, 'POST', '/_sandbox/token', {
      body: { app: '00000000-0000-4000-a000-000000000bad' },
    });
    expect(unknown.status).toBe(400);
  });

  it('has no /me (400, as Graph answers an app-only token), also inside $batch', async () => {
    const me = await call<GraphError>(sb, 'GET', '/me', { token: app });
    expect(me.status).toBe(400);
    expect(me.body.error.message).toBe('/me request is only valid with delegated authentication flow.');
    const batch = await call<{ responses: { id: string; status: number }[] }>(sb, 'POST', '/$batch', {
      token: app,
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me/messages' },
          { id: '2', method: 'GET', url: `/groups/${TEST_FORUMS.steering.groupId}/owners` },
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect(Object.fromEntries(batch.body.responses.map((r) => [r.id, r.status]))).toEqual({ '1': 400, '2': 200 });
  });

  it('reads and sends from the forum mailbox it is scoped to; any other mailbox answers 403 ErrorAccessDenied', async () => {
    const delta = await call<{ value: unknown[] }>(sb, 'GET', `/users/${steeringMailbox}/mailFolders/inbox/messages/delta`, { token: app });
    expect(delta.status).toBe(200);
    expect(delta.body.value.length).toBeGreaterThan(0);
    for (const other of [themeMailbox, TEST_PEOPLE.secretary.mail]) {
      const refused = await call<GraphError>(sb, 'GET', `/users/${other}/mailFolders/inbox/messages/delta`, { token: app });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('ErrorAccessDenied');
      expect(refused.body.error.message).toContain('AppOnly AccessPolicy');
    }
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const message = {
      subject: 'Fra den automatiske kørsel',
      body: { contentType: 'text', content: 'Hej' },
      toRecipients: [{ emailAddress: { address: TEST_PEOPLE.patient.mail } }],
    };
    expect((await call(sb, 'POST', `/users/${steeringMailbox}/sendMail`, { token: app, body: { message } })).status).toBe(202);
    expect((await call<GraphError>(sb, 'POST', `/users/${themeMailbox}/sendMail`, { token: app, body: { message } })).status).toBe(403);
    // Sending as another mailbox than the one addressed: only one the policy covers.
    const sendAs = await call<GraphError>(sb, 'POST', `/users/${steeringMailbox}/sendMail`, {
      token: app,
      body: { message: { ...message, from: { emailAddress: { address: themeMailbox } } } },
    });
    expect(sendAs.status).toBe(403);
    const outbox = await call<{ value: { from: { address: string }; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
    expect(outbox.body.value.map((m) => [m.from.address, m.subject])).toEqual([[steeringMailbox, 'Fra den automatiske kørsel']]);
  });

  it('reads and writes the forum site it was granted (Sites.Selected) and stamps its writes with the application; another site answers 403', async () => {
    const items = `/sites/${TEST_FORUMS.steering.siteId}/lists/Actions/items`;
    type Item = { id: string; createdBy: Record<string, unknown>; lastModifiedBy: Record<string, unknown>; '@odata.etag': string };
    const created = await call<Item>(sb, 'POST', items, {
      token: app,
      body: { fields: { Title: 'Oprettet af kørslen', OwnerEmail: TEST_PEOPLE.guest.mail } },
    });
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toEqual({
      application: { id: SANDBOX_AUTOMATION_APP_ID, displayName: 'Sekretariat – automatisk kørsel' },
    });
    // An item the secretary made, then changed by the application: created by the person, last modified by the app.
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const mine = await call<Item>(sb, 'POST', items, {
      token: secretary,
      body: { fields: { Title: 'Sekretariatets', OwnerEmail: TEST_PEOPLE.guest.mail } },
    });
    const changed = await call<Item>(sb, 'PATCH', `${items}/${mine.body.id}`, {
      token: app,
      headers: { 'If-Match': mine.body['@odata.etag'] },
      body: { fields: { Title: 'Ændret af kørslen' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.createdBy).toMatchObject({ user: { id: TEST_PEOPLE.secretary.id } });
    expect(changed.body.lastModifiedBy).toEqual({
      application: { id: SANDBOX_AUTOMATION_APP_ID, displayName: 'Sekretariat – automatisk kørsel' },
    });
    const other = await call<GraphError>(sb, 'GET', `/sites/${TEST_FORUMS.theme.siteId}/lists/Actions/items`, { token: app });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('accessDenied');
    expect((await call(sb, 'GET', `/groups/${TEST_FORUMS.theme.groupId}/sites/root`, { token: app })).status).toBe(403);
    expect((await call(sb, 'GET', `/groups/${TEST_FORUMS.steering.groupId}/sites/root`, { token: app })).status).toBe(200);
  });

  it('reads group owners and users with its roles, and is refused what it was not given', async () => {
    const owners = await call<{ value: { id: string }[] }>(sb, 'GET', `/groups/${TEST_FORUMS.steering.groupId}/owners`, { token: app });
    expect(owners.body.value.map((o) => o.id)).toEqual([TEST_PEOPLE.secretary.id]);
    expect((await call(sb, 'GET', `/users/${TEST_PEOPLE.chair.mail}?$select=id`, { token: app })).status).toBe(200);
    // The group calendar is not among what the unattended run needs: no application route, 403.
    const events = await call<GraphError>(sb, 'GET', `/groups/${TEST_FORUMS.steering.groupId}/events`, { token: app });
    expect(events.status).toBe(403);
    expect(events.body.error.code).toBe('Authorization_RequestDenied');
    // SharePoint's REST API takes delegated tokens only here (provision runs as a person).
    const site = await call<{ webUrl: string }>(sb, 'GET', `/sites/${TEST_FORUMS.steering.siteId}`, { token: app });
    const rest = await fetch(`${sb.url}${new URL(site.body.webUrl).pathname}/_api/web`, {
      headers: { Authorization: `Bearer ${app}`, Accept: 'application/json;odata=nometadata' },
    });
    expect(rest.status).toBe(401);
  });
});
