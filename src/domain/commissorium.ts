import * as z from 'zod/mini';
import { QUORUM_RULES } from './vocabulary/forum';
import { MEETING_FORMS, SERIES_MEETING_KINDS } from './vocabulary/meeting';

/**
 * A forum's commissorium as data: how often, how long and in what form it meets, the chairs' planning
 * meeting before each meeting, and the deadlines around it. Both reference commissoriums ship as presets.
 */

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().check(z.regex(HHMM, 'a time of day as HH:MM'));
const days = z.int().check(z.minimum(0), z.maximum(120));

/** "Hent mails fra de seneste N dage": a folder the intake reads for the first time is read this far back. */
export const DEFAULT_INTAKE_WINDOW_DAYS = 30;
export const MAX_INTAKE_WINDOW_DAYS = 365;

const SeriesSchema = z.object({
  /** ordinary: the commissorium's regular meetings; video: extra short video meetings (Horsens 2023-24). */
  kind: z.enum(SERIES_MEETING_KINDS),
  perYear: z.int().check(z.minimum(1), z.maximum(24)),
  durationMinutes: z.int().check(z.minimum(15), z.maximum(480)),
  form: z.enum(MEETING_FORMS),
  /** Start time for this series; the commissorium's `startTime` when absent. */
  startTime: z.optional(time),
});

export const CommissoriumSchema = z.object({
  name: z.string().check(z.minLength(1)),
  series: z.array(SeriesSchema).check(z.minLength(1)),
  /** Preferred ISO weekdays (1 = Monday … 5 = Friday), best first. */
  weekdays: z.array(z.int().check(z.minimum(1), z.maximum(5))).check(z.minLength(1)),
  startTime: time,
  /** The chairs' planning meeting (planlægningsmøde) before every meeting; absent when the forum holds none. */
  planning: z.optional(
    z.object({
      daysBefore: z.int().check(z.minimum(1), z.maximum(60)),
      durationMinutes: z.int().check(z.minimum(15), z.maximum(240)),
      startTime: time,
    }),
  ),
  deadlines: z.object({
    submissionsCloseDaysBefore: days,
    agendaSentDaysBefore: days,
    minutesDraftDaysAfter: days,
    chairsApproveDaysAfter: days,
    /** The call for items goes to all members this many days before submissions close. */
    callForItemsDaysBefore: z.optional(days),
  }),
  /** Meeting rooms, the usual one first; physical and hybrid meetings are booked in the first. */
  rooms: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(255)))),
  /** ISO weeks with school holidays, when no meeting is held (default: winter 7–8, summer 27–32, autumn 42). */
  schoolHolidayWeeks: z.array(z.int().check(z.minimum(1), z.maximum(53))),
  /** Also avoid observances (Grundlovsdag, 1. maj, Juleaftensdag), not only public holidays. */
  avoidObservances: z.boolean(),
  /** At least this many days between two meetings of the forum. */
  minDaysBetweenMeetings: z.int().check(z.minimum(0), z.maximum(120)),
  /**
   * Beslutningsdygtighed: how many of the voting members (members and co-chairs) must take part for the forum to
   * decide — checked from the attendance before the meeting and in the minutes, per item. Absent: no rule, nothing shown.
   */
  quorum: z.optional(z.object({ rule: z.enum(QUORUM_RULES), count: z.optional(z.int().check(z.minimum(1), z.maximum(200))) })),
  /** Minutes approval: how many co-chairs must approve (all of them when absent). */
  approval: z.optional(z.object({ required: z.optional(z.int().check(z.minimum(1), z.maximum(10))) })),
  /**
   * Mail intake: the submission mailbox's folder to read (Inbox when absent), whether senders get a receipt (on when
   * absent), and how many days back a folder's first read reaches (`DEFAULT_INTAKE_WINDOW_DAYS` when absent).
   */
  intake: z.optional(
    z.object({
      folder: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
      receipts: z.optional(z.boolean()),
      windowDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_INTAKE_WINDOW_DAYS))),
    }),
  ),
});

export type Commissorium = z.infer<typeof CommissoriumSchema>;
export type MeetingSeries = Commissorium['series'][number];

export const DEFAULT_SCHOOL_HOLIDAY_WEEKS: readonly number[] = [7, 8, 27, 28, 29, 30, 31, 32, 42];

const common = {
  weekdays: [4, 3, 2],
  planning: { daysBefore: 14, durationMinutes: 60, startTime: '14:00' },
  deadlines: {
    submissionsCloseDaysBefore: 21,
    agendaSentDaysBefore: 7,
    minutesDraftDaysAfter: 7,
    chairsApproveDaysAfter: 14,
    callForItemsDaysBefore: 14,
  },
  schoolHolidayWeeks: [...DEFAULT_SCHOOL_HOLIDAY_WEEKS],
  avoidObservances: true,
  minDaysBetweenMeetings: 28,
} as const;

export type PresetId = 'horsens-2024' | 'horsens-2023';

export const PRESETS: Readonly<Record<PresetId, Commissorium>> = {
  /** Horsensklyngen 2024-27: four physical two-hour meetings a year. */
  'horsens-2024': {
    ...common,
    name: 'Horsensklyngen, klyngestyregruppe 2024-27',
    startTime: '09:00',
    series: [{ kind: 'ordinary', perYear: 4, durationMinutes: 120, form: 'physical' }],
    weekdays: [...common.weekdays],
    schoolHolidayWeeks: [...common.schoolHolidayWeeks],
  },
  /** Horsensklyngen 2023-24: three three-hour meetings (physical if possible) and three video meetings of at most an hour. */
  'horsens-2023': {
    ...common,
    name: 'Horsensklyngen, styregruppe 2023-24',
    startTime: '09:00',
    series: [
      { kind: 'ordinary', perYear: 3, durationMinutes: 180, form: 'hybrid' },
      { kind: 'video', perYear: 3, durationMinutes: 60, form: 'video', startTime: '08:00' },
    ],
    weekdays: [...common.weekdays],
    schoolHolidayWeeks: [...common.schoolHolidayWeeks],
  },
};

export function isPresetId(value: string): value is PresetId {
  return Object.hasOwn(PRESETS, value);
}

export type QuorumSetting = NonNullable<Commissorium['quorum']>;

/** The forum's quorum rule, or undefined when it has none. */
export function quorumSetting(c: Commissorium | undefined): QuorumSetting | undefined {
  return c?.quorum;
}

/** Days before submissions close that the call for items goes out (14 unless the forum says otherwise). */
export function callForItemsDaysBefore(c: Commissorium): number {
  return c.deadlines.callForItemsDaysBefore ?? 14;
}

/** Reads a commissorium from stored JSON; undefined when absent or invalid (the UI then offers the presets). */
export function parseCommissorium(json: string): Commissorium | undefined {
  try {
    const parsed = CommissoriumSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The folder of the submission mailbox the intake reads: a well-known name ("inbox") or a folder id. */
export function intakeFolder(c: Commissorium | undefined): string {
  return c?.intake?.folder?.trim() || 'inbox';
}

/** How many days back the intake reads a folder it has never read (its first sync): the forum's number, or 30. */
export function intakeWindowDays(c: Commissorium | undefined): number {
  return c?.intake?.windowDays ?? DEFAULT_INTAKE_WINDOW_DAYS;
}

/** Whether senders get a receipt for their submission (on unless the forum turned it off). */
export function intakeReceipts(c: Commissorium | undefined): boolean {
  return c?.intake?.receipts ?? true;
}

/** How many co-chairs must approve the minutes: the forum's number, or undefined for all of them. */
export function approvalsRequired(c: Commissorium | undefined): number | undefined {
  return c?.approval?.required;
}
