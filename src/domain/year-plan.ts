import { addDays, dayOfYear, daysBetween, isLeapYear, isoWeek, isoWeekday, type LocalDate } from './calendar-date';
import { callForItemsDaysBefore, type Commissorium, type MeetingSeries } from './commissorium';
import { copenhagenIsoWithOffset } from './copenhagen-time';
import { danishHoliday } from './danish-holidays';
import type { MeetingForm, MeetingKind } from './types';
import { byIso } from './iso-order';

/**
 * The year plan: a forum's meetings spread over a year by its commissorium, each with the chairs' planning
 * meeting before it and its deadlines — never on a weekend, a Danish public holiday (or, by default, an
 * observance) or in a school-holiday week. Pure: the secretariat adjusts any date before booking.
 */

export type BlockedReason = 'weekend' | 'holiday' | 'observance' | 'school-holiday';

export interface PlannedMeeting {
  /** Stable within the plan: "2027-O1" (ordinary), "2027-V2" (video), "2027-O1-P" (its planning meeting). */
  readonly meetingRef: string;
  readonly kind: MeetingKind;
  readonly form: MeetingForm;
  readonly date: LocalDate;
  /** ISO 8601 with the Copenhagen offset of that day, e.g. "2027-03-11T09:00:00+01:00". */
  readonly start: string;
  readonly end: string;
  /** For a planning meeting: the meeting it prepares. */
  readonly prepares?: string;
  /** The room, for physical and hybrid meetings when the forum has rooms. */
  readonly location?: string;
}

export type DeadlineKind = 'call-for-items' | 'submissions-close' | 'agenda-sent' | 'minutes-draft' | 'chairs-approve';

/** The deadlines' Danish names, for calendar entries and the CLI (the UI has its own i18n). */
export const DEADLINE_DA: Readonly<Record<DeadlineKind, string>> = {
  'call-for-items': 'Indkaldelse af punkter',
  'submissions-close': 'Frist for punkter',
  'agenda-sent': 'Dagsorden udsendes',
  'minutes-draft': 'Udkast til referat',
  'chairs-approve': 'Formandskabet godkender referat',
};

export interface PlannedDeadline {
  readonly meetingRef: string;
  readonly kind: DeadlineKind;
  readonly date: LocalDate;
}

export interface YearPlan {
  readonly year: number;
  /** In date order, planning meetings before the meetings they prepare. */
  readonly meetings: readonly PlannedMeeting[];
  readonly deadlines: readonly PlannedDeadline[];
  /** Meetings no allowed day could be found for (the secretariat places them by hand). */
  readonly unplaced: readonly string[];
}

/** Why no meeting can be held on a day, or undefined when it can. */
export function blockedReason(
  date: LocalDate,
  c: Pick<Commissorium, 'schoolHolidayWeeks' | 'avoidObservances'>,
): BlockedReason | undefined {
  if (isoWeekday(date) > 5) return 'weekend';
  const holiday = danishHoliday(date);
  if (holiday?.kind === 'public') return 'holiday';
  if (holiday && c.avoidObservances) return 'observance';
  if (c.schoolHolidayWeeks.includes(isoWeek(date))) return 'school-holiday';
  return undefined;
}

/**
 * The nearest allowed day at or before (`step` -1) or after (`step` 1) a date. Meetings avoid everything
 * `blockedReason` names; deadlines only weekends and holidays (school holidays matter for attendance, not for
 * sending an agenda).
 */
function shiftToAllowed(date: LocalDate, step: -1 | 1, c: Commissorium, what: 'meeting' | 'deadline'): LocalDate {
  const rules = what === 'meeting' ? c : { ...c, schoolHolidayWeeks: [] };
  let d = date;
  for (let i = 0; i < 60 && blockedReason(d, rules); i += 1) d = addDays(d, step);
  return d;
}

interface Slot {
  readonly series: MeetingSeries;
  readonly index: number;
  readonly target: LocalDate;
}

/**
 * Each series' meetings at evenly spaced points of the year, all series merged in date order. Series are
 * phase-shifted against each other so that, say, three physical and three video meetings alternate.
 */
function slots(year: number, c: Commissorium): Slot[] {
  const length = isLeapYear(year) ? 366 : 365;
  const phases = c.series.length;
  return c.series
    .flatMap((series, s) =>
      Array.from({ length: series.perYear }, (_, index) => ({
        series,
        index,
        target: dayOfYear(year, Math.round(((index + (s + 0.5) / phases) / series.perYear) * length)),
      })),
    )
    .sort((a, b) => byIso(a.target, b.target) || (a.series.kind === 'ordinary' ? -1 : 1));
}

/** The planning meeting must land within a week of its intended lead time (not before the summer break). */
function planningFits(date: LocalDate, c: Commissorium): boolean {
  if (!c.planning) return true;
  const planning = planningDay(date, c);
  return daysBetween(planning, date) <= c.planning.daysBefore + 7;
}

function planningDay(date: LocalDate, c: Commissorium): LocalDate {
  return shiftToAllowed(addDays(date, -(c.planning?.daysBefore ?? 0)), -1, c, 'meeting');
}

/** How far from its even spot a meeting may move. */
const MAX_SHIFT_DAYS = 45;
/** Within this many days of its spot, the forum's preferred weekday wins over a nearer other weekday. */
const PREFERRED_WEEKDAY_WINDOW = 10;

/** The allowed day nearest the slot's spot, on the most preferred weekday that has one nearby. */
function pickDay(slot: Slot, year: number, chosen: readonly LocalDate[], c: Commissorium): LocalDate | undefined {
  const allowed = (d: LocalDate): boolean =>
    d.startsWith(`${year}-`) &&
    c.weekdays.includes(isoWeekday(d)) &&
    !blockedReason(d, c) &&
    chosen.every((other) => Math.abs(daysBetween(other, d)) >= c.minDaysBetweenMeetings) &&
    planningFits(d, c);
  const candidates: LocalDate[] = [];
  for (let distance = 0; distance <= MAX_SHIFT_DAYS; distance += 1) {
    const around = distance === 0 ? [slot.target] : [addDays(slot.target, -distance), addDays(slot.target, distance)];
    candidates.push(...around.filter(allowed));
  }
  const distance = (d: LocalDate): number => Math.abs(daysBetween(slot.target, d));
  for (const weekday of c.weekdays) {
    const best = candidates.find((d) => isoWeekday(d) === weekday);
    if (best && distance(best) <= PREFERRED_WEEKDAY_WINDOW) return best;
  }
  return candidates[0];
}

function addMinutes(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function meeting(
  ref: string,
  kind: MeetingKind,
  form: MeetingForm,
  date: LocalDate,
  startTime: string,
  minutes: number,
  extra: { prepares?: string; location?: string } = {},
): PlannedMeeting {
  return {
    meetingRef: ref,
    kind,
    form,
    date,
    start: copenhagenIsoWithOffset(`${date}T${startTime}`),
    end: copenhagenIsoWithOffset(`${date}T${addMinutes(startTime, minutes)}`),
    ...(extra.prepares ? { prepares: extra.prepares } : {}),
    ...(extra.location ? { location: extra.location } : {}),
  };
}

/** The planning meeting before a meeting held on `date`, or undefined when the forum holds none. */
export function planningMeetingFor(meetingRef: string, date: LocalDate, c: Commissorium): PlannedMeeting | undefined {
  if (!c.planning) return undefined;
  return meeting(`${meetingRef}-P`, 'planning', 'video', planningDay(date, c), c.planning.startTime, c.planning.durationMinutes, {
    prepares: meetingRef,
  });
}

/**
 * A meeting's deadlines, relative to the day it is held: moving a meeting moves them. Deadlines fall on working
 * days — earlier ones move back, later ones forward.
 */
export function deadlinesFor(meetingRef: string, date: LocalDate, c: Commissorium): PlannedDeadline[] {
  const d = c.deadlines;
  const before = (days: number): LocalDate => shiftToAllowed(addDays(date, -days), -1, c, 'deadline');
  const after = (days: number): LocalDate => shiftToAllowed(addDays(date, days), 1, c, 'deadline');
  return [
    { meetingRef, kind: 'call-for-items', date: before(d.submissionsCloseDaysBefore + callForItemsDaysBefore(c)) },
    { meetingRef, kind: 'submissions-close', date: before(d.submissionsCloseDaysBefore) },
    { meetingRef, kind: 'agenda-sent', date: before(d.agendaSentDaysBefore) },
    { meetingRef, kind: 'minutes-draft', date: after(d.minutesDraftDaysAfter) },
    { meetingRef, kind: 'chairs-approve', date: after(d.chairsApproveDaysAfter) },
  ];
}

export function planYear(year: number, c: Commissorium): YearPlan {
  const meetings: PlannedMeeting[] = [];
  const deadlines: PlannedDeadline[] = [];
  const unplaced: string[] = [];
  const chosen: LocalDate[] = [];
  const counters = { ordinary: 0, video: 0 };

  for (const slot of slots(year, c)) {
    counters[slot.series.kind] += 1;
    const ref = `${year}-${slot.series.kind === 'ordinary' ? 'O' : 'V'}${counters[slot.series.kind]}`;
    const date = pickDay(slot, year, chosen, c);
    if (!date) {
      unplaced.push(ref);
      continue;
    }
    chosen.push(date);
    const startTime = slot.series.startTime ?? c.startTime;
    const room = slot.series.form === 'video' ? undefined : c.rooms?.[0];
    meetings.push(
      meeting(ref, slot.series.kind, slot.series.form, date, startTime, slot.series.durationMinutes, room ? { location: room } : {}),
    );
    const planning = planningMeetingFor(ref, date, c);
    if (planning) meetings.push(planning);
    deadlines.push(...deadlinesFor(ref, date, c));
  }
  meetings.sort((a, b) => byIso(a.start, b.start));
  deadlines.sort((a, b) => byIso(a.date, b.date) || a.meetingRef.localeCompare(b.meetingRef));
  return { year, meetings, deadlines, unplaced };
}
