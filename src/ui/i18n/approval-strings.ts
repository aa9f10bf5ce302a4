import { approvalDa } from './approval-da';
import { approvalEn } from './approval-en';
import { lazyStrings, type AddStrings } from './lazy-strings';

/** Adds the approval view's strings (`approval.*`) once per i18next instance; called by the view. */
export const addApprovalStrings: AddStrings = lazyStrings({ approval: approvalDa }, { approval: approvalEn });
