import { GraphHttpError } from '../http/types';
import { wallClockIn } from '../../domain/copenhagen-time';

/**
 * Graph's dateTimeTimeZone <-> instants. Graph accepts Windows and IANA zone names; the sandbox
 * knows the ones a Danish tenant meets, and any IANA name the platform knows.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  utc: 'UTC',
  'romance standard time': 'Europe/Copenhagen',
  'w. europe standard time': 'Europe/Berlin',
  'gmt standard time': 'Europe/London',
  'central europe standard time': 'Europe/Budapest',
  'fle standard time': 'Europe/Helsinki',
  'pacific standard time': 'America/Los_Angeles',
  'eastern standard time': 'America/New_York',
};

/** The IANA zone for a Graph time zone name, or undefined if unknown. */
export function ianaZone(name: string | undefined): string | undefined {
  if (!name) return 'UTC';
  const mapped = WINDOWS_TO_IANA[name.trim().toLowerCase()];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name.trim() });
    return name.trim();
  } catch {
    return undefined;
  }
}

/** Wall-clock fields of an instant in a zone, as a naive UTC epoch (ms, whole seconds). */
function wallClockMs(ms: number, zone: string): number {
  const w = wallClockIn(new Date(ms), zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function offsetMs(ms: number, zone: string): number {
  return wallClockMs(ms, zone) - Math.floor(ms / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Epoch ms of a wall-clock time in a zone (a trailing Z/offset in the string wins, as Graph does). */
export function zonedToUtcMs(local: string, zone: string): number {
  const m = LOCAL.exec(local.trim());
  if (!m)
    throw new GraphHttpError(400, 'ErrorInvalidRequest', `Cannot convert the literal '${local}' to the expected type 'Edm.DateTime'.`);
  const millis = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), millis);
  if (m[8]) return Date.parse(`${local.trim().slice(0, 19)}${m[8]}`) + millis;
  if (zone === 'UTC') return naive;
  let utc = naive - offsetMs(naive, zone);
  utc = naive - offsetMs(utc, zone);
  return utc;
}

/** Graph's `dateTime` text for an instant in a zone: "2026-03-12T09:00:00.0000000". */
export function formatInZone(ms: number, zone: string): string {
  const wall = zone === 'UTC' ? ms : wallClockMs(ms, zone) + (ms % 1000);
  return `${new Date(wall).toISOString().slice(0, 19)}.0000000`;
}

export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** Parses a request's dateTimeTimeZone; 400 with Graph's wording when malformed. */
export function parseDateTimeTimeZone(value: unknown, what: string): number {
  if (typeof value !== 'object' || value === null)
    throw new GraphHttpError(400, 'ErrorInvalidRequest', `The property '${what}' is required.`);
  const v = value as Record<string, unknown>;
  if (typeof v.dateTime !== 'string') throw new GraphHttpError(400, 'ErrorInvalidRequest', `The property '${what}.dateTime' is required.`);
  const zone = ianaZone(typeof v.timeZone === 'string' ? v.timeZone : undefined);
  if (!zone)
    throw new GraphHttpError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${String(v.timeZone)}'.`,
    );
  return zonedToUtcMs(v.dateTime, zone);
}

/** The zone reads are rendered in: `Prefer: outlook.timezone="…"`, else UTC. */
export function preferredZone(headers: Readonly<Record<string, string>>): { name: string; zone: string } {
  const prefer = headers.prefer ?? '';
  const m = /outlook\.timezone\s*=\s*"?([^",;]+)"?/i.exec(prefer);
  const name = m?.[1]?.trim();
  const zone = ianaZone(name);
  return name && zone ? { name, zone } : { name: 'UTC', zone: 'UTC' };
}

export function toDateTimeTimeZone(ms: number, tz: { name: string; zone: string }): DateTimeTimeZone {
  return { dateTime: formatInZone(ms, tz.zone), timeZone: tz.name };
}

export const UTC_ZONE = { name: 'UTC', zone: 'UTC' } as const;
