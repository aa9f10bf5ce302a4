import type { SandboxState } from '../state';
import { calendarUserOf } from './attendee-copies';
import type { FreeBusyStatus } from './state';

/** A stretch of time someone's calendar blocks, in epoch ms. */
export interface BusyInterval {
  readonly start: number;
  readonly end: number;
  readonly status: Exclude<FreeBusyStatus, 'free' | 'unknown'>;
  readonly subject: string;
  readonly location: string;
}

/**
 * The busy times of a tenant member's calendar, or undefined when the sandbox cannot know them
 * (guests, other organisations, unknown addresses): Graph reports those as `unknown`.
 */
export function busyIntervalsFor(state: SandboxState, address: string): BusyInterval[] | undefined {
  const userId = calendarUserOf(state, address);
  if (!userId) return undefined;
  return state.calendar.events
    .filter((e) => e.owner.kind === 'user' && e.owner.id === userId && !e.isCancelled && e.showAs !== 'free' && e.showAs !== 'unknown')
    .map((e) => ({
      start: Date.parse(e.start),
      end: Date.parse(e.end),
      status: e.showAs as BusyInterval['status'],
      subject: e.subject,
      location: e.location.displayName,
    }))
    .sort((a, b) => a.start - b.start);
}

const WEIGHT: Readonly<Record<FreeBusyStatus, number>> = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4, unknown: -1 };

/** How available someone is over [start, end): the most blocking status that overlaps it. */
export function availabilityOver(busy: readonly BusyInterval[] | undefined, start: number, end: number): FreeBusyStatus {
  if (!busy) return 'unknown';
  let worst: FreeBusyStatus = 'free';
  for (const b of busy) {
    if (b.start < end && b.end > start && WEIGHT[b.status] > WEIGHT[worst]) worst = b.status;
  }
  return worst;
}

/** getSchedule's availabilityView digit for a status. */
export const VIEW_DIGIT: Readonly<Record<FreeBusyStatus, string>> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
  unknown: '0',
};
