import { lazyStrings, type AddStrings } from './lazy-strings';
import { actionsDa } from './actions-da';
import { actionsEn } from './actions-en';

/** Adds the follow-up and archive strings (`actions.*`) once per i18next instance; called by the views that use them. */
export const addActionsStrings: AddStrings = lazyStrings(actionsDa, actionsEn);
