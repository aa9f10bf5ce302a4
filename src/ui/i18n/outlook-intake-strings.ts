import { lazyStrings, type AddStrings } from './lazy-strings';
import { outlookIntakeDa } from './outlook-intake-da';
import { outlookIntakeEn } from './outlook-intake-en';

/** Adds the Outlook intake forms' strings to an i18next instance, once per instance (called by the forms). */
export const addOutlookIntakeStrings: AddStrings = lazyStrings(outlookIntakeDa, outlookIntakeEn);
