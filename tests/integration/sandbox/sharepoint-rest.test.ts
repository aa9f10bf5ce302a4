import type { Seed } from '../../../src/sandbox/seed/types';
import { CONTRIBUTE_NO_DELETE } from '../../../src/store/site-permissions/permission-plan';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The SharePoint REST calls `sekretariat provision` makes, against a site nobody provisioned yet, over HTTP: each
 * answers with SharePoint's `odata=nometadata` shape; only the group's owners may read or change permissions; and what
 * they set is what the sandbox then enforces on Graph.
 */

const seed: Seed = { ...testSeed, forums: testSeed.forums.map((f) => ({ ...f, sitePermissions: 'inherited' as const })) };
const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const NOMETADATA = 'application/json;odata=nometadata';
const VERBOSE = 'application/json;odata=verbose';
const ACCESS_DENIED = {
  'odata.error': {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' },
  },
};

interface SpResult<T> {
  status: number;
  contentType: string;
  body: T;
}

describe('sandbox: SharePoint REST of a forum site (/sites/<name>/_api)', () => {
  let sb: TestSandbox;
  let secretary: string;
  let guest: string;
  let webUrl: string;

  /** One call to the site's `/_api`, as provision makes it (Accept nometadata; a body as verbose JSON). */
  async function sp<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    token: string | undefined,
    opts: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<SpResult<T>> {
    const headers: Record<string, string> = {
      Accept: NOMETADATA,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(opts.body !== undefined ? { 'Content-Type': VERBOSE } : {}),
      ...(opts.headers ?? {}),
    };
    const res = await fetch(`${sb.url}${new URL(webUrl).pathname}/_api/${path}`, {
      method,
      headers,
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : undefined) as T };
  }
  const listPath = (title: string): string => `web/lists/getbytitle('${encodeURIComponent(title.replace(/'/g, "''"))}')`;
  const folderPath = (serverRelative: string): string =>
    `web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(serverRelative.replace(/'/g, "''"))}')/ListItemAllFields`;
  const EXPAND = '?$expand=Member,RoleDefinitionBindings';

  beforeAll(async () => {
    sb = await startTestSandbox(seed);
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    guest = await tokenFor(sb, TEST_PEOPLE.guest.mail);
    webUrl = (await call<{ webUrl: string }>(sb, 'GET', `${SITE}?$select=webUrl`, { token: secretary })).body.webUrl;
  });
  afterAll(() => sb.dispose());

  it('finds the site by the path of its webUrl and answers the web, the current user and the associated groups', async () => {
    expect(webUrl).toBe('https://test.sharepoint.com/sites/teststyregruppen');
    const web = await sp<Record<string, unknown>>('GET', 'web?$select=Id,Title,ServerRelativeUrl', guest);
    expect(web.status).toBe(200);
    expect(web.contentType).toMatch(/^application\/json;odata=nometadata/);
    expect(web.body).toEqual({
      Id: TEST_FORUMS.steering.siteId.split(',')[2],
      Title: 'Teststyregruppen',
      ServerRelativeUrl: '/sites/teststyregruppen',
    });

    const me = await sp<Record<string, unknown>>('GET', 'web/currentuser?$select=Id,LoginName,Email,Title', guest);
    expect(me.body).toEqual({
      Id: expect.any(Number),
      LoginName: 'i:0#.f|membership|gustav.gaest_testkommune.example#ext#@testregion.example',
      Email: TEST_PEOPLE.guest.mail,
      Title: TEST_PEOPLE.guest.displayName,
    });
    expect((await sp<{ Id: number }>('GET', 'web/currentuser?$select=Id', guest)).body.Id).toBe(me.body.Id);

    const groups = await Promise.all(
      ['owner', 'visitor', 'member'].map((g) =>
        sp<Record<string, unknown>>('GET', `web/associated${g}group?$select=Id,Title,LoginName`, guest),
      ),
    );
    expect(groups.map((g) => g.body)).toEqual([
      { Id: 3, Title: 'Teststyregruppen Owners', LoginName: 'Teststyregruppen Owners' },
      { Id: 4, Title: 'Teststyregruppen Visitors', LoginName: 'Teststyregruppen Visitors' },
      { Id: 5, Title: 'Teststyregruppen Members', LoginName: 'Teststyregruppen Members' },
    ]);
  });

  it('lists the built-in permission levels and makes "Bidrag uden sletning" once', async () => {
    const levels = await sp<{
      value: {
        Id: number;
        Name: string;
        RoleTypeKind: number;
        Hidden: boolean;
        Order: number;
        BasePermissions: { High: string; Low: string };
      }[];
    }>('GET', 'web/roledefinitions?$select=Id,Name,Description,RoleTypeKind,Hidden,Order,BasePermissions', secretary);
    expect(levels.status).toBe(200);
    expect(levels.body.value.map((r) => [r.Name, r.Id, r.RoleTypeKind])).toEqual([
      ['Full Control', 1073741829, 5],
      ['Design', 1073741828, 4],
      ['Edit', 1073741830, 6],
      ['Contribute', 1073741827, 3],
      ['Read', 1073741826, 2],
      ['Limited Access', 1073741825, 1],
    ]);
    expect(levels.body.value.find((r) => r.Name === 'Read')?.BasePermissions).toEqual({ High: '176', Low: '138612833' });
    expect(levels.body.value.find((r) => r.Name === 'Contribute')?.BasePermissions).toEqual({ High: '432', Low: '1011028719' });
    expect(levels.body.value.find((r) => r.Name === 'Limited Access')?.Hidden).toBe(true);

    const body = {
      __metadata: { type: 'SP.RoleDefinition' },
      Name: CONTRIBUTE_NO_DELETE.name,
      Description: CONTRIBUTE_NO_DELETE.description,
      Order: 180,
      BasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...CONTRIBUTE_NO_DELETE.basePermissions },
    };
    const made = await sp<Record<string, unknown>>('POST', 'web/roledefinitions', secretary, { body });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({
      Id: 1073741931,
      Name: CONTRIBUTE_NO_DELETE.name,
      Description: CONTRIBUTE_NO_DELETE.description,
      RoleTypeKind: 0,
      Hidden: false,
      Order: 180,
      BasePermissions: CONTRIBUTE_NO_DELETE.basePermissions,
    });
    const again = await sp<{ 'odata.error': { code: string; message: { value: string } } }>('POST', 'web/roledefinitions', secretary, {
      body,
    });
    expect(again.status).toBe(400);
    expect(again.body['odata.error'].code).toMatch(/SPException$/);
  });

  it('ensures users by claims login (a guest by their #EXT# name) and answers 404 for an unknown account', async () => {
    const upn = await call<{ userPrincipalName: string }>(sb, 'GET', `/users/${TEST_PEOPLE.guest.mail}?$select=userPrincipalName`, {
      token: secretary,
    });
    const ensured = await sp<Record<string, unknown>>('POST', 'web/ensureuser', secretary, {
      body: { logonName: `i:0#.f|membership|${upn.body.userPrincipalName}` },
    });
    expect(ensured.status).toBe(200);
    expect(ensured.body).toMatchObject({
      Id: expect.any(Number),
      LoginName: `i:0#.f|membership|${upn.body.userPrincipalName.toLowerCase()}`,
      Email: TEST_PEOPLE.guest.mail,
      Title: TEST_PEOPLE.guest.displayName,
      PrincipalType: 1,
    });
    const unknown = await sp<{ 'odata.error': { code: string } }>('POST', 'web/ensureuser', secretary, {
      body: { logonName: 'i:0#.f|membership|nobody@testregion.example' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body['odata.error'].code).toMatch(/SPException$/);
  });

  it('provisions a list: break inheritance (the caller alone, Full Control), grant, take the caller off, write security 2 — and Graph enforces it', async () => {
    const before = await sp<Record<string, unknown>>(
      'GET',
      `${listPath('Approvals')}?$select=Id,Title,HasUniqueRoleAssignments,WriteSecurity,ReadSecurity`,
      secretary,
    );
    expect(before.body).toEqual({
      Id: expect.any(String),
      Title: 'Approvals',
      HasUniqueRoleAssignments: false,
      WriteSecurity: 1,
      ReadSecurity: 1,
    });
    const inherited = await sp<{ value: { PrincipalId: number }[] }>('GET', `${listPath('Approvals')}/roleassignments${EXPAND}`, secretary);
    expect(inherited.body.value.map((a) => a.PrincipalId)).toEqual([3, 5, 4]);

    expect(
      (await sp('POST', `${listPath('Approvals')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, secretary)).body,
    ).toEqual({ 'odata.null': true });
    const broken = await sp<{
      value: {
        PrincipalId: number;
        Member: { Id: number; Email?: string; PrincipalType: number; LoginName: string; Title: string };
        RoleDefinitionBindings: { Id: number; Name: string }[];
      }[];
    }>('GET', `${listPath('Approvals')}/roleassignments${EXPAND}`, secretary);
    expect(broken.body.value).toHaveLength(1);
    const caller = broken.body.value[0];
    expect(caller?.Member).toMatchObject({ Email: TEST_PEOPLE.secretary.mail, PrincipalType: 1, Title: TEST_PEOPLE.secretary.displayName });
    expect(caller?.RoleDefinitionBindings.map((r) => r.Name)).toEqual(['Full Control']);
    // A second break changes nothing, as SharePoint's does not.
    await sp('POST', `${listPath('Approvals')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, secretary);
    expect((await sp<{ value: unknown[] }>('GET', `${listPath('Approvals')}/roleassignments`, secretary)).body.value).toEqual([
      { PrincipalId: caller?.PrincipalId },
    ]);

    const custom = (
      await sp<{ value: { Id: number; Name: string }[] }>('GET', 'web/roledefinitions?$select=Id,Name', secretary)
    ).body.value.find((r) => r.Name === CONTRIBUTE_NO_DELETE.name);
    for (const [principal, role] of [
      [3, 1073741829],
      [5, custom?.Id ?? 0],
      [5, custom?.Id ?? 0],
      [4, 1073741826],
    ] as const) {
      expect(
        (
          await sp(
            'POST',
            `${listPath('Approvals')}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`,
            secretary,
          )
        ).status,
      ).toBe(200);
    }
    await sp(
      'POST',
      `${listPath('Approvals')}/roleassignments/removeroleassignment(principalid=${caller?.PrincipalId ?? 0},roledefid=1073741829)`,
      secretary,
    );
    await sp(
      'POST',
      `${listPath('Approvals')}/roleassignments/removeroleassignment(principalid=${caller?.PrincipalId ?? 0},roledefid=1073741829)`,
      secretary,
    );
    const merged = await sp('POST', listPath('Approvals'), secretary, {
      body: { __metadata: { type: 'SP.List' }, WriteSecurity: 2 },
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
    });
    expect(merged.status).toBe(204);
    expect(merged.body).toBeUndefined();

    const after = await sp<{ value: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] }>(
      'GET',
      `${listPath('Approvals')}/roleassignments${EXPAND}`,
      secretary,
    );
    expect(after.body.value.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((r) => r.Name)])).toEqual([
      [3, ['Full Control']],
      [5, [CONTRIBUTE_NO_DELETE.name]],
      [4, ['Read']],
    ]);
    expect((await sp('GET', `${listPath('Approvals')}?$select=HasUniqueRoleAssignments,WriteSecurity`, secretary)).body).toEqual({
      HasUniqueRoleAssignments: true,
      WriteSecurity: 2,
    });

    // Graph now: the guest adds and edits his own answer, cannot edit the chair's, deletes none.
    const chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const items = `${SITE}/lists/Approvals/items`;
    const chairs = await call<{ id: string }>(sb, 'POST', items, {
      token: chair,
      body: { fields: { Title: 'approved', Decision: 'approved' } },
    });
    const own = await call<{ id: string }>(sb, 'POST', items, {
      token: guest,
      body: { fields: { Title: 'approved', Decision: 'approved' } },
    });
    expect([chairs.status, own.status]).toEqual([201, 201]);
    expect((await call(sb, 'PATCH', `${items}/${own.body.id}/fields`, { token: guest, body: { Comment: 'Fint' } })).status).toBe(200);
    const forged = await call<{ error: { code: string; message: string } }>(sb, 'PATCH', `${items}/${chairs.body.id}/fields`, {
      token: guest,
      body: { Decision: 'changes-requested' },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error).toMatchObject({ code: 'accessDenied', message: 'Access denied' });
    expect((await call(sb, 'DELETE', `${items}/${own.body.id}`, { token: guest })).status).toBe(403);
  });

  it('provisions a library folder by its server-relative path, the path of its Graph webUrl', async () => {
    const made = await call<{ webUrl: string }>(
      sb,
      'POST',
      `/drives/${(await call<{ id: string }>(sb, 'GET', `${SITE}/drive`, { token: secretary })).body.id}/items/root/children`,
      { token: secretary, body: { name: 'Møder', folder: {} } },
    );
    expect(made.body.webUrl).toBe('https://test.sharepoint.com/sites/teststyregruppen/Shared%20Documents/M%C3%B8der');
    const path = decodeURIComponent(new URL(made.body.webUrl).pathname);
    const item = await sp<Record<string, unknown>>('GET', `${folderPath(path)}?$select=Id,HasUniqueRoleAssignments`, secretary);
    expect(item.status).toBe(200);
    expect(item.body).toEqual({ Id: expect.any(Number), HasUniqueRoleAssignments: false });

    await sp('POST', `${folderPath(path)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, secretary);
    for (const [principal, role] of [
      [3, 1073741829],
      [5, 1073741826],
      [4, 1073741826],
    ] as const) {
      await sp('POST', `${folderPath(path)}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`, secretary);
    }
    const assignments = await sp<{ value: { PrincipalId: number; Member: { PrincipalType: number } }[] }>(
      'GET',
      `${folderPath(path)}/roleassignments${EXPAND}`,
      secretary,
    );
    expect(assignments.body.value.map((a) => a.PrincipalId)).toEqual([expect.any(Number), 3, 5, 4]);
    expect((await sp('GET', `${folderPath(path)}?$select=HasUniqueRoleAssignments`, secretary)).body).toEqual({
      HasUniqueRoleAssignments: true,
    });

    const upload = await call<{ error: { code: string } }>(sb, 'PUT', `${SITE}/drive/root:/Møder/2026-10-29/dagsorden.txt:/content`, {
      token: guest,
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(upload.status).toBe(403);
    expect(upload.body.error.code).toBe('accessDenied');
    expect((await sp('GET', `${folderPath('/sites/teststyregruppen/Shared Documents/Findes ikke')}?$select=Id`, secretary)).status).toBe(
      404,
    );
  });

  it("answers 404 with SharePoint's body for a list that does not exist", async () => {
    const missing = await sp('GET', `${listPath('Findes ikke')}?$select=Id`, secretary);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      'odata.error': {
        code: '-2130575322, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: `List 'Findes ikke' does not exist at site with URL '${webUrl}'.` },
      },
    });
  });

  it("lets a member neither read nor change permissions: 403 with SharePoint's body", async () => {
    const member = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const attempts: [string, string, unknown?, Record<string, string>?][] = [
      ['GET', `${listPath('Members')}/roleassignments${EXPAND}`],
      ['GET', 'web/roledefinitions'],
      ['POST', `${listPath('Members')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`],
      ['POST', `${listPath('Approvals')}/roleassignments/addroleassignment(principalid=5,roledefid=1073741830)`],
      ['POST', `${listPath('Approvals')}/roleassignments/removeroleassignment(principalid=5,roledefid=1073741931)`],
      [
        'POST',
        'web/roledefinitions',
        { __metadata: { type: 'SP.RoleDefinition' }, Name: 'Min egen', Order: 1, BasePermissions: { High: '0', Low: '1' } },
      ],
      ['POST', 'web/ensureuser', { logonName: `i:0#.f|membership|${TEST_PEOPLE.chair.mail}` }],
      ['POST', listPath('Approvals'), { __metadata: { type: 'SP.List' }, WriteSecurity: 1 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }],
    ];
    for (const [method, path, body, headers] of attempts) {
      const res = await sp(method as 'GET' | 'POST', path, member, {
        ...(body !== undefined ? { body } : {}),
        ...(headers ? { headers } : {}),
      });
      expect([path, res.status, res.body]).toEqual([path, 403, ACCESS_DENIED]);
    }
    expect((await sp('GET', `${listPath('Approvals')}?$select=WriteSecurity`, member)).body).toEqual({ WriteSecurity: 2 });
  });

  it('keeps out whoever is not in the group, and a call without a token', async () => {
    const outsider = await tokenFor(sb, TEST_PEOPLE.outsider.mail);
    expect(await sp('GET', 'web?$select=Title', outsider)).toMatchObject({ status: 403, body: ACCESS_DENIED });
    const anonymous = await sp<{ 'odata.error': unknown }>('GET', 'web?$select=Title', undefined);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body['odata.error']).toBeDefined();
  });

  it('holds the client to the contract: nometadata answers only, __metadata only in verbose JSON', async () => {
    const verbose = await sp('GET', 'web?$select=Title', secretary, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(verbose.status).toBe(406);
    const plain = await sp<{ 'odata.error': { message: { value: string } } }>('POST', listPath('Members'), secretary, {
      body: { __metadata: { type: 'SP.List' }, WriteSecurity: 2 },
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
    });
    expect(plain.status).toBe(400);
    expect(plain.body['odata.error'].message.value).toMatch(/'__metadata' does not exist on type 'SP.List'/);
    expect((await sp('GET', 'web/lists', secretary)).status).toBe(404);
  });

  it('counts its requests in the sandbox statistics by call', async () => {
    const stats = await call<{ byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats');
    expect(stats.body.byRoute['POST /sites/{site}/_api/web/lists/getbytitle()/roleassignments/addroleassignment()']).toBeGreaterThanOrEqual(
      4,
    );
    expect(stats.body.byRoute['GET /sites/{site}/_api/web/currentuser']).toBeGreaterThanOrEqual(2);
  });
});
