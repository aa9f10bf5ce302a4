import { lazyStrings, type AddStrings } from './lazy-strings';
import { operationsDa } from './operations-da';
import { operationsEn } from './operations-en';

/** Adds the Driftsstatus strings (`operations.*`) once per i18next instance; called by OperationsStatus. */
export const addOperationsStrings: AddStrings = lazyStrings({ operations: operationsDa }, { operations: operationsEn });
