import {
  copenhagenDay,
  copenhagenYear,
  daysBefore,
  formatLongDate,
  formatMeetingWhen,
  formatRelativeDays,
  formatShortDate,
  formatTimeSpan,
} from '../../../../src/ui/format/dates';

describe('dates in Europe/Copenhagen', () => {
  it.each([
    // winter time, UTC+1
    ['2026-03-12T08:00:00Z', '2026-03-12T10:00:00Z', 'da', 'torsdag 12. marts 2026, kl. 09.00–11.00'],
    ['2026-03-12T08:00:00Z', '2026-03-12T10:00:00Z', 'en', 'Thursday 12 March 2026, 09:00–11:00'],
    // summer time, UTC+2
    ['2026-06-11T07:00:00Z', '2026-06-11T09:00:00Z', 'da', 'torsdag 11. juni 2026, kl. 09.00–11.00'],
    // the DST switch night: 29 March 2026 02:00 CET → 03:00 CEST
    ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'da', 'søndag 29. marts 2026, kl. 01.30–03.30'],
    // back to winter time on 25 October 2026
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00Z', 'en', 'Sunday 25 October 2026, 02:30–03:30'],
  ] as const)('%s–%s in %s', (start, end, locale, expected) => {
    expect(formatMeetingWhen(start, end, locale)).toBe(expected);
  });

  it('shows a Copenhagen date even when UTC is still the day before', () => {
    expect(formatLongDate('2026-12-31T23:30:00Z', 'da')).toBe('fredag 1. januar 2027');
    expect(copenhagenDay('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(copenhagenYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });

  it('formats short dates and a zero-length time', () => {
    expect(formatShortDate('2026-03-12T08:00:00Z', 'da')).toBe('12. mar.');
    expect(formatShortDate('2026-03-12T08:00:00Z', 'en')).toBe('12 Mar');
    expect(formatTimeSpan('2026-03-12T08:00:00Z', '2026-03-12T08:00:00Z', 'da')).toBe('kl. 09.00');
  });

  it('counts deadline days on the Copenhagen calendar across DST', () => {
    // 21 days before Thursday 9 April 2026 (CEST) is Thursday 19 March (CET)
    expect(formatLongDate(daysBefore('2026-04-09T07:00:00Z', 21), 'da')).toBe('torsdag 19. marts 2026');
    expect(formatRelativeDays('2026-03-14T08:00:00Z', new Date('2026-03-12T23:30:00Z'), 'da')).toBe('i morgen');
    expect(formatRelativeDays('2026-03-20T08:00:00Z', new Date('2026-03-12T10:00:00Z'), 'en')).toBe('in 8 days');
  });
});
