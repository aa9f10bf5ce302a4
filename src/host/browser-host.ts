import type { Locale, SignedInUser } from '../domain/types';
import type { HostCapabilities, Theme } from './capabilities';
import { browserLocale, rememberBrowserLocale } from './locale';
import type { NotificationBus } from './notifications';

export interface BrowserHostOptions {
  readonly locale?: Locale;
  readonly theme?: Theme;
  readonly notifications?: NotificationBus;
  /** Injectable for tests; defaults to the global window. */
  readonly window?: Window;
}

/** The theme the browser asks for: forced colours → contrast, a dark preference → dark. */
export function browserTheme(win: Window): Theme {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The plain browser as a host: the person is whoever signed in (sandbox "Log ind som" or MSAL), the locale is
 * Danish unless the person chose English (remembered), the theme comes from the browser, deep links move the hash (no history API needed), notices go to the toaster.
 */
export function createBrowserHost(user: SignedInUser, options: BrowserHostOptions = {}): HostCapabilities {
  const win = options.window ?? window;
  return {
    kind: 'browser',
    user,
    locale: options.locale ?? browserLocale(),
    rememberLocale: (locale) => rememberBrowserLocale(locale),
    theme: options.theme ?? browserTheme(win),
    onThemeChange(listener) {
      const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)']
        .map((q) => win.matchMedia?.(q))
        .filter((q) => q !== undefined);
      const handler = () => listener(browserTheme(win));
      queries.forEach((q) => q.addEventListener('change', handler));
      return () => queries.forEach((q) => q.removeEventListener('change', handler));
    },
    openDeepLink(target) {
      if (/^https:\/\//i.test(target.path)) {
        win.open(target.path, '_blank', 'noopener');
        return Promise.resolve();
      }
      win.location.hash = target.path.startsWith('/') ? target.path : `/${target.path}`;
      return Promise.resolve();
    },
    notify(message, intent) {
      options.notifications?.publish({ message, intent });
    },
  };
}
