import { lazyStrings, type AddStrings } from './lazy-strings';
import { minutesStatusDa } from './minutes-status-da';
import { minutesStatusEn } from './minutes-status-en';

/** Adds the minutes status strings (`minutesStatus.*`) once per i18next instance; called by MinutesStatus and SendToChairs. */
export const addMinutesStatusStrings: AddStrings = lazyStrings({ minutesStatus: minutesStatusDa }, { minutesStatus: minutesStatusEn });
