import { addDays, daysBetween, isoWeek, isoWeekday } from '../../../src/domain/calendar-date';
import { copenhagenIsoWithOffset } from '../../../src/domain/copenhagen-time';

describe('calendar dates', () => {
  it.each([
    ['2027-01-01', 53],
    ['2027-01-04', 1],
    ['2026-12-31', 53],
    ['2027-02-15', 7],
    ['2027-10-18', 42],
    ['2028-01-03', 1],
  ])('%s is in ISO week %i', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('adds days across month, year and daylight-saving boundaries without drifting', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(isoWeekday('2027-03-14')).toBe(7);
  });

  it('gives Copenhagen wall-clock times their offset, on both sides of the clock changes', () => {
    expect(copenhagenIsoWithOffset('2027-03-27T09:00')).toBe('2027-03-27T09:00:00+01:00');
    expect(copenhagenIsoWithOffset('2027-03-28T09:00')).toBe('2027-03-28T09:00:00+02:00');
    expect(copenhagenIsoWithOffset('2027-10-30T09:00')).toBe('2027-10-30T09:00:00+02:00');
    expect(copenhagenIsoWithOffset('2027-10-31T09:00')).toBe('2027-10-31T09:00:00+01:00');
  });
});
