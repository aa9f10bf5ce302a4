import { createTeamsHost, teamsTheme, type TeamsSdk } from '../../../src/host/teams-host';

type ThemeHandler = (theme: string) => void;

function fakeTeams(options: { initialize?: () => Promise<void>; navigateSupported?: boolean; inMeeting?: boolean } = {}) {
  const calls: string[] = [];
  let themeHandler: ThemeHandler | undefined;
  const sdk = {
    app: {
      initialize: options.initialize ?? (() => Promise.resolve()),
      getContext: () =>
        Promise.resolve({
          app: { locale: 'en-GB', theme: 'dark', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 's' } },
          page: { id: 'home', frameContext: options.inMeeting ? 'sidePanel' : 'content' },
          ...(options.inMeeting ? { meeting: { id: 'MCMxOTptZWV0aW5n' }, chat: { id: '19:meeting_abc@thread.v2' } } : {}),
          user: { id: 'u-jonas', displayName: 'Jonas Vestergaard', userPrincipalName: 'Jonas.Vestergaard@regionfjord.example' },
        }),
      registerOnThemeChangeHandler: (h: ThemeHandler) => {
        themeHandler = h;
      },
      openLink: (url: string) => {
        calls.push(`openLink ${url}`);
        return Promise.resolve();
      },
    },
    pages: {
      currentApp: {
        isSupported: () => options.navigateSupported ?? true,
        navigateTo: (p: { pageId: string; subPageId?: string }) => {
          calls.push(`navigateTo ${p.pageId} ${p.subPageId ?? ''}`);
          return Promise.resolve();
        },
      },
    },
  };
  return { sdk: sdk as unknown as TeamsSdk, calls, fireTheme: (t: string) => themeHandler?.(t) };
}

describe('Teams host', () => {
  it('reads locale, theme and user from the context and follows theme changes', async () => {
    const { sdk, fireTheme } = fakeTeams();
    const probe = await createTeamsHost({ sdk });
    if (!probe.ok) throw new Error(probe.reason);
    expect(probe.host).toMatchObject({
      kind: 'teams',
      locale: 'en',
      theme: 'dark',
      user: { id: 'u-jonas', name: 'Jonas Vestergaard', email: 'jonas.vestergaard@regionfjord.example' },
    });
    const seen: string[] = [];
    const off = probe.host.onThemeChange?.((t) => seen.push(t));
    fireTheme('contrast');
    off?.();
    fireTheme('default');
    expect(seen).toEqual(['contrast']);
  });

  it("names the Teams meeting it is open in (side panel: the chat's thread), and none in a tab outside a meeting", async () => {
    const inside = await createTeamsHost({ sdk: fakeTeams({ inMeeting: true }).sdk });
    if (!inside.ok) throw new Error(inside.reason);
    expect(inside.host.teamsMeeting).toEqual({ meetingId: 'MCMxOTptZWV0aW5n', chatId: '19:meeting_abc@thread.v2', frame: 'sidePanel' });
    const outside = await createTeamsHost({ sdk: fakeTeams().sdk });
    if (!outside.ok) throw new Error(outside.reason);
    expect(outside.host.teamsMeeting).toBeUndefined();
  });

  it('gives up after the timeout outside Teams and says why', async () => {
    const { sdk } = fakeTeams({ initialize: () => new Promise(() => undefined) });
    const probe = await createTeamsHost({ sdk, timeoutMs: 20 });
    expect(probe).toEqual({ ok: false, reason: expect.stringContaining('did not answer within 20 ms') });
  });

  it('reports an initialize failure', async () => {
    const { sdk } = fakeTeams({ initialize: () => Promise.reject(new Error('bad origin')) });
    expect(await createTeamsHost({ sdk })).toEqual({ ok: false, reason: expect.stringContaining('bad origin') });
  });

  it('opens web links with app.openLink and app paths with pages.currentApp.navigateTo', async () => {
    const { sdk, calls } = fakeTeams();
    const probe = await createTeamsHost({ sdk, pageId: 'sekretariat' });
    if (!probe.ok) throw new Error(probe.reason);
    await probe.host.openDeepLink({ path: 'https://teams.microsoft.com/l/meetup-join/x' });
    await probe.host.openDeepLink({ path: '/meetings/3' });
    expect(calls).toEqual(['openLink https://teams.microsoft.com/l/meetup-join/x', 'navigateTo sekretariat /meetings/3']);
  });

  it('maps Teams theme names', () => {
    expect([teamsTheme('default'), teamsTheme('dark'), teamsTheme('contrast'), teamsTheme('glass'), teamsTheme(undefined)]).toEqual([
      'light',
      'dark',
      'contrast',
      'light',
      'light',
    ]);
  });
});
