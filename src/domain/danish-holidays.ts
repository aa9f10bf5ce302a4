import Holidays from 'date-holidays';
import type { LocalDate } from './calendar-date';

/**
 * Danish public holidays and observances from date-holidays (DK): it already omits Store Bededag from 2024
 * and counts Grundlovsdag, 1. maj and Juleaftensdag as observances. Which observances a forum avoids is the
 * forum's choice (`avoidObservances`, default: avoid them).
 */
export interface DanishHoliday {
  readonly name: string;
  readonly kind: 'public' | 'observance';
}

const danish = new Holidays('DK');
const byYear = new Map<number, ReadonlyMap<LocalDate, DanishHoliday>>();

export function danishHolidays(year: number): ReadonlyMap<LocalDate, DanishHoliday> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const days = new Map<LocalDate, DanishHoliday>();
  for (const h of danish.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'observance') continue;
    days.set(h.date.slice(0, 10), { name: h.name, kind: h.type });
  }
  byYear.set(year, days);
  return days;
}

export function danishHoliday(date: LocalDate): DanishHoliday | undefined {
  return danishHolidays(Number(date.slice(0, 4))).get(date);
}
