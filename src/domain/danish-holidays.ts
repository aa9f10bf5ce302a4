import { addDays, isoWeekday, type LocalDate } from './calendar-date';
import { byIso } from './iso-order';

/**
 * Danish public holidays and observances, computed: fixed days, the days that follow Easter, and Mors Dag. Store
 * Bededag is a holiday until 2023 (abolished from 2024). Grundlovsdag, 1. maj and Juleaftensdag are observances (most
 * workplaces close; not public holidays by law), with Fastelavn and Mors Dag; which observances a forum avoids is the
 * forum's choice (`avoidObservances`, default: avoid them). The same calendar date-holidays gives for DK (checked in
 * tests/unit/domain/danish-holidays.test.ts), without its every-country rule tables and `moment` in the bundle.
 */
export interface DanishHoliday {
  readonly name: string;
  readonly kind: 'public' | 'observance';
}

const pad = (n: number): string => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number): LocalDate => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

/** The second Sunday of May. */
function mothersDay(year: number): LocalDate {
  const first = date(year, 5, 1);
  return addDays(first, ((7 - isoWeekday(first)) % 7) + 7);
}

const byYear = new Map<number, ReadonlyMap<LocalDate, DanishHoliday>>();

export function danishHolidays(year: number): ReadonlyMap<LocalDate, DanishHoliday> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fromEaster = (days: number): LocalDate => addDays(easter, days);
  const days: [LocalDate, string, DanishHoliday['kind']][] = [
    [date(year, 1, 1), 'Nytårsdag', 'public'],
    // Fastelavnsmandag, as date-holidays has it: year plans stay as they were (and a forum may choose to book it).
    [fromEaster(-48), 'Fastelavn', 'observance'],
    [fromEaster(-3), 'Skærtorsdag', 'public'],
    [fromEaster(-2), 'Langfredag', 'public'],
    [easter, 'Påskedag', 'public'],
    [fromEaster(1), 'Anden påskedag', 'public'],
    [date(year, 5, 1), '1. maj', 'observance'],
    ...(year <= 2023 ? [[fromEaster(26), 'Store Bededag', 'public'] as [LocalDate, string, DanishHoliday['kind']]] : []),
    [mothersDay(year), 'Mors Dag', 'observance'],
    [fromEaster(39), 'Kristi Himmelfartsdag', 'public'],
    [fromEaster(49), 'Pinsedag', 'public'],
    [fromEaster(50), 'Anden Pinsedag', 'public'],
    [date(year, 6, 5), 'Grundlovsdag', 'observance'],
    [date(year, 12, 24), 'Juleaftensdag', 'observance'],
    [date(year, 12, 25), 'Juledag', 'public'],
    [date(year, 12, 26), 'Anden Juledag', 'public'],
  ];
  // In date order; where two fall on one day (Mors Dag on Pinsedag, say) the public holiday is the one that counts.
  const map = new Map<LocalDate, DanishHoliday>();
  for (const [day, name, kind] of [...days].sort((x, y) => byIso(x[0], y[0]))) {
    const there = map.get(day);
    if (!there || (there.kind === 'observance' && kind === 'public')) map.set(day, { name, kind });
  }
  byYear.set(year, map);
  return map;
}

export function danishHoliday(day: LocalDate): DanishHoliday | undefined {
  return danishHolidays(Number(day.slice(0, 4))).get(day);
}
