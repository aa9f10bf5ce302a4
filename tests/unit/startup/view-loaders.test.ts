import type { ForumHome, HomeData } from '../../../src/store/home-data';
import { fetchLandingRoleView, roleViewLoaders } from '../../../src/startup/view-loaders';

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

function recordingLoaders() {
  const loaded: string[] = [];
  const loaders = Object.fromEntries(
    Object.keys(roleViewLoaders).map((k) => [
      k,
      () => {
        loaded.push(k);
        return Promise.resolve({});
      },
    ]),
  ) as Parameters<typeof fetchLandingRoleView>[2];
  return { loaded, loaders };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fetchLandingRoleView', () => {
  it("fetches the code of the role view the person lands on, with the follow-up part inside it, and no other role's", async () => {
    const secretariat = recordingLoaders();
    fetchLandingRoleView(home(forum('ksg', 'secretariat')), () => NOW, secretariat.loaders);
    const member = recordingLoaders();
    fetchLandingRoleView(home(forum('ksg', 'member'), forum('psy', 'observer')), () => NOW, member.loaders);
    await settled();
    expect(secretariat.loaded).toEqual(['secretariat', 'actionsSection']);
    expect(member.loaded).toEqual(['member', 'memberActions']);
  });

  it('resolves once that code is there, so the home can be handed to React with its view', async () => {
    const arrivals: (() => void)[] = [];
    const loaders = Object.fromEntries(
      Object.keys(roleViewLoaders).map((k) => [k, () => new Promise<void>((resolve) => arrivals.push(resolve))]),
    ) as Parameters<typeof fetchLandingRoleView>[2];
    let done = false;
    const fetched = fetchLandingRoleView(home(forum('ksg', 'member')), () => NOW, loaders).then(() => (done = true));
    await settled();
    expect(done).toBe(false);
    expect(arrivals).toHaveLength(2); // the member's view and its follow-up
    arrivals.forEach((arrive) => arrive());
    await fetched;
    expect(done).toBe(true);
  });

  it('fetches nothing for a person in no forum, or when the home failed', async () => {
    const none = recordingLoaders();
    fetchLandingRoleView(home(forum('ksg', undefined)), () => NOW, none.loaders);
    fetchLandingRoleView(Promise.reject(new Error('offline')), () => NOW, none.loaders);
    await settled();
    expect(none.loaded).toEqual([]);
  });
});
