/** @jest-environment jsdom */
import { createBrowserHost } from '../../../src/host/browser-host';
import { createFakeHost } from '../../../src/host/fake-host';
import { browserLocale, localeFrom, rememberBrowserLocale } from '../../../src/host/locale';
import { createNotificationBus } from '../../../src/host/notifications';

const user = { id: 'u1', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };

describe('browser host', () => {
  it('takes locale and theme from options or the browser, and moves the hash for app paths', async () => {
    const host = createBrowserHost(user, { locale: 'en', theme: 'dark' });
    expect(host).toMatchObject({ kind: 'browser', locale: 'en', theme: 'dark', user });
    await host.openDeepLink({ path: '/meetings/3' });
    expect(window.location.hash).toBe('#/meetings/3');
    expect(createBrowserHost(user).theme).toBe('light');
  });

  it('publishes notices on the bus', () => {
    const bus = createNotificationBus();
    const seen: string[] = [];
    const off = bus.subscribe((n) => seen.push(`${n.intent}:${n.message}`));
    createBrowserHost(user, { notifications: bus }).notify('Gemt', 'success');
    off();
    createBrowserHost(user, { notifications: bus }).notify('igen', 'info');
    expect(seen).toEqual(['success:Gemt']);
  });

  it('is Danish in the plain browser unless the person chose English, and remembers the choice', () => {
    const values = new Map<string, string>();
    const store = { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
    expect(browserLocale(store)).toBe('da');
    rememberBrowserLocale('en', store);
    expect(browserLocale(store)).toBe('en');
    values.set('sekretariat.locale', 'fr');
    expect(browserLocale(store)).toBe('da');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(browserLocale(broken)).toBe('da');
    expect(() => rememberBrowserLocale('en', broken)).not.toThrow();
  });

  it('maps locale tags: Danish unless English', () => {
    expect([localeFrom('da-DK'), localeFrom('en-US'), localeFrom('EN'), localeFrom('de-DE'), localeFrom(undefined)]).toEqual([
      'da',
      'en',
      'en',
      'da',
      'da',
    ]);
  });

  it('records what the app asked a fake host to do', async () => {
    const host = createFakeHost({ locale: 'en' });
    await host.openDeepLink({ path: '/x' });
    host.notify('hej', 'info');
    expect(host.record).toEqual({ deepLinks: [{ path: '/x' }], notices: [{ message: 'hej', intent: 'info' }] });
    expect(host.locale).toBe('en');
  });
});
