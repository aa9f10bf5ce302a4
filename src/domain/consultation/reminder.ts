import type { Tally } from './tally';
import type { Consultation, ConsultationRecipient } from './consultation-types';

/** The default: the reminder goes two days before the deadline. */
export const DEFAULT_REMINDER_HOURS = 48;

/** When the reminder is due: `hours` before the deadline, but never before the consultation went out. */
export function reminderTime(deadline: string, hours: number): string {
  return new Date(Date.parse(deadline) - hours * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The reminder is due: the consultation is out, the time has come, the deadline has not passed, and none was sent. */
export function reminderDue(c: Pick<Consultation, 'status' | 'reminderAt' | 'reminderSentAt' | 'deadline'>, now: Date): boolean {
  if (c.status !== 'open' || c.reminderSentAt !== undefined || c.reminderAt === undefined) return false;
  const t = now.getTime();
  return t >= Date.parse(c.reminderAt) && t < Date.parse(c.deadline);
}

/** Whether the secretariat may send the reminder now (by hand): out, before the deadline, not sent before. */
export function reminderAllowed(c: Pick<Consultation, 'status' | 'reminderSentAt' | 'deadline'>, now: Date): boolean {
  return c.status === 'open' && c.reminderSentAt === undefined && now.getTime() < Date.parse(c.deadline);
}

/** Exactly those who have not answered (neither they nor their substitute). */
export function reminderRecipients(tally: Tally): ConsultationRecipient[] {
  return tally.rows.filter((r) => r.answer === 'none').map((r) => r.recipient);
}
