import { caseFileDa } from './case-file-da';
import { caseFileEn } from './case-file-en';
import { lazyStrings, type AddStrings } from './lazy-strings';

/** Adds the archive package strings (`caseFile.*`) once per i18next instance; called by CaseFileSection. */
export const addCaseFileStrings: AddStrings = lazyStrings({ caseFile: caseFileDa }, { caseFile: caseFileEn });
