import { copenhagenWallClock } from './copenhagen-time';
import type { Locale } from './types';

/**
 * How dates and times read to people — in the interface, in mails, files, calendar subjects and Teams notifications —
 * on the Copenhagen clock, whatever the device's zone. One format for each language: Danish "torsdag den 11. marts
 * 2027 kl. 09.00" (the clock with a full stop, as Dansk Sprognævn and the platform's da-DK write it), English
 * "Thursday 11 March 2027 at 09:00". ISO stays for machines (list fields, --json, file names). Pure.
 */

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The Copenhagen wall clock of an instant, or of a calendar day ("2027-03-11", read as that day). */
function wall(isoOrDay: string): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  if (DAY_ONLY.test(isoOrDay)) {
    const [year = 1970, month = 1, day = 1] = isoOrDay.split('-').map(Number);
    return { year, month, day, hour: 0, minute: 0, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
  }
  const w = copenhagenWallClock(new Date(isoOrDay));
  return { ...w, weekday: new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "11. marts 2027" / "11 March 2027". */
export function dateText(isoOrDay: string, locale: Locale = 'da'): string {
  const w = wall(isoOrDay);
  const month = MONTHS[locale][w.month - 1] ?? '';
  return locale === 'da' ? `${w.day}. ${month} ${w.year}` : `${w.day} ${month} ${w.year}`;
}

/** "torsdag den 11. marts 2027" / "Thursday 11 March 2027". */
export function weekdayDateText(isoOrDay: string, locale: Locale = 'da'): string {
  const weekday = WEEKDAYS[locale][wall(isoOrDay).weekday] ?? '';
  return locale === 'da' ? `${weekday} den ${dateText(isoOrDay, locale)}` : `${weekday} ${dateText(isoOrDay, locale)}`;
}

/** "09.00" / "09:00" — the one clock format of each language. */
export function clockText(iso: string, locale: Locale = 'da'): string {
  const w = wall(iso);
  return `${pad(w.hour)}${locale === 'da' ? '.' : ':'}${pad(w.minute)}`;
}

/** "kl. 09.00–11.00" / "09:00–11:00"; one time when start and end are the same. */
export function timeSpanText(start: string, end: string, locale: Locale = 'da'): string {
  const span = Date.parse(start) === Date.parse(end) ? clockText(start, locale) : `${clockText(start, locale)}–${clockText(end, locale)}`;
  return locale === 'da' ? `kl. ${span}` : span;
}

/** An agenda item's slot, both ends even when it takes no time: "kl. 09.05–09.05" / "09:05–09:05". */
export function slotText(start: string, end: string, locale: Locale = 'da'): string {
  const span = `${clockText(start, locale)}–${clockText(end, locale)}`;
  return locale === 'da' ? `kl. ${span}` : span;
}

/** "11. marts 2027 kl. 14.05" / "11 March 2027 at 14:05". */
export function dateTimeText(iso: string, locale: Locale = 'da'): string {
  return locale === 'da'
    ? `${dateText(iso, locale)} kl. ${clockText(iso, locale)}`
    : `${dateText(iso, locale)} at ${clockText(iso, locale)}`;
}

/** "torsdag den 11. marts 2027 kl. 09.00" / "Thursday 11 March 2027 at 09:00". */
export function weekdayDateTimeText(iso: string, locale: Locale = 'da'): string {
  return locale === 'da'
    ? `${weekdayDateText(iso, locale)} kl. ${clockText(iso, locale)}`
    : `${weekdayDateText(iso, locale)} at ${clockText(iso, locale)}`;
}
