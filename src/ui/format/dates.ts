import type { Locale } from '../../domain/types';
import { copenhagenDate, copenhagenYear } from '../../domain/copenhagen-time';
import { clockText, timeSpanText } from '../../domain/date-format';

/** Every date the app shows is Copenhagen wall-clock time, whatever the device's zone. */
export const TIME_ZONE = 'Europe/Copenhagen';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

type PartMap = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

/** Formatters by language and fields: making one costs far more than using it, and a year view formats hundreds. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions): PartMap {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(TAGS[locale], { timeZone: TIME_ZONE, ...options })));
  const out: PartMap = {};
  for (const p of formatter.formatToParts(new Date(iso))) out[p.type] = p.value;
  return out;
}

/** "torsdag 12. marts 2026" / "Thursday 12 March 2026". */
export function formatLongDate(iso: string, locale: Locale): string {
  const p = parts(iso, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return locale === 'da' ? `${p.weekday} ${p.day}. ${p.month} ${p.year}` : `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "12. mar." / "12 Mar" — for timelines. */
export function formatShortDate(iso: string, locale: Locale): string {
  const p = parts(iso, locale, { day: 'numeric', month: 'short' });
  return locale === 'da' ? `${p.day}. ${p.month}` : `${p.day} ${p.month}`;
}

/** "09.00" / "09:00": the one clock format of each language, as the mails write it (src/domain/date-format.ts). */
export function formatClock(iso: string, locale: Locale): string {
  return clockText(iso, locale);
}

/** "kl. 09.00–11.00" / "09:00–11:00". */
export function formatTimeSpan(startIso: string, endIso: string, locale: Locale): string {
  return timeSpanText(startIso, endIso, locale);
}

/** "torsdag 12. marts 2026, kl. 09.00–11.00" / "Thursday 12 March 2026, 09:00–11:00". */
export function formatMeetingWhen(startIso: string, endIso: string, locale: Locale): string {
  return `${formatLongDate(startIso, locale)}, ${formatTimeSpan(startIso, endIso, locale)}`;
}

/** The Copenhagen calendar date of an instant given as ISO: "2026-03-12". */
export function copenhagenDay(iso: string): string {
  return copenhagenDate(new Date(iso));
}

export { copenhagenYear };

/**
 * The Copenhagen calendar day `days` before the day of `iso`, as noon UTC of that day (safe to format in
 * Copenhagen whatever the DST offset). Deadlines are whole days.
 */
export function daysBefore(iso: string, days: number): string {
  const [y, m, d] = copenhagenDay(iso).split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - days, 12)).toISOString();
}

/** "om 3 dage" / "in 3 days"; "i dag" / "today" — calendar days in Copenhagen. */
export function formatRelativeDays(iso: string, now: Date, locale: Locale): string {
  const day = (s: string) => Date.parse(`${copenhagenDay(s)}T00:00:00Z`);
  const diff = Math.round((day(iso) - day(now.toISOString())) / 86_400_000);
  return new Intl.RelativeTimeFormat(TAGS[locale], { numeric: 'auto' }).format(diff, 'day');
}
