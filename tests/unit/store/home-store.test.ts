import type { ForumRef } from '../../../src/domain/types';
import { copenhagenYearStart, HomeStore } from '../../../src/store/home-store';
import { FakeGraph } from './fake-graph';

const forums: ForumRef[] = [
  { groupId: 'g-ksg', siteId: 'site-ksg' },
  { groupId: 'g-theme', siteId: 'site-theme' },
  { groupId: 'g-secret', siteId: 'site-secret' },
];

const page = (value: unknown[], next?: string) => ({ value, ...(next ? { '@odata.nextLink': next } : {}) });
// Items the secretariat (u1, an owner of the groups) wrote; `by` writes as someone else.
const li = (id: string, fields: Record<string, unknown>, by = 'u1') => ({
  id,
  '@odata.etag': `"${id},1"`,
  fields,
  createdBy: { user: { id: by, displayName: by, email: `${by}@x` } },
  lastModifiedBy: { user: { id: by, displayName: by } },
});

/** The owners of each group: the ksg group's answer lists u1; the theme group hides its owners (a guest's view). */
function owners(url: string) {
  if (url.startsWith('/groups/g-ksg/owners'))
    return {
      status: 200,
      body: page([
        { '@odata.type': '#microsoft.graph.user', id: 'u1', displayName: 'Katrine Holm', mail: 'katrine.holm@regionfjord.example' },
      ]),
    };
  if (url.startsWith('/groups/g-theme/owners'))
    return { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'no' } } };
  return undefined;
}

function route(method: string, url: string) {
  if (url.startsWith('/me'))
    return { status: 200, body: { id: 'u-lene', displayName: 'Lene Damgaard', mail: 'Lene.Damgaard@fjordby.example' } };
  if (url.startsWith('/sites/site-secret/') || url.startsWith('/groups/g-secret/'))
    return { status: 403, body: { error: { code: 'accessDenied', message: 'no' } } };
  const owned = owners(url);
  if (owned) return owned;
  const list = /lists\/(\w+)\/items/.exec(url)?.[1];
  const site = /sites\/([\w-]+)\//.exec(url)?.[1];
  if (url.startsWith('https://next/'))
    return { status: 200, body: page([li('99', { Title: 'Sent møde', Start: '2026-12-10T08:00:00Z' })]) };
  switch (list) {
    case 'Forum':
      return {
        status: 200,
        body: page([li('1', { Title: site === 'site-ksg' ? 'Klyngestyregruppen' : 'Temagruppen', ShortName: 'KSG' })]),
      };
    case 'Members':
      return {
        status: 200,
        body: page([
          li('1', { Title: 'Lene', Email: 'lene.damgaard@fjordby.example', Role: site === 'site-ksg' ? 'chair' : 'member' }),
          li('2', { Title: 'Lene', Email: 'lene.damgaard@fjordby.example', Role: 'member' }),
        ]),
      };
    case 'Meetings':
      return {
        status: 200,
        body: page(
          [li('1', { Title: 'Møde', Start: '2026-03-12T08:00:00Z', End: '2026-03-12T10:00:00Z', Status: 'held' })],
          site === 'site-ksg' ? 'https://next/page2' : undefined,
        ),
      };
    default:
      return { status: 200, body: page([]) };
  }
}

describe('HomeStore', () => {
  it('loads N forums with ONE batch call, skips a 403 forum and follows a nextLink in a second round', async () => {
    const graph = new FakeGraph(route);
    const home = await new HomeStore(graph, forums, () => new Date('2026-05-01T10:00:00Z')).load();

    const batches = graph.calls.filter((c) => c.kind === 'batch');
    expect(batches).toHaveLength(1);
    // Six lists and the group's owners per forum, and /me.
    expect(batches[0]?.size).toBe(1 + 7 * forums.length);
    expect(graph.calls.filter((c) => c.kind === 'single').map((c) => c.url)).toEqual(['https://next/page2']);

    expect(home.me).toEqual({ id: 'u-lene', name: 'Lene Damgaard', email: 'lene.damgaard@fjordby.example' });
    expect(home.forums.map((f) => [f.forum.name, f.role])).toEqual([
      ['Klyngestyregruppen', 'chair'],
      ['Temagruppen', 'member'],
    ]);
    expect(home.skipped).toEqual([{ ref: forums[2], reason: 'not-a-member' }]);
    expect(home.forums[0]?.meetings.map((m) => m.id)).toEqual(['1', '99']);
  });

  it('takes the secretariat from the group owners and a role only from a row the secretariat wrote', async () => {
    const routes = (m: string, u: string) => {
      if (u.startsWith('/me'))
        return { status: 200, body: { id: 'u-lene', displayName: 'Lene Damgaard', mail: 'lene.damgaard@fjordby.example' } };
      // Lene made herself a chair and the secretariat's row of Jonas was changed by Lene: neither counts.
      if (/lists\/Members\/items/.test(u))
        return {
          status: 200,
          body: page([
            li('1', { Title: 'Lene', Email: 'lene.damgaard@fjordby.example', Role: 'chair' }, 'u-lene'),
            {
              ...li('2', { Title: 'Jonas', Email: 'jonas@x', Role: 'member' }),
              lastModifiedBy: { user: { id: 'u-lene', displayName: 'Lene Damgaard' } },
            },
            li('3', { Title: 'Yrsa', Email: 'yrsa@x', Role: 'chair' }),
          ]),
        };
      return route(m, u);
    };
    const home = await new HomeStore(new FakeGraph(routes), forums.slice(0, 1), () => new Date('2026-05-01T10:00:00Z')).load();
    const ksg = home.forums[0];
    expect(ksg?.role).toBe('observer');
    expect(ksg?.forum.owners).toEqual([{ id: 'u1', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' }]);
    // The forum acts on the secretariat's rows only; the others are kept aside for the secretariat to confirm.
    expect(ksg?.forum.members.map((m) => [m.name, m.role, m.unverified ?? null])).toEqual([['Yrsa', 'chair', null]]);
    expect(ksg?.forum.unverifiedMembers?.map((m) => [m.name, m.role, m.unverified?.listedRole ?? null, m.unverified?.by ?? null])).toEqual([
      ['Lene', 'observer', 'chair', 'u-lene'],
      ['Jonas', 'observer', 'member', 'Lene Damgaard'],
    ]);

    const asKatrine = (m: string, u: string) =>
      u.startsWith('/me')
        ? { status: 200, body: { id: 'u1', displayName: 'Katrine Holm', mail: 'katrine.holm@regionfjord.example' } }
        : route(m, u);
    const secretariat = await new HomeStore(new FakeGraph(asKatrine), forums.slice(0, 1), () => new Date('2026-05-01T10:00:00Z')).load();
    expect(secretariat.forums[0]?.role).toBe('secretariat'); // an owner, though not on the Members list
  });

  it('asks for this year in Copenhagen and recent submissions only', async () => {
    const graph = new FakeGraph(route);
    const urls: string[] = [];
    const spy = new FakeGraph((m, u) => (urls.push(decodeURIComponent(u)), route(m, u)));
    await new HomeStore(spy, forums.slice(0, 1), () => new Date('2026-05-01T10:00:00Z')).load();
    expect(urls).toContain("/sites/site-ksg/lists/Meetings/items?expand=fields&$filter=fields/Start ge '2025-12-31T23:00:00Z'&$top=500");
    expect(urls.some((u) => u.includes("lists/Submissions/items?expand=fields&$filter=fields/ReceivedAt ge '2025-05-01T10:00:00Z'"))).toBe(
      true,
    );
    expect(graph.calls).toHaveLength(0);
  });

  it('fails with a GraphError when /me fails (no silent empty home)', async () => {
    const graph = new FakeGraph((m, u) =>
      u.startsWith('/me') ? { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'x' } } } : route(m, u),
    );
    await expect(new HomeStore(graph, forums).load()).rejects.toMatchObject({ status: 401 });
  });

  it('computes the Copenhagen year start around New Year', () => {
    expect(copenhagenYearStart(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31T23:00:00Z');
    expect(copenhagenYearStart(new Date('2026-12-31T22:30:00Z'))).toBe('2025-12-31T23:00:00Z');
  });
});
