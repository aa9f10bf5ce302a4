import { addDays, isoWeekday, type LocalDate } from './calendar-date';
import { danishHoliday } from './danish-holidays';

/**
 * Working days in Denmark: Monday to Friday, not a public holiday and not an observance offices close on
 * (juleaftensdag, nytårsaftensdag, grundlovsdag, 1. maj). A deadline the app proposes falls on one, so nobody is
 * asked to answer on a Sunday or on Christmas Day.
 */
export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && danishHoliday(date) === undefined;
}

/** The day itself when it is a working day, else the next one. */
export function workingDayOnOrAfter(date: LocalDate): LocalDate {
  let day = date;
  // Easter and Christmas keep at most five days in a row off work: a few weeks' search is plenty.
  for (let i = 0; i < 21 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}
