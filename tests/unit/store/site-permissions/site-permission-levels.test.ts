import { createSharePointRest } from '../../../../src/graph/sharepoint-rest';
import { createLevel } from '../../../../src/store/site-permissions/levels';
import { CONTRIBUTE_NO_DELETE } from '../../../../src/store/site-permissions/permission-plan';

const READ = { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, Hidden: false, BasePermissions: { High: '176', Low: '138612833' } };
const OURS = {
  Id: 1073741931,
  Name: CONTRIBUTE_NO_DELETE.name,
  RoleTypeKind: 0,
  Hidden: false,
  BasePermissions: CONTRIBUTE_NO_DELETE.basePermissions,
};

/** A site's role definitions behind fetch; `onCreate` decides what the POST does and answers. */
function site(onCreate: (definitions: unknown[]) => Response | 'drop') {
  const definitions: unknown[] = [READ];
  const posts: unknown[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    if (init?.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      const answer = onCreate(definitions);
      if (answer === 'drop') throw new TypeError('fetch failed');
      return answer;
    }
    expect(String(input)).toContain('/_api/web/roledefinitions?$select=');
    return new Response(JSON.stringify({ value: definitions }), {
      status: 200,
      headers: { 'content-type': 'application/json;odata=nometadata' },
    });
  }) as typeof fetch;
  const rest = createSharePointRest({
    tokens: { getAccessToken: () => Promise.resolve('t') },
    scopes: [],
    site: { webUrl: 'https://contoso.sharepoint.com/sites/ksg' },
    fetchImpl,
    sleep: () => Promise.resolve(),
  });
  return { rest, posts, definitions };
}

const gatewayTimeout = (): Response => new Response(null, { status: 504 });

describe('creating the "Bidrag uden sletning" permission level', () => {
  it('sends the verbose SP.RoleDefinition body once and maps the answer', async () => {
    const { rest, posts } = site((defs) => {
      defs.push(OURS);
      return new Response(JSON.stringify(OURS), { status: 201, headers: { 'content-type': 'application/json' } });
    });
    await expect(createLevel(rest)).resolves.toMatchObject({
      id: 1073741931,
      name: 'Bidrag uden sletning',
      roleTypeKind: 0,
      basePermissions: CONTRIBUTE_NO_DELETE.basePermissions,
    });
    expect(posts).toEqual([
      {
        __metadata: { type: 'SP.RoleDefinition' },
        Name: 'Bidrag uden sletning',
        Description: CONTRIBUTE_NO_DELETE.description,
        Order: 180,
        BasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '432', Low: '1011028583' },
      },
    ]);
  });

  it('settles a lost answer by reading: SharePoint made it, the gateway timed out, nothing is sent again', async () => {
    const { rest, posts } = site((defs) => {
      defs.push(OURS);
      return gatewayTimeout();
    });
    await expect(createLevel(rest)).resolves.toMatchObject({ id: 1073741931, name: 'Bidrag uden sletning' });
    expect(posts).toHaveLength(1);
  });

  it('settles "already exists" (another run made it) the same way', async () => {
    const { rest, posts } = site((defs) => {
      defs.push(OURS);
      return new Response(
        JSON.stringify({
          'odata.error': {
            code: '-2130575205, Microsoft.SharePoint.SPException',
            message: { lang: 'en-US', value: 'A permission level named "Bidrag uden sletning" already exists.' },
          },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      );
    });
    await expect(createLevel(rest)).resolves.toMatchObject({ id: 1073741931 });
    expect(posts).toHaveLength(1);
  });

  it('reports the failure when reading shows SharePoint did not make it (a dropped connection is not retried)', async () => {
    const { rest, posts } = site(() => 'drop');
    await expect(createLevel(rest)).rejects.toMatchObject({ name: 'SharePointError', status: 0, code: 'networkError' });
    expect(posts).toHaveLength(1);
  });
});
