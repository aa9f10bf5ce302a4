import type { i18n } from 'i18next';
import { intakeDa } from './intake-da';
import { intakeEn } from './intake-en';

const added = new WeakSet<object>();

/** Adds the mail intake's strings (`intake.*`) to an i18next instance, once per instance (the secretariat's view calls it). */
export function addIntakeStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', { intake: intakeDa }, true, false);
  instance.addResourceBundle('en', 'translation', { intake: intakeEn }, true, false);
  added.add(instance);
}
