import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { da } from './da';
import { en } from './en';
import { featureBackend } from './namespaces';

export const LOCALES: readonly Locale[] = ['da', 'en'];

/**
 * One i18next instance per app (not the global singleton), initialised synchronously with the shell's strings (the
 * `translation` namespace, in the first paint). Each feature's namespace is fetched by the backend when its view opens
 * (`lazyView`, ui/components/lazy-view.tsx); `partialBundledLanguages` lets bundled and fetched namespaces mix.
 * `fallbackNS`: a view's `t()` in its own namespace also finds the shell's keys (typed-keys.ts says the same to tsc).
 * No fallback language: the English files are typed complete against the Danish ones, and a fallback would make
 * every English user download the Danish strings of each view as well.
 * i18next's default `react.useSuspense` (true) is kept on purpose: a view whose namespace is not loaded yet suspends
 * to its Suspense fallback (a skeleton) instead of rendering raw keys. lazyView loads the namespaces with the view's
 * code, so this happens only for a namespace its boundary did not name (one round trip later, never a blank page:
 * every lazy view sits in a Suspense).
 */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance
    .use(featureBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      fallbackNS: 'translation',
      partialBundledLanguages: true,
      resources: { da: { translation: da }, en: { translation: en } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}
