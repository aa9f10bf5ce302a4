import { lazyStrings, type AddStrings } from './lazy-strings';
import { planningDa } from './planning-da';
import { planningEn } from './planning-en';

/** Adds the planning view's strings (`planning.*`) once per i18next instance; called by the chairs' and secretariat's views. */
export const addPlanningStrings: AddStrings = lazyStrings({ planning: planningDa }, { planning: planningEn });
