import type { ForumHome, HomeData } from '../../../src/store/home-data';
import { fetchLandingRoleView, type AheadView, type RoleViewName } from '../../../src/startup/view-loaders';
import { roleViews } from '../../../src/startup/views';

const NOW = new Date('2026-12-06T10:00:00Z');
const forum = (groupId: string, role: ForumHome['role']): ForumHome =>
  ({
    forum: { groupId },
    ...(role ? { role } : {}),
    meetings: [],
    submissions: [],
    minutesAwaitingApproval: [],
    approvals: [],
  }) as unknown as ForumHome;
const home = (...forums: ForumHome[]): Promise<HomeData> =>
  Promise.resolve({
    me: { id: 'u1', name: 'Katrine Holm', email: 'katrine@example.dk' },
    forums,
    skipped: [],
    loadedAt: NOW.toISOString(),
  });

/** Stand-ins for the views' code: record what is loaded, and let a test decide when it arrives. */
function recordingViews(arrive: 'at once' | 'later' = 'at once') {
  const loaded: string[] = [];
  const strings: string[] = [];
  const arrivals: (() => void)[] = [];
  const views = Object.fromEntries(
    Object.entries(roleViews).map(([k, v]): [string, AheadView] => [
      k,
      {
        namespaces: v.namespaces,
        load: () => {
          loaded.push(k);
          return arrive === 'at once' ? Promise.resolve() : new Promise<void>((resolve) => arrivals.push(resolve));
        },
      },
    ]),
  ) as Record<RoleViewName, AheadView>;
  const loadStrings = (namespaces: readonly string[]) => {
    strings.push(...namespaces);
    return Promise.resolve();
  };
  return { loaded, strings, arrivals, views: () => Promise.resolve(views), loadStrings };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fetchLandingRoleView', () => {
  it("fetches the code and strings of the role view the person lands on, with the follow-up part inside it, and no other role's", async () => {
    const secretariat = recordingViews();
    await fetchLandingRoleView(home(forum('ksg', 'secretariat')), secretariat.loadStrings, secretariat.views, () => NOW);
    const member = recordingViews();
    await fetchLandingRoleView(home(forum('ksg', 'member'), forum('psy', 'observer')), member.loadStrings, member.views, () => NOW);
    expect(secretariat.loaded).toEqual(['secretariat', 'actionsSection']);
    expect(secretariat.strings).toEqual(expect.arrayContaining(['secretariat', 'year', 'actions']));
    // A member and an observer are both the member's home: two forums, so the picker comes too.
    expect(member.loaded).toEqual(['member', 'memberActions', 'forumPicker']);
    expect(member.strings).toEqual(['meeting', 'member', 'actions']);
  });

  it('fetches the role tabs and the forum picker with the view when they show, and not otherwise', async () => {
    const twoForums = recordingViews();
    await fetchLandingRoleView(
      home(forum('ksg', 'secretariat'), forum('psy', 'secretariat')),
      twoForums.loadStrings,
      twoForums.views,
      () => NOW,
    );
    const twoRoles = recordingViews();
    await fetchLandingRoleView(home(forum('ksg', 'secretariat'), forum('psy', 'member')), twoRoles.loadStrings, twoRoles.views, () => NOW);
    const one = recordingViews();
    await fetchLandingRoleView(home(forum('ksg', 'secretariat')), one.loadStrings, one.views, () => NOW);
    expect(twoForums.loaded).toEqual(['secretariat', 'actionsSection', 'forumPicker']);
    expect(twoRoles.loaded).toEqual(['secretariat', 'actionsSection', 'roleTabs']);
    expect(one.loaded).toEqual(['secretariat', 'actionsSection']);
  });

  it('resolves once that code is there, so the home can be handed to React with its view', async () => {
    const member = recordingViews('later');
    let done = false;
    const fetched = fetchLandingRoleView(home(forum('ksg', 'member')), member.loadStrings, member.views, () => NOW).then(
      () => (done = true),
    );
    await settled();
    expect(done).toBe(false);
    expect(member.arrivals).toHaveLength(2); // the member's view and its follow-up
    member.arrivals.forEach((arrive) => arrive());
    await fetched;
    expect(done).toBe(true);
  });

  it('fetches nothing for a person in no forum, or when the home failed', async () => {
    const none = recordingViews();
    await fetchLandingRoleView(home(forum('ksg', undefined)), none.loadStrings, none.views, () => NOW);
    await fetchLandingRoleView(Promise.reject(new Error('offline')), none.loadStrings, none.views, () => NOW);
    expect([...none.loaded, ...none.strings]).toEqual([]);
  });
});
