import { createTeamsHost, startRouteOf, type TeamsSdk } from '../../../src/host/teams-host';
import { approvalLinks } from '../../../src/domain/minutes/approval-link';

/** A deep link's subEntityId reaches the tab as `page.subPageId`: the host offers it as the route to start at. */
function fakeTeams(subPageId: string | undefined): TeamsSdk {
  const sdk = {
    app: {
      initialize: () => Promise.resolve(),
      getContext: () =>
        Promise.resolve({
          app: { locale: 'da-DK', theme: 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 's' } },
          page: { id: 'home', frameContext: 'content', ...(subPageId !== undefined ? { subPageId } : {}) },
          user: { id: 'u-yrsa', displayName: 'Yrsa Thomsen', userPrincipalName: 'yrsa.thomsen@regionfjord.example' },
        }),
      registerOnThemeChangeHandler: () => undefined,
      openLink: () => Promise.resolve(),
    },
    pages: { currentApp: { isSupported: () => true, navigateTo: () => Promise.resolve() } },
  };
  return sdk as unknown as TeamsSdk;
}

describe('the Teams tab’s start route', () => {
  it('is the approval route a deep link carried in its subEntityId', async () => {
    const links = approvalLinks(
      { appId: 'app', appBaseUrl: 'https://x.example', tabEntityId: 'home' },
      { groupId: 'g 1', versionId: '42' },
    );
    const subEntityId = (JSON.parse(decodeURIComponent(new URL(links.teams).searchParams.get('context') ?? '')) as { subEntityId: string })
      .subEntityId;
    const probe = await createTeamsHost({ sdk: fakeTeams(subEntityId) });
    expect(probe.ok && probe.host.startRoute).toBe('approve/g%201/42');
  });

  it('is absent without a sub-page, and for a sub-page that is no route of the app', async () => {
    const none = await createTeamsHost({ sdk: fakeTeams(undefined) });
    expect(none.ok && none.host.startRoute).toBeUndefined();
    const junk = await createTeamsHost({ sdk: fakeTeams('javascript:alert(1)') });
    expect(junk.ok && junk.host.startRoute).toBeUndefined();
    expect(startRouteOf('approve/g/v/extra')).toBeUndefined();
    expect(startRouteOf('approve/g/v')).toBe('approve/g/v');
  });
});
