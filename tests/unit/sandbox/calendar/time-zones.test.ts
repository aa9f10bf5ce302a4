import { formatInZone, preferredZone, zonedToUtcMs } from '../../../../src/sandbox/calendar/timezones';
import { copenhagenToUtcIso, utcToCopenhagenLocal } from '../../../../src/domain/copenhagen-time';

describe('Copenhagen wall-clock time', () => {
  it.each([
    ['2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['2026-06-15T09:00', '2026-06-15T07:00:00.000Z'],
    ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'], // last minute of winter time
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'], // first hour of summer time
    ['2026-10-25T03:00', '2026-10-25T02:00:00.000Z'], // back to winter time
    ['2026-10-24T23:30', '2026-10-24T21:30:00.000Z'],
  ])('%s is %s', (local, utc) => {
    expect(copenhagenToUtcIso(local)).toBe(utc);
    expect(utcToCopenhagenLocal(new Date(utc))).toBe(`${local}:00`);
  });

  it('moves a time in the spring-forward gap forward, like a clock does', () => {
    expect(copenhagenToUtcIso('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('Graph dateTimeTimeZone', () => {
  it('accepts Windows and IANA names and an explicit offset', () => {
    expect(new Date(zonedToUtcMs('2026-11-19T09:00:00', 'Europe/Copenhagen')).toISOString()).toBe('2026-11-19T08:00:00.000Z');
    expect(new Date(zonedToUtcMs('2026-11-19T09:00:00.0000000', 'UTC')).toISOString()).toBe('2026-11-19T09:00:00.000Z');
    expect(new Date(zonedToUtcMs('2026-11-19T09:00:00+02:00', 'UTC')).toISOString()).toBe('2026-11-19T07:00:00.000Z');
  });

  it('renders in the zone the reader prefers', () => {
    const ms = Date.parse('2026-07-01T07:00:00Z');
    expect(formatInZone(ms, 'Europe/Copenhagen')).toBe('2026-07-01T09:00:00.0000000');
    expect(preferredZone({ prefer: 'outlook.timezone="Romance Standard Time"' })).toEqual({
      name: 'Romance Standard Time',
      zone: 'Europe/Copenhagen',
    });
    expect(preferredZone({})).toEqual({ name: 'UTC', zone: 'UTC' });
  });
});
