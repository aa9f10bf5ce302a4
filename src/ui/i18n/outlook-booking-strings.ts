import { lazyStrings, type AddStrings } from './lazy-strings';
import { outlookBookingDa } from './outlook-booking-da';
import { outlookBookingEn } from './outlook-booking-en';

/** Adds the appointment command's strings to an i18next instance, once per instance (the command calls it). */
export const addOutlookBookingStrings: AddStrings = lazyStrings(outlookBookingDa, outlookBookingEn);
