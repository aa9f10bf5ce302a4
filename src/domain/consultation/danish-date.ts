import { dateText, weekdayDateTimeText } from '../date-format';

/** "12. marts 2027" in Copenhagen. */
export function danishDate(iso: string): string {
  return dateText(iso);
}

/** "fredag den 12. marts 2027 kl. 12.00" in Copenhagen (the deadline as the mails state it). */
export function danishDeadline(iso: string): string {
  return weekdayDateTimeText(iso);
}
