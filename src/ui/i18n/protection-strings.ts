import { lazyStrings, type AddStrings } from './lazy-strings';
import { protectionDa } from './protection-da';
import { protectionEn } from './protection-en';

/** Adds the protection warnings' strings (`protection.*`) once per i18next instance; called by ForumProtection. */
export const addProtectionStrings: AddStrings = lazyStrings({ protection: protectionDa }, { protection: protectionEn });
