import type { i18n } from 'i18next';
import { settingsDa } from './settings-da';
import { settingsEn } from './settings-en';

const added = new WeakSet<object>();

/**
 * Adds the settings drawer's strings (`settings.*`) to an i18next instance, once per instance. Called by the
 * secretariat's view, so the strings ship in its chunk rather than in everyone's first paint.
 */
export function addSettingsStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', { settings: settingsDa }, true, false);
  instance.addResourceBundle('en', 'translation', { settings: settingsEn }, true, false);
  added.add(instance);
}
