import type { i18n } from 'i18next';
import { yearDa } from './year-da';
import { yearEn } from './year-en';

const added = new WeakSet<object>();

/** Adds the meeting year's strings to an i18next instance, once per instance (called by the secretariat's year view). */
export function addYearStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', yearDa, true, false);
  instance.addResourceBundle('en', 'translation', yearEn, true, false);
  added.add(instance);
}
