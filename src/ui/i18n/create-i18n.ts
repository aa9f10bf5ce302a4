import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { da } from './da';
import { en } from './en';

export const LOCALES: readonly Locale[] = ['da', 'en'];

/** One i18next instance per app (not the global singleton), initialised synchronously: Danish is the fallback. */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'da',
    supportedLngs: [...LOCALES],
    resources: { da: { translation: da }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
