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
 * English falls back to nothing: its files are typed complete against the Danish ones, and a fallback would make every
 * English user download the Danish strings of each view as well.
 */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance
    .use(featureBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: { en: [], default: ['da'] },
      supportedLngs: [...LOCALES],
      ns: ['translation'],
      defaultNS: 'translation',
      fallbackNS: 'translation',
      partialBundledLanguages: true,
      resources: { da: { translation: da }, en: { translation: en } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      // A view whose namespace is not loaded yet suspends to its Suspense fallback (a skeleton) instead of rendering
      // raw keys; lazyView loads the namespace with the view's code, so this happens only for a view opened before
      // its boundary asked (it then costs one round trip, never a blank page: every lazy view sits in a Suspense).
      react: { useSuspense: true },
    });
  return instance;
}
