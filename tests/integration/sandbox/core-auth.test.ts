import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

describe('sandbox: authentication, errors and HTTP conventions', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.dispose());

  it('is healthy', async () => {
    const res = await call(sb, 'GET', '/_sandbox/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 401 InvalidAuthenticationToken without a token', async () => {
    const res = await call<{ error: { code: string; innerError: Record<string, string> } }>(sb, 'GET', '/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
    expect(res.body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
  });

  it('answers 401 to a forged or tampered token', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const [h, p] = token.split('.');
    const forged = `${h}.${p}.AAAA`;
    expect((await call(sb, 'GET', '/me', { token: forged })).status).toBe(401);
    expect((await call(sb, 'GET', '/me', { token: 'nonsense' })).status).toBe(401);
  });

  it('issues tokens by userPrincipalName or mail, and refuses unknown and disabled accounts', async () => {
    const res = await call<{ access_token: string; token_type: string; expires_in: number }>(sb, 'POST', '/_sandbox/token', {
      body: { user: TEST_PEOPLE.guest.mail },
    });
    expect(res.status).toBe(200);
    expect(res.body.token_type).toBe('Bearer');
    expect(res.body.expires_in).toBeGreaterThan(0);
    const me = await call<{ id: string; userPrincipalName: string }>(sb, 'GET', '/me', { token: res.body.access_token });
    expect(me.body.id).toBe(TEST_PEOPLE.guest.id);
    expect(me.body.userPrincipalName).toBe('gustav.gaest_testkommune.example#EXT#@testregion.example');
    expect((await call(sb, 'POST', '/_sandbox/token', { body: { user: 'nobody@nowhere.example' } })).status).toBe(400);
    expect((await call(sb, 'POST', '/_sandbox/token', { body: { user: TEST_PEOPLE.patient.mail } })).status).toBe(400);
    expect((await call(sb, 'POST', '/_sandbox/token', { body: { user: 'tsg-sekretariat@testregion.example' } })).status).toBe(400);
  });

  it('names the unknown segment with 400 BadRequest like Graph', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const res = await call<{ error: { code: string; message: string } }>(sb, 'GET', '/me/nothingHere', { token });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'nothingHere'." });
  });

  it('echoes client-request-id and sets request-id on every response', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const res = await call(sb, 'GET', '/me', { token, headers: { 'client-request-id': 'abc-123' } });
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the people who can sign in, with their forum roles', async () => {
    const res = await call<{ mail: string; userType: string; forums: { groupId: string; role: string }[] }[]>(sb, 'GET', '/_sandbox/users');
    const guest = res.body.find((u) => u.mail === TEST_PEOPLE.guest.mail);
    expect(guest?.userType).toBe('Guest');
    expect(guest?.forums.map((f) => f.role).sort()).toEqual(['chair', 'member']);
    expect(res.body.some((u) => u.mail === TEST_PEOPLE.patient.mail)).toBe(false);
    expect(res.body.some((u) => u.mail === 'tsg-sekretariat@testregion.example')).toBe(false);
  });
});
