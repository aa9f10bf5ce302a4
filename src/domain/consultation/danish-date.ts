import { copenhagenWallClock } from '../copenhagen-time';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** "12. marts 2027" in Copenhagen. */
export function danishDate(iso: string): string {
  const w = copenhagenWallClock(new Date(iso));
  return `${w.day}. ${MONTHS[w.month - 1] ?? ''} ${w.year}`;
}

/** "fredag d. 12. marts 2027 kl. 12:00" in Copenhagen (the deadline as the mails state it). */
export function danishDeadline(iso: string): string {
  const w = copenhagenWallClock(new Date(iso));
  const weekday = DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()] ?? '';
  return `${weekday} d. ${danishDate(iso)} kl. ${pad(w.hour)}:${pad(w.minute)}`;
}
