import { SharePointError } from '../../../src/graph/sharepoint-error';
import { createSharePointRest, restRootOf, restString, sharePointScopes } from '../../../src/graph/sharepoint-rest';
import { FakeTokens, recordingSleep } from './support/fake-graph';

interface Call {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string | undefined;
}

type Reply = { readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown } | 'drop';

const WEB = 'https://contoso.sharepoint.com/sites/ksg';

function setup(replies: (call: Call, index: number) => Reply, retry?: { maxRetries?: number }) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const call: Call = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    const reply = replies(call, calls.length - 1);
    if (reply === 'drop') throw new TypeError('fetch failed');
    const headers = new Headers(reply.headers);
    if (reply.body === undefined) return new Response(null, { status: reply.status, headers });
    headers.set('content-type', 'application/json;odata=nometadata;charset=utf-8');
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
  }) as typeof fetch;
  const tokens = new FakeTokens();
  const { waits, sleep } = recordingSleep();
  const rest = createSharePointRest({
    tokens,
    scopes: sharePointScopes(WEB, 'AllSites.FullControl'),
    site: { webUrl: WEB },
    fetchImpl,
    sleep,
    random: () => 0.5,
    ...(retry ? { retry } : {}),
  });
  return { calls, tokens, waits, rest };
}

const NULL = { 'odata.null': true };
const spError = (status: number, value: string, code = '-2130575322, Microsoft.SharePoint.SPException') => ({
  status,
  body: { 'odata.error': { code, message: { lang: 'en-US', value } } },
});

describe('the SharePoint REST client', () => {
  it('reads under {webUrl}/_api as plain JSON with a bearer token for the site host’s scope', async () => {
    const { calls, tokens, rest } = setup(() => ({ status: 200, body: { Id: 'w1', Title: 'KSG' } }));
    expect(rest.restRoot).toBe('https://contoso.sharepoint.com/sites/ksg/_api');
    await expect(rest.get('web?$select=Id,Title')).resolves.toEqual({ Id: 'w1', Title: 'KSG' });
    expect(calls[0]?.url).toBe('https://contoso.sharepoint.com/sites/ksg/_api/web?$select=Id,Title');
    expect(calls[0]?.headers.get('accept')).toBe('application/json;odata=nometadata');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(tokens.asked).toEqual([['https://contoso.sharepoint.com/AllSites.FullControl']]);
    expect(restRootOf('http://localhost:3001/sites/x/')).toBe('http://localhost:3001/sites/x/_api');
  });

  it('posts verbose bodies, posts without a body, and merges with X-HTTP-Method and IF-MATCH', async () => {
    const { calls, rest } = setup((call) => (call.url.endsWith("getbytitle('Approvals')") ? { status: 204 } : { status: 200, body: NULL }));
    await rest.post('web/ensureuser', { logonName: 'i:0#.f|membership|anne@contoso.dk' }, { repeatable: true });
    await rest.post("web/lists/getbytitle('Approvals')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", undefined, {
      repeatable: true,
    });
    await expect(
      rest.merge("web/lists/getbytitle('Approvals')", { __metadata: { type: 'SP.List' }, WriteSecurity: 2 }),
    ).resolves.toBeUndefined();

    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'POST']);
    expect(calls[0]?.headers.get('content-type')).toBe('application/json;odata=verbose');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ logonName: 'i:0#.f|membership|anne@contoso.dk' });
    expect(calls[1]?.body).toBeUndefined();
    expect(calls[1]?.headers.has('content-type')).toBe(false);
    expect(calls[2]?.headers.get('x-http-method')).toBe('MERGE');
    expect(calls[2]?.headers.get('if-match')).toBe('*');
    expect(JSON.parse(calls[2]?.body ?? '')).toEqual({ __metadata: { type: 'SP.List' }, WriteSecurity: 2 });
  });

  it("raises SharePoint's own message and code with the status", async () => {
    const { rest } = setup(() =>
      spError(404, "List 'Approvals' does not exist at site with URL 'https://contoso.sharepoint.com/sites/ksg'."),
    );
    const error = (await rest.get("web/lists/getbytitle('Approvals')").catch((e: unknown) => e)) as SharePointError;
    expect(error).toBeInstanceOf(SharePointError);
    expect(error).toMatchObject({
      status: 404,
      code: '-2130575322, Microsoft.SharePoint.SPException',
      sharePointMessage: "List 'Approvals' does not exist at site with URL 'https://contoso.sharepoint.com/sites/ksg'.",
    });
    expect(error.message).toContain(
      "SharePoint answered 404 (-2130575322, Microsoft.SharePoint.SPException): List 'Approvals' does not exist",
    );
  });

  it('retries throttled reads as Retry-After asks, and gives up at the bound', async () => {
    const once = setup((_, i) => (i === 0 ? { status: 429, headers: { 'Retry-After': '2' } } : { status: 200, body: { value: [] } }));
    await expect(once.rest.get('web/roledefinitions')).resolves.toEqual({ value: [] });
    expect(once.waits).toEqual([2000]);
    expect(once.rest.stats).toMatchObject({ roundTrips: 2, retries: 1 });

    const always = setup(() => ({ status: 503, headers: { 'Retry-After': '1' } }));
    await expect(always.rest.get('web')).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('did not succeed after 4 attempts'),
    });
    expect(always.calls).toHaveLength(4);
  });

  it('retries a repeatable POST on 504 and a dropped connection, like a read', async () => {
    const { calls, waits, rest } = setup((_, i) => (i === 0 ? { status: 504 } : i === 1 ? 'drop' : { status: 200, body: NULL }));
    await expect(
      rest.post("web/lists/getbytitle('Approvals')/roleassignments/addroleassignment(principalid=5,roledefid=1073741826)", undefined, {
        repeatable: true,
      }),
    ).resolves.toEqual(NULL);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([750, 1500]);
  });

  it('never sends a create again after SharePoint may have acted (504, dropped connection), but does when it was refused (429, 503)', async () => {
    const body = { __metadata: { type: 'SP.RoleDefinition' }, Name: 'Bidrag uden sletning' };
    const timedOut = setup(() => ({ status: 504 }));
    await expect(timedOut.rest.post('web/roledefinitions', body)).rejects.toMatchObject({ status: 504 });
    expect(timedOut.calls).toHaveLength(1);

    const dropped = setup(() => 'drop');
    await expect(dropped.rest.post('web/roledefinitions', body)).rejects.toMatchObject({ status: 0, code: 'networkError' });
    expect(dropped.calls).toHaveLength(1);

    const refused = setup((_, i) =>
      i === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : i === 1 ? { status: 503 } : { status: 201, body: { Id: 1073741931 } },
    );
    await expect(refused.rest.post('web/roledefinitions', body)).resolves.toEqual({ Id: 1073741931 });
    expect(refused.calls).toHaveLength(3);
    expect(refused.waits).toEqual([1000, 1500]);
  });

  it('does not retry other failures, and passes a token failure through unchanged', async () => {
    const denied = setup(() => spError(403, 'Access denied.', '-2147024891, System.UnauthorizedAccessException'));
    await expect(
      denied.rest.post("web/lists/getbytitle('Forum')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", undefined, {
        repeatable: true,
      }),
    ).rejects.toMatchObject({ status: 403, sharePointMessage: 'Access denied.' });
    expect(denied.calls).toHaveLength(1);

    class NeedsSignIn extends Error {}
    const rest = createSharePointRest({
      tokens: { getAccessToken: () => Promise.reject(new NeedsSignIn('sign in')) },
      scopes: [],
      site: { restRoot: `${WEB}/_api` },
      fetchImpl: () => Promise.reject(new Error('not called')),
    });
    await expect(rest.get('web')).rejects.toBeInstanceOf(NeedsSignIn);
  });

  it('quotes a value inside a REST path: single quotes doubled, then percent-encoded', () => {
    expect(restString('/sites/x/Shared Documents/Møder')).toBe("'%2Fsites%2Fx%2FShared%20Documents%2FM%C3%B8der'");
    expect(restString("Anne's")).toBe("'Anne''s'");
  });
});
