import { addDays, daysBetween, isoWeekday, type LocalDate } from './calendar-date';
import type { Commissorium } from './commissorium';
import { copenhagenDate, copenhagenIsoWithOffset, utcToCopenhagenLocal } from './copenhagen-time';
import { meetingTitle, planningTitle, seriesWord } from './meeting-names';
import type { Meeting, MeetingForm, MeetingKind } from './types';
import { blockedReason, planningMeetingFor, type BlockedReason, type YearPlan } from './year-plan';
import { byIso } from './iso-order';

/**
 * The plan the secretariat looks at before booking: the proposed year merged with the meetings the forum already
 * has that year (a meeting already planned by hand is adopted, one already booked is kept as it is), each date
 * adjustable. Pure.
 */

export interface DraftMeeting {
  /** "2027-O1", "2027-O1-P" … — the booking's idempotency key within the forum. */
  readonly meetingRef: string;
  readonly kind: MeetingKind;
  readonly form: MeetingForm;
  readonly title: string;
  /** ISO 8601 with the Copenhagen offset. */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  /** For a planning meeting: the meetingRef of the meeting it prepares. */
  readonly prepares?: string;
  /** The forum's Meetings item this draft stands for, when there is one already. */
  readonly existing?: { readonly id: string; readonly etag: string; readonly booked: boolean };
}

/** "Møde 2/2027", "Videomøde 1/2027", "Planlægningsmøde før møde 2/2027" (src/domain/meeting-names.ts). */
export function draftTitle(meetingRef: string, kind: MeetingKind): string {
  const m = /^(\d{4})-([OVE])(\d+)(-P)?$/.exec(meetingRef);
  if (!m) return kind === 'planning' ? planningTitle() : seriesWord(kind);
  const [, year, series, n, planning] = m;
  const base = meetingTitle(series === 'V' ? 'video' : series === 'E' ? 'extraordinary' : 'ordinary', Number(n), Number(year));
  return planning ? planningTitle(base) : base;
}

const seriesOf = (kind: MeetingKind): MeetingKind => (kind === 'extraordinary' ? 'ordinary' : kind);

/**
 * The proposal for `plan.year` merged with `existing` meetings: each existing, not-cancelled ordinary or video
 * meeting of that year takes the place of the nearest proposed meeting of its kind (its date wins), and so does
 * an existing planning meeting for the meeting it prepares.
 */
export function draftFromPlan(plan: YearPlan, existing: readonly Meeting[]): DraftMeeting[] {
  const inYear = existing.filter((m) => m.status !== 'cancelled' && copenhagenDate(new Date(m.start)).startsWith(`${plan.year}-`));
  const taken = new Set<string>();
  const adopted = new Map<string, Meeting>();
  for (const m of inYear.filter((x) => x.kind === 'ordinary' || x.kind === 'video')) {
    const day = copenhagenDate(new Date(m.start));
    const nearest = plan.meetings
      .filter((p) => p.kind === seriesOf(m.kind) && !taken.has(p.meetingRef))
      .sort((a, b) => Math.abs(daysBetween(a.date, day)) - Math.abs(daysBetween(b.date, day)))[0];
    if (!nearest) continue;
    taken.add(nearest.meetingRef);
    adopted.set(nearest.meetingRef, m);
  }
  for (const p of inYear.filter((x) => x.kind === 'planning' && x.prepares)) {
    const ref = [...adopted.entries()].find(([, m]) => m.id === p.prepares || m.correlationId === p.prepares)?.[0];
    if (ref) adopted.set(`${ref}-P`, p);
  }
  return plan.meetings.map((p) => {
    const found = adopted.get(p.meetingRef);
    const base: DraftMeeting = {
      meetingRef: p.meetingRef,
      kind: p.kind,
      form: p.form,
      title: draftTitle(p.meetingRef, p.kind),
      start: p.start,
      end: p.end,
      ...(p.location ? { location: p.location } : {}),
      ...(p.prepares ? { prepares: p.prepares } : {}),
    };
    if (!found) return base;
    return {
      ...base,
      title: found.title || base.title,
      start: copenhagenIsoWithOffset(utcToCopenhagenLocal(new Date(found.start))),
      end: copenhagenIsoWithOffset(utcToCopenhagenLocal(new Date(found.end))),
      form: found.form,
      ...(found.location ? { location: found.location } : {}),
      existing: { id: found.id, etag: found.etag, booked: found.eventId !== undefined },
    };
  });
}

/** The Copenhagen calendar day of a draft meeting. */
export function draftDay(d: Pick<DraftMeeting, 'start'>): LocalDate {
  return d.start.slice(0, 10);
}

function onDay(iso: string, day: LocalDate): string {
  return copenhagenIsoWithOffset(`${day}T${iso.slice(11, 16)}`);
}

/**
 * Moves one meeting to another day (same time of day and length) and its planning meeting with it, by the
 * commissorium's rule. Deadlines follow by themselves (`deadlinesFor` is relative to the meeting's day).
 */
export function moveDraft(drafts: readonly DraftMeeting[], meetingRef: string, day: LocalDate, c: Commissorium): DraftMeeting[] {
  const planning = planningMeetingFor(meetingRef, day, c);
  return drafts
    .map((d) => {
      if (d.meetingRef === meetingRef) return { ...d, start: onDay(d.start, day), end: onDay(d.end, day) };
      if (d.prepares === meetingRef && planning) return { ...d, start: onDay(d.start, planning.date), end: onDay(d.end, planning.date) };
      return d;
    })
    .sort((a, b) => byIso(a.start, b.start));
}

export type DraftWarning =
  | { readonly kind: 'blocked'; readonly reason: BlockedReason }
  | { readonly kind: 'too-close'; readonly other: string; readonly days: number };

/** What is wrong with a draft meeting's day, if anything: a blocked day, or too close to another meeting. */
export function draftWarnings(drafts: readonly DraftMeeting[], meetingRef: string, c: Commissorium): DraftWarning[] {
  const d = drafts.find((x) => x.meetingRef === meetingRef);
  if (!d) return [];
  const warnings: DraftWarning[] = [];
  const reason = blockedReason(draftDay(d), c);
  if (reason) warnings.push({ kind: 'blocked', reason });
  if (d.kind !== 'planning') {
    for (const other of drafts) {
      if (other === d || other.kind === 'planning') continue;
      const days = Math.abs(daysBetween(draftDay(other), draftDay(d)));
      if (days < c.minDaysBetweenMeetings) warnings.push({ kind: 'too-close', other: other.meetingRef, days });
    }
  }
  return warnings;
}

/** Someone's calendar over the planning period; `readable` is false for people outside the tenant. */
export interface PersonBusy {
  readonly email: string;
  readonly name: string;
  readonly readable: boolean;
  readonly busy: readonly { readonly start: string; readonly end: string }[];
}

export interface DraftConflicts {
  /** Names of people busy at the draft's time. */
  readonly busy: readonly string[];
  /** Names of people whose calendars cannot be read: unknown, never counted as free. */
  readonly unknown: readonly string[];
}

/** Who is busy, and whose availability is unknown, at a draft meeting's time. */
export function draftConflicts(d: Pick<DraftMeeting, 'start' | 'end'>, people: readonly PersonBusy[]): DraftConflicts {
  const start = new Date(d.start).getTime();
  const end = new Date(d.end).getTime();
  const overlaps = (b: { start: string; end: string }): boolean => new Date(b.start).getTime() < end && new Date(b.end).getTime() > start;
  return {
    busy: people.filter((p) => p.readable && p.busy.some(overlaps)).map((p) => p.name),
    unknown: people.filter((p) => !p.readable).map((p) => p.name),
  };
}

/**
 * Prefers days when the readable calendars are free: a meeting someone is busy for moves to the nearest allowed
 * day within two weeks (on one of the forum's weekdays, far enough from the other meetings) when everyone readable
 * is free then — for the meeting and for its planning meeting. Meetings already booked never move.
 */
export function preferFreeDays(drafts: readonly DraftMeeting[], people: readonly PersonBusy[], c: Commissorium): DraftMeeting[] {
  let result = [...drafts];
  for (const d of drafts.filter((x) => x.kind !== 'planning' && !x.existing?.booked)) {
    const current = result.find((x) => x.meetingRef === d.meetingRef);
    if (!current || draftConflicts(current, people).busy.length === 0) continue;
    const day = draftDay(current);
    for (let distance = 1; distance <= 14; distance += 1) {
      const options = [addDays(day, -distance), addDays(day, distance)];
      const found = options.find((candidate) => {
        if (!c.weekdays.includes(isoWeekday(candidate)) || blockedReason(candidate, c) || !candidate.startsWith(day.slice(0, 4)))
          return false;
        const moved = moveDraft(result, d.meetingRef, candidate, c);
        const m = moved.find((x) => x.meetingRef === d.meetingRef);
        const p = moved.find((x) => x.prepares === d.meetingRef);
        return (
          m !== undefined &&
          draftWarnings(moved, d.meetingRef, c).length === 0 &&
          draftConflicts(m, people).busy.length === 0 &&
          (!p || draftConflicts(p, people).busy.length === 0)
        );
      });
      if (found) {
        result = moveDraft(result, d.meetingRef, found, c);
        break;
      }
    }
  }
  return result;
}
