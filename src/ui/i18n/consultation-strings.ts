import type { i18n } from 'i18next';
import { consultationDa } from './consultation-da';
import { consultationEn } from './consultation-en';

const added = new WeakSet<object>();

/** Adds the written consultations' strings to an i18next instance, once per instance (called by the secretariat's consultation view). */
export function addConsultationStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', consultationDa, true, false);
  instance.addResourceBundle('en', 'translation', consultationEn, true, false);
  added.add(instance);
}
