import type { i18n } from 'i18next';
import { outlookIntakeDa } from './outlook-intake-da';
import { outlookIntakeEn } from './outlook-intake-en';

const added = new WeakSet<object>();

/** Adds the Outlook intake forms' strings to an i18next instance, once per instance (called by the forms). */
export function addOutlookIntakeStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', outlookIntakeDa, true, false);
  instance.addResourceBundle('en', 'translation', outlookIntakeEn, true, false);
  added.add(instance);
}
