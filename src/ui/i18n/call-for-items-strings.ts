import { lazyStrings, type AddStrings } from './lazy-strings';
import { callForItemsDa } from './call-for-items-da';
import { callForItemsEn } from './call-for-items-en';

/** Adds `callForItems.*` once per i18next instance; called by the views that use them, so the strings load with those views. */
export const addCallForItemsStrings: AddStrings = lazyStrings({ callForItems: callForItemsDa }, { callForItems: callForItemsEn });
