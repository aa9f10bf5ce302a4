import {
  CommissoriumSchema,
  DEFAULT_INTAKE_WINDOW_DAYS,
  DEFAULT_SCHOOL_HOLIDAY_WEEKS,
  intakeReceipts,
  intakeWindowDays,
  MAX_INTAKE_WINDOW_DAYS,
  type Commissorium,
  type MeetingSeries,
} from '../../domain/commissorium';
import type { MeetingForm } from '../../domain/types';
import type { QuorumRule } from '../../domain/vocabulary/forum';
import { planYear } from '../../domain/year-plan';

/**
 * The "Møder og frister" form: a commissorium as the inputs hold it (numbers as typed text), and the way back
 * with a message per field. Pure: the view renders it, tests drive it.
 */

export interface SeriesRow {
  /** Stable React key for the row. */
  readonly key: string;
  readonly kind: MeetingSeries['kind'];
  readonly perYear: string;
  readonly durationMinutes: string;
  readonly form: MeetingForm;
  /** '' = the forum's default start time. */
  readonly startTime: string;
}

export interface SettingsForm {
  readonly name: string;
  readonly series: readonly SeriesRow[];
  /** ISO weekdays 1–5, preferred first. */
  readonly weekdays: readonly number[];
  readonly startTime: string;
  /** The usual room first. */
  readonly rooms: readonly string[];
  readonly planningOn: boolean;
  readonly planningDaysBefore: string;
  readonly planningMinutes: string;
  readonly planningStartTime: string;
  readonly callForItemsDaysBefore: string;
  readonly submissionsCloseDaysBefore: string;
  readonly agendaSentDaysBefore: string;
  readonly minutesDraftDaysAfter: string;
  readonly chairsApproveDaysAfter: string;
  /** "7, 8, 27–32, 42" */
  readonly schoolHolidayWeeks: string;
  readonly avoidObservances: boolean;
  readonly minDaysBetweenMeetings: string;
  /** Minutes approval: how many co-chairs must approve; '' = all of them. */
  readonly approvalsRequired: string;
  /** Beslutningsdygtighed: the rule, '' = none; and for 'at-least' the number of members. */
  readonly quorumRule: QuorumRule | '';
  readonly quorumCount: string;
  /** Mail intake: senders get a receipt for their item. */
  readonly receipts: boolean;
  /** Mail intake: the folder read (kept as stored; '' = the Inbox). Not edited in the form. */
  readonly intakeFolder: string;
  /** Mail intake: a folder read for the first time is read this many days back ("hent mails fra de seneste N dage"). */
  readonly intakeWindowDays: string;
}

/** A field's message as an i18n key under `settings.error` with its values. */
export interface FieldError {
  readonly key: 'required' | 'integer' | 'time' | 'weekdays' | 'series' | 'weeks' | 'room' | 'agendaAfterSubmissions' | 'approveAfterDraft';
  readonly values?: Readonly<Record<string, number>>;
}

/** Errors by field path: "name", "series.0.perYear", "rooms.1", "planningDaysBefore", … */
export type FormErrors = Readonly<Record<string, FieldError>>;

export type FormResult = { readonly ok: true; readonly value: Commissorium } | { readonly ok: false; readonly errors: FormErrors };

const PLANNING_DEFAULT = { daysBefore: 14, durationMinutes: 60, startTime: '14:00' } as const;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** "7, 8, 27–32, 42": consecutive weeks as ranges. */
export function formatWeeks(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const from = sorted[i] ?? 0;
    const to = sorted[j] ?? 0;
    if (to - from >= 2) parts.push(`${from}–${to}`);
    else for (let k = i; k <= j; k += 1) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** Parses "7, 8, 27-32, 42" (hyphen or en dash); undefined when any part is not a week 1–53. */
export function parseWeeks(text: string): number[] | undefined {
  const out = new Set<number>();
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const m = /^(\d{1,2})\s*(?:[-–]\s*(\d{1,2}))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 53 || to < from) return undefined;
    for (let w = from; w <= to; w += 1) out.add(w);
  }
  return [...out].sort((a, b) => a - b);
}

export function toForm(c: Commissorium): SettingsForm {
  const planning = c.planning ?? PLANNING_DEFAULT;
  return {
    name: c.name,
    series: c.series.map((s) => ({
      key: newRowKey(),
      kind: s.kind,
      perYear: String(s.perYear),
      durationMinutes: String(s.durationMinutes),
      form: s.form,
      startTime: s.startTime ?? '',
    })),
    weekdays: [...c.weekdays],
    startTime: c.startTime,
    rooms: [...(c.rooms ?? [])],
    planningOn: c.planning !== undefined,
    planningDaysBefore: String(planning.daysBefore),
    planningMinutes: String(planning.durationMinutes),
    planningStartTime: planning.startTime,
    callForItemsDaysBefore: String(c.deadlines.callForItemsDaysBefore ?? 14),
    submissionsCloseDaysBefore: String(c.deadlines.submissionsCloseDaysBefore),
    agendaSentDaysBefore: String(c.deadlines.agendaSentDaysBefore),
    minutesDraftDaysAfter: String(c.deadlines.minutesDraftDaysAfter),
    chairsApproveDaysAfter: String(c.deadlines.chairsApproveDaysAfter),
    schoolHolidayWeeks: formatWeeks(c.schoolHolidayWeeks.length > 0 ? c.schoolHolidayWeeks : []),
    avoidObservances: c.avoidObservances,
    minDaysBetweenMeetings: String(c.minDaysBetweenMeetings),
    approvalsRequired: c.approval?.required !== undefined ? String(c.approval.required) : '',
    quorumRule: c.quorum?.rule ?? '',
    quorumCount: c.quorum?.count !== undefined ? String(c.quorum.count) : '',
    receipts: intakeReceipts(c),
    intakeFolder: c.intake?.folder ?? '',
    intakeWindowDays: String(intakeWindowDays(c)),
  };
}

/** A new series row: an extra short video meeting by default. */
export function newSeriesRow(kind: MeetingSeries['kind'] = 'video'): SeriesRow {
  return kind === 'video'
    ? { key: newRowKey(), kind, perYear: '3', durationMinutes: '60', form: 'video', startTime: '' }
    : { key: newRowKey(), kind, perYear: '4', durationMinutes: '120', form: 'physical', startTime: '' };
}

/** Toggles a weekday: checking adds it last in the order of preference. */
export function toggleWeekday(weekdays: readonly number[], day: number, on: boolean): number[] {
  const without = weekdays.filter((d) => d !== day);
  return on ? [...without, day] : without;
}

/** Collects parsed values and field errors in one pass. */
class Reader {
  readonly errors: Record<string, FieldError> = {};

  int(path: string, text: string, min: number, max: number): number {
    const t = text.trim();
    if (t === '') {
      this.errors[path] = { key: 'required' };
      return min;
    }
    const n = Number(t);
    if (!/^-?\d+$/.test(t) || n < min || n > max) this.errors[path] = { key: 'integer', values: { min, max } };
    return n;
  }

  time(path: string, text: string, optional = false): string {
    const t = text.trim();
    if (t === '' && optional) return '';
    if (t === '') this.errors[path] = { key: 'required' };
    else if (!HHMM.test(normaliseTime(t))) this.errors[path] = { key: 'time' };
    return normaliseTime(t);
  }
}

/** "9:00" and "09.00" are read as "09:00". */
export function normaliseTime(text: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}` : text.trim();
}

export function fromForm(form: SettingsForm): FormResult {
  const r = new Reader();
  if (form.name.trim() === '') r.errors.name = { key: 'required' };
  if (form.series.length === 0) r.errors.series = { key: 'series' };
  const series = form.series.map((row, i): MeetingSeries => {
    const startTime = r.time(`series.${i}.startTime`, row.startTime, true);
    return {
      kind: row.kind,
      perYear: r.int(`series.${i}.perYear`, row.perYear, 1, 24),
      durationMinutes: r.int(`series.${i}.durationMinutes`, row.durationMinutes, 15, 480),
      form: row.form,
      ...(startTime !== '' ? { startTime } : {}),
    };
  });
  if (form.weekdays.length === 0) r.errors.weekdays = { key: 'weekdays' };
  const startTime = r.time('startTime', form.startTime);
  const rooms = form.rooms.map((room) => room.trim());
  rooms.forEach((room, i) => {
    if (room === '' || room.length > 255) r.errors[`rooms.${i}`] = { key: 'room' };
  });
  const planning = form.planningOn
    ? {
        daysBefore: r.int('planningDaysBefore', form.planningDaysBefore, 1, 60),
        durationMinutes: r.int('planningMinutes', form.planningMinutes, 15, 240),
        startTime: r.time('planningStartTime', form.planningStartTime),
      }
    : undefined;
  const deadlines = {
    submissionsCloseDaysBefore: r.int('submissionsCloseDaysBefore', form.submissionsCloseDaysBefore, 0, 120),
    agendaSentDaysBefore: r.int('agendaSentDaysBefore', form.agendaSentDaysBefore, 0, 120),
    minutesDraftDaysAfter: r.int('minutesDraftDaysAfter', form.minutesDraftDaysAfter, 0, 120),
    chairsApproveDaysAfter: r.int('chairsApproveDaysAfter', form.chairsApproveDaysAfter, 0, 120),
    callForItemsDaysBefore: r.int('callForItemsDaysBefore', form.callForItemsDaysBefore, 0, 120),
  };
  if (
    !r.errors.agendaSentDaysBefore &&
    !r.errors.submissionsCloseDaysBefore &&
    deadlines.agendaSentDaysBefore >= deadlines.submissionsCloseDaysBefore
  ) {
    r.errors.agendaSentDaysBefore = { key: 'agendaAfterSubmissions' };
  }
  if (
    !r.errors.chairsApproveDaysAfter &&
    !r.errors.minutesDraftDaysAfter &&
    deadlines.chairsApproveDaysAfter < deadlines.minutesDraftDaysAfter
  ) {
    r.errors.chairsApproveDaysAfter = { key: 'approveAfterDraft' };
  }
  const weeks = parseWeeks(form.schoolHolidayWeeks);
  if (!weeks) r.errors.schoolHolidayWeeks = { key: 'weeks' };
  const minDaysBetweenMeetings = r.int('minDaysBetweenMeetings', form.minDaysBetweenMeetings, 0, 120);
  const approvalsRequired = form.approvalsRequired.trim() === '' ? undefined : r.int('approvalsRequired', form.approvalsRequired, 1, 10);
  const quorum =
    form.quorumRule === ''
      ? undefined
      : form.quorumRule === 'at-least'
        ? { rule: form.quorumRule, count: r.int('quorumCount', form.quorumCount, 1, 200) }
        : { rule: form.quorumRule };
  const windowDays = r.int('intakeWindowDays', form.intakeWindowDays, 1, MAX_INTAKE_WINDOW_DAYS);
  if (Object.keys(r.errors).length > 0) return { ok: false, errors: r.errors };
  const folder = form.intakeFolder.trim();
  const intake = {
    ...(!form.receipts ? { receipts: false } : {}),
    ...(folder !== '' ? { folder } : {}),
    ...(windowDays !== DEFAULT_INTAKE_WINDOW_DAYS ? { windowDays } : {}),
  };

  const candidate: Commissorium = {
    name: form.name.trim(),
    series,
    weekdays: [...form.weekdays],
    startTime,
    ...(planning ? { planning } : {}),
    deadlines,
    ...(rooms.length > 0 ? { rooms } : {}),
    schoolHolidayWeeks: weeks ?? [...DEFAULT_SCHOOL_HOLIDAY_WEEKS],
    avoidObservances: form.avoidObservances,
    minDaysBetweenMeetings,
    ...(approvalsRequired !== undefined ? { approval: { required: approvalsRequired } } : {}),
    ...(quorum ? { quorum } : {}),
    // Stored only where it differs from the defaults (receipts on, the Inbox, 30 days), so a preset round-trips unchanged.
    ...(Object.keys(intake).length > 0 ? { intake } : {}),
  };
  // The schema is the contract with the stored JSON; the form's checks above should already cover it.
  const parsed = CommissoriumSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: { form: { key: 'required' } } };
}

/** The preview: how many meetings (not counting planning meetings) the settings give in `year`. */
export function previewYear(c: Commissorium, year: number): { readonly meetings: number; readonly unplaced: number } {
  const plan = planYear(year, c);
  return { meetings: plan.meetings.filter((m) => m.kind !== 'planning').length, unplaced: plan.unplaced.length };
}
