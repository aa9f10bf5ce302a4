import Holidays from 'date-holidays';
import { danishHoliday, danishHolidays, easterSunday } from '../../../src/domain/danish-holidays';

/**
 * The computed Danish calendar against date-holidays' DK rules (a dev dependency only: the app no longer ships its
 * every-country tables and `moment`), for every year from 2000 to 2040 — day, name and kind. Where date-holidays puts
 * an observance and a public holiday on one day, the public holiday is the one that counts.
 */
const reference = new Holidays('DK');

function referenceYear(year: number): Map<string, { name: string; kind: string }> {
  const days = new Map<string, { name: string; kind: string }>();
  for (const h of reference.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'observance') continue;
    const day = h.date.slice(0, 10);
    const there = days.get(day);
    if (!there || (there.kind === 'observance' && h.type === 'public')) days.set(day, { name: h.name, kind: h.type });
  }
  return days;
}

describe('Danish holidays', () => {
  it.each(Array.from({ length: 41 }, (_, i) => 2000 + i))('%i: the same days, names and kinds as date-holidays (DK)', (year) => {
    expect(new Map([...danishHolidays(year)].map(([d, h]) => [d, { name: h.name, kind: h.kind }]))).toEqual(referenceYear(year));
  });

  it('Easter Sunday on known dates', () => {
    expect(['2024', '2025', '2026', '2027', '2030', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2030-04-21',
      '2038-04-25',
    ]);
  });

  it('Store Bededag is a holiday until 2023 and gone from 2024', () => {
    expect(danishHoliday('2023-05-05')).toEqual({ name: 'Store Bededag', kind: 'public' });
    expect([...danishHolidays(2024).values()].map((h) => h.name)).not.toContain('Store Bededag');
    expect(danishHoliday('2027-04-23')).toBeUndefined();
  });

  it('a day that is no holiday', () => {
    expect(danishHoliday('2027-03-11')).toBeUndefined();
  });
});
