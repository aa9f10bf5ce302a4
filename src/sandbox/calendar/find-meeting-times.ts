import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time';
import { availabilityOver, type BusyInterval } from './freebusy';
import type { FreeBusyStatus } from './state';

/**
 * findMeetingTimes' slot logic, pure. Candidates step through the requested time slots every
 * 30 minutes (inside Copenhagen work hours, 08:00–17:00 Mon–Fri, for activityDomain "work");
 * each attendee's attendance probability is free 100 %, tentative 50 %, busy/oof 0 %,
 * unknown 50 %, and a candidate's confidence is their average, as Graph documents it.
 */
export type ActivityDomain = 'work' | 'personal' | 'unrestricted' | 'unknown';

export interface MeetingAttendee {
  readonly type: 'required' | 'optional' | 'resource';
  readonly emailAddress: { readonly name?: string; readonly address: string };
  /** Undefined when their free/busy cannot be known (outside the tenant). */
  readonly busy: readonly BusyInterval[] | undefined;
}

export interface MeetingTimesQuery {
  readonly organizerBusy: readonly BusyInterval[];
  readonly attendees: readonly MeetingAttendee[];
  readonly slots: readonly { readonly start: number; readonly end: number }[];
  readonly durationMs: number;
  readonly maxCandidates: number;
  readonly isOrganizerOptional: boolean;
  readonly minimumAttendeePercentage: number;
  readonly activityDomain: ActivityDomain;
}

export interface MeetingTimeSuggestion {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly organizerAvailability: FreeBusyStatus;
  readonly attendeeAvailability: { readonly attendee: MeetingAttendee; readonly availability: FreeBusyStatus }[];
}

export type EmptySuggestionsReason = '' | 'attendeesUnavailable' | 'attendeesUnavailableOrUnknown' | 'organizerUnavailable' | 'unknown';

const STEP_MS = 30 * 60 * 1000;
const WORK_START_MIN = 8 * 60;
const WORK_END_MIN = 17 * 60;

const PROBABILITY: Readonly<Record<FreeBusyStatus, number>> = {
  free: 100,
  workingElsewhere: 100,
  tentative: 50,
  unknown: 50,
  busy: 0,
  oof: 0,
};

const HOUR_MS = 3600_000;
/** Copenhagen's UTC offset by UTC hour (offsets change only on the hour), so scanning months stays fast. */
const offsetByHour = new Map<number, number>();
function copenhagenWall(ms: number): Date {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = copenhagenOffsetMinutes(new Date(hour * HOUR_MS));
    offsetByHour.set(hour, offset);
  }
  return new Date(ms + offset * 60000);
}

/** Whether [start, end) lies within one Copenhagen working day's work hours. */
export function withinWorkHours(start: number, end: number): boolean {
  const a = copenhagenWall(start);
  const b = copenhagenWall(end - 1);
  if (a.getUTCFullYear() !== b.getUTCFullYear() || a.getUTCMonth() !== b.getUTCMonth() || a.getUTCDate() !== b.getUTCDate()) return false;
  const weekday = a.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const startMin = a.getUTCHours() * 60 + a.getUTCMinutes();
  const endMin = startMin + Math.round((end - start) / 60000);
  return startMin >= WORK_START_MIN && endMin <= WORK_END_MIN;
}

/** ISO 8601 duration ("PT2H", "PT1H30M", "P1D") in ms; undefined if unreadable. */
export function parseDuration(value: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim() === 'PT') return undefined;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0));
  return (((d ?? 0) * 24 + (h ?? 0)) * 60 + (min ?? 0)) * 60000 + (s ?? 0) * 1000;
}

export function findMeetingTimes(q: MeetingTimesQuery): {
  emptySuggestionsReason: EmptySuggestionsReason;
  suggestions: MeetingTimeSuggestion[];
} {
  const people = q.attendees.filter((a) => a.type !== 'resource');
  const candidates: MeetingTimeSuggestion[] = [];
  let considered = 0;
  let organizerBlocked = 0;
  for (const slot of q.slots) {
    const within = (busy: readonly BusyInterval[] | undefined): BusyInterval[] | undefined =>
      busy?.filter((b) => b.start < slot.end && b.end > slot.start);
    const organizerBusy = within(q.organizerBusy) ?? [];
    const attendeesBusy = people.map((a) => within(a.busy));
    const first = Math.ceil(slot.start / STEP_MS) * STEP_MS;
    for (let start = first; start + q.durationMs <= slot.end; start += STEP_MS) {
      const end = start + q.durationMs;
      if ((q.activityDomain === 'work' || q.activityDomain === 'unknown') && !withinWorkHours(start, end)) continue;
      considered++;
      const organizerAvailability = availabilityOver(organizerBusy, start, end);
      if (!q.isOrganizerOptional && PROBABILITY[organizerAvailability] < 100) {
        organizerBlocked++;
        continue;
      }
      const attendeeAvailability = people.map((attendee, i) => ({
        attendee,
        availability: availabilityOver(attendeesBusy[i], start, end),
      }));
      const confidence =
        people.length === 0 ? 100 : attendeeAvailability.reduce((sum, a) => sum + PROBABILITY[a.availability], 0) / people.length;
      if (confidence < q.minimumAttendeePercentage) continue;
      candidates.push({ start, end, confidence, organizerAvailability, attendeeAvailability });
    }
  }
  const suggestions = candidates.sort((a, b) => b.confidence - a.confidence || a.start - b.start).slice(0, Math.max(0, q.maxCandidates));
  if (suggestions.length > 0) return { emptySuggestionsReason: '', suggestions };
  if (considered === 0) return { emptySuggestionsReason: 'unknown', suggestions };
  if (organizerBlocked === considered) return { emptySuggestionsReason: 'organizerUnavailable', suggestions };
  const anyUnknown = people.some((a) => a.busy === undefined);
  return { emptySuggestionsReason: anyUnknown ? 'attendeesUnavailableOrUnknown' : 'attendeesUnavailable', suggestions };
}
