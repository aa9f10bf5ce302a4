import {
  clockText,
  dateText,
  dateTimeText,
  slotText,
  timeSpanText,
  weekdayDateText,
  weekdayDateTimeText,
} from '../../../src/domain/date-format';
import { formatClock, formatLongDate, formatTimeSpan } from '../../../src/ui/format/dates';

// Thursday 11 March 2027 09:05 in Copenhagen (CET, UTC+1); 8 April 2027 13:00 (CEST, UTC+2).
const WINTER = '2027-03-11T08:05:00Z';
const SUMMER = '2027-04-08T11:00:00Z';
const END_OF_SLOT = '2027-03-11T08:30:00Z';

describe('dates and times as people read them', () => {
  it('Danish: "den" before the date, the clock with a full stop, "kl." before it', () => {
    expect(dateText(WINTER)).toBe('11. marts 2027');
    expect(weekdayDateText(WINTER)).toBe('torsdag den 11. marts 2027');
    expect(clockText(WINTER)).toBe('09.05');
    expect(clockText(SUMMER)).toBe('13.00');
    expect(timeSpanText(WINTER, SUMMER)).toBe('kl. 09.05–13.00');
    expect(timeSpanText(WINTER, WINTER)).toBe('kl. 09.05');
    expect(dateTimeText(WINTER)).toBe('11. marts 2027 kl. 09.05');
    expect(weekdayDateTimeText(SUMMER)).toBe('torsdag den 8. april 2027 kl. 13.00');
  });

  it('English: day month year, the clock with a colon', () => {
    expect(dateText(WINTER, 'en')).toBe('11 March 2027');
    expect(weekdayDateText(WINTER, 'en')).toBe('Thursday 11 March 2027');
    expect(clockText(WINTER, 'en')).toBe('09:05');
    expect(timeSpanText(WINTER, SUMMER, 'en')).toBe('09:05–13:00');
    expect(dateTimeText(SUMMER, 'en')).toBe('8 April 2027 at 13:00');
  });

  it("an agenda item's slot shows both ends, even when it takes no time", () => {
    expect(slotText(WINTER, WINTER)).toBe('kl. 09.05–09.05');
    expect(slotText(WINTER, END_OF_SLOT)).toBe('kl. 09.05–09.30');
    expect(slotText(WINTER, END_OF_SLOT, 'en')).toBe('09:05–09:30');
  });

  it('a calendar day reads as that day, whatever the zone', () => {
    expect(weekdayDateText('2027-02-18')).toBe('torsdag den 18. februar 2027');
    expect(dateText('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('the interface formats the clock the same way as the mails', () => {
    expect(formatClock(WINTER, 'da')).toBe(clockText(WINTER));
    expect(formatClock(WINTER, 'en')).toBe(clockText(WINTER, 'en'));
    expect(formatTimeSpan(WINTER, SUMMER, 'da')).toBe(timeSpanText(WINTER, SUMMER));
    expect(formatTimeSpan(WINTER, SUMMER, 'en')).toBe(timeSpanText(WINTER, SUMMER, 'en'));
    expect(formatLongDate(WINTER, 'da')).toBe('torsdag 11. marts 2027');
  });
});
