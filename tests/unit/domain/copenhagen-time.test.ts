import { copenhagenDate, copenhagenWallClock, copenhagenYear } from '../../../src/domain/copenhagen-time';

/** The zone database's answer, for comparison. */
const intlYear = (instant: Date): number =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(instant));

describe('Copenhagen time', () => {
  it("answers the year as the zone database does around every New Year's Eve and through the year", () => {
    const instants: Date[] = [];
    for (let year = 2023; year <= 2031; year += 1) {
      // Every 10 minutes from 20:00 UTC on New Year's Eve to 02:00 UTC on the 1st.
      for (let m = -240; m <= 120; m += 10) instants.push(new Date(Date.UTC(year, 0, 1, 0, m)));
      // Both summer-time switches, and every day at 22:30 and 23:30 UTC.
      for (let day = 0; day < 366; day += 1) {
        instants.push(new Date(Date.UTC(year, 0, 1 + day, 22, 30)), new Date(Date.UTC(year, 0, 1 + day, 23, 30)));
      }
    }
    for (const instant of instants)
      expect([instant.toISOString(), copenhagenYear(instant)]).toEqual([instant.toISOString(), intlYear(instant)]);
  });

  it("is already next year in Copenhagen at 23:30 UTC on New Year's Eve", () => {
    expect(copenhagenYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(copenhagenYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
    expect(copenhagenDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('reads the wall clock in summer and winter time', () => {
    expect(copenhagenWallClock(new Date('2027-07-01T10:15:30Z'))).toEqual({
      year: 2027,
      month: 7,
      day: 1,
      hour: 12,
      minute: 15,
      second: 30,
    });
    expect(copenhagenWallClock(new Date('2027-01-15T10:15:30Z'))).toEqual({
      year: 2027,
      month: 1,
      day: 15,
      hour: 11,
      minute: 15,
      second: 30,
    });
  });
});
