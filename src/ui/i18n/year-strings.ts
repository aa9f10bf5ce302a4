import { lazyStrings, type AddStrings } from './lazy-strings';
import { yearDa } from './year-da';
import { yearEn } from './year-en';

/** Adds the meeting year's strings to an i18next instance, once per instance (called by the secretariat's year view). */
export const addYearStrings: AddStrings = lazyStrings(yearDa, yearEn);
