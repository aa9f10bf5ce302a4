/**
 * Copenhagen wall-clock time <-> UTC, DST-correct, using the platform's time zone database (Intl).
 * Seed times are local ("2026-03-12T09:00"); Graph stores and returns UTC.
 */

export const COPENHAGEN = 'Europe/Copenhagen';

/**
 * Formatters that read a zone's wall clock, by zone, each made on first use: the first formatter with a time zone
 * loads the zone database (~50 ms on a 2-core machine), which a page's start should not pay before its first request
 * has left.
 */
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock fields of an instant in an IANA time zone. */
export function wallClockIn(instant: Date, zone: string): WallClock {
  const parts = partsFormatter(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The Copenhagen wall-clock fields of an instant. */
export function copenhagenWallClock(instant: Date): WallClock {
  return wallClockIn(instant, COPENHAGEN);
}

/** The Copenhagen calendar date of an instant: "2026-03-12". */
export function copenhagenDate(instant: Date): string {
  const w = copenhagenWallClock(instant);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/**
 * The year an instant falls in, in Copenhagen (New Year's Eve 23:30 UTC is already next year there). Without the zone
 * database: the year can only differ from UTC's within hours of New Year, when Copenhagen is always on CET (UTC+1) —
 * summer time starts in March and ends in October — so one hour ahead is exact. The home's first request needs it
 * before anything else has read the zone database.
 */
export function copenhagenYear(instant: Date): number {
  return new Date(instant.getTime() + 3_600_000).getUTCFullYear();
}

/** Minutes Copenhagen is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const w = copenhagenWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

/** Epoch milliseconds of a Copenhagen wall-clock time. Times in the spring-forward gap move forward. */
export function copenhagenToUtcMs(local: string): number {
  const m = LOCAL.exec(local);
  if (!m) throw new Error(`Not a local date-time: "${local}" (expected YYYY-MM-DDTHH:mm[:ss])`);
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  // Guess with the offset at the naive instant, then correct once with the offset at the guess.
  let utc = naive - copenhagenOffsetMinutes(new Date(naive)) * 60000;
  utc = naive - copenhagenOffsetMinutes(new Date(utc)) * 60000;
  return utc;
}

/** "2026-03-12T09:00" (Copenhagen) -> "2026-03-12T08:00:00.000Z". */
export function copenhagenToUtcIso(local: string): string {
  return new Date(copenhagenToUtcMs(local)).toISOString();
}

/** An instant as Copenhagen wall-clock "YYYY-MM-DDTHH:mm:ss". */
export function utcToCopenhagenLocal(instant: Date): string {
  const w = copenhagenWallClock(instant);
  const p = (n: number, l = 2): string => String(n).padStart(l, '0');
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}`;
}

/** "2027-03-11T09:00" (Copenhagen) -> "2027-03-11T09:00:00+01:00": the wall-clock time with its UTC offset. */
export function copenhagenIsoWithOffset(local: string): string {
  const ms = copenhagenToUtcMs(local);
  const offset = copenhagenOffsetMinutes(new Date(ms));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${utcToCopenhagenLocal(new Date(ms))}${sign}${hhmm}`;
}
