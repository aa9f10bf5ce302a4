import type { Commissorium } from '../commissorium';
import { copenhagenDate, copenhagenToUtcIso } from '../copenhagen-time';
import { deadlinesFor } from '../year-plan';

/** Without a commissorium, or when its deadline has passed by the time the chairs are asked: this many days. */
export const DEFAULT_APPROVAL_DAYS = 7;
export const LATE_APPROVAL_DAYS = 3;
/** Reminders go this long before the deadline (and after it, to whoever has still not answered). */
export const REMIND_BEFORE_MS = 24 * 60 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

/**
 * When the chairs should have answered a version frozen at `frozenAt`: the forum's "chairs approve" deadline
 * (days after the meeting, on a working day, at 16:00 Copenhagen time); a version sent after that deadline gets a
 * few days of its own, and a forum without a commissorium a week.
 */
export function approvalDeadline(meetingStart: string, settings: Commissorium | undefined, frozenAt: Date): string {
  if (!settings) return new Date(frozenAt.getTime() + DEFAULT_APPROVAL_DAYS * DAY_MS).toISOString();
  const day = deadlinesFor('minutes', copenhagenDate(new Date(meetingStart)), settings).find((d) => d.kind === 'chairs-approve')?.date;
  const deadline = day ? copenhagenToUtcIso(`${day}T16:00`) : undefined;
  if (deadline && Date.parse(deadline) > frozenAt.getTime() + DAY_MS) return new Date(deadline).toISOString();
  return new Date(frozenAt.getTime() + LATE_APPROVAL_DAYS * DAY_MS).toISOString();
}

/** A reminder is due from a day before the deadline on. */
export function reminderDue(deadline: string | undefined, now: Date): boolean {
  return deadline !== undefined && deadline !== '' && now.getTime() >= Date.parse(deadline) - REMIND_BEFORE_MS;
}
