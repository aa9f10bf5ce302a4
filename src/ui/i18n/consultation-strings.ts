import { lazyStrings, type AddStrings } from './lazy-strings';
import { consultationDa } from './consultation-da';
import { consultationEn } from './consultation-en';

/** Adds the written consultations' strings to an i18next instance, once per instance (called by the secretariat's consultation view). */
export const addConsultationStrings: AddStrings = lazyStrings(consultationDa, consultationEn);
