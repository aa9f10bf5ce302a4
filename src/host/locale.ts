import type { Locale } from '../domain/types';

/** A BCP 47 tag from a host ("da-DK", "en-GB") → the app's locale. Danish unless the host says English. */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'da';
}

const LOCALE_KEY = 'sekretariat.locale';

interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function storage(): PreferenceStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The plain browser's language: the person's own choice if they made one, else Danish — the product's
 * language, whatever the operating system says (many Danish users run an English one). Teams and Outlook
 * follow their host's language instead. Only the preference is stored (no personal data, no token).
 */
export function browserLocale(store: PreferenceStorage | undefined = storage()): Locale {
  try {
    const chosen = store?.getItem(LOCALE_KEY);
    return chosen === 'en' || chosen === 'da' ? chosen : 'da';
  } catch {
    return 'da';
  }
}

export function rememberBrowserLocale(locale: Locale, store: PreferenceStorage | undefined = storage()): void {
  try {
    store?.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage disabled: the choice lasts until reload.
  }
}
