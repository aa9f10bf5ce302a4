import { isWorkingDay, workingDayOnOrAfter } from '../../../src/domain/working-day';

describe('working days', () => {
  it('Monday to Friday that are not Danish holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-12')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-13')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-24')).toBe(false); // juleaftensdag, Thursday
    expect(isWorkingDay('2026-12-25')).toBe(false); // juledag, Friday
    expect(isWorkingDay('2027-03-25')).toBe(false); // skærtorsdag
    expect(isWorkingDay('2027-06-05')).toBe(false); // grundlovsdag (a Saturday anyway)
    expect(isWorkingDay('2026-06-05')).toBe(false); // grundlovsdag, Friday
  });

  it('moves a deadline to the next working day, or keeps it', () => {
    expect(workingDayOnOrAfter('2026-12-08')).toBe('2026-12-08');
    expect(workingDayOnOrAfter('2026-12-13')).toBe('2026-12-14'); // Sunday → Monday
    // Christmas: 24th to 27th off (Thu–Sun), then Monday the 28th.
    expect(workingDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
    // Easter 2027: skærtorsdag 25 March to 2. påskedag 29 March.
    expect(workingDayOnOrAfter('2027-03-25')).toBe('2027-03-30');
  });
});
