import { lazyStrings, type AddStrings } from './lazy-strings';
import { settingsDa } from './settings-da';
import { settingsEn } from './settings-en';

/**
 * Adds the settings drawer's strings (`settings.*`) to an i18next instance, once per instance. Called by the
 * secretariat's view, so the strings ship in its chunk rather than in everyone's first paint.
 */
export const addSettingsStrings: AddStrings = lazyStrings({ settings: settingsDa }, { settings: settingsEn });
