import { lazyStrings, type AddStrings } from './lazy-strings';
import { successorDa } from './successor-da';
import { successorEn } from './successor-en';

/** Adds the ended forum's strings (`successor.*`) once per i18next instance. */
export const addSuccessorStrings: AddStrings = lazyStrings({ successor: successorDa }, { successor: successorEn });
