import type { Locale } from '../domain/types';

/** A BCP 47 tag from a host ("da-DK", "en-GB") → the app's locale. Danish unless the host says English. */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'da';
}
