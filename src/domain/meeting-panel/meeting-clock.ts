/**
 * The clock of a meeting in progress, as the side panel shows it: which agenda item the time slots say should be
 * running now, which one the secretariat has marked as running (and since when), and how far ahead or behind the
 * meeting is. Arithmetic is on instants (ISO UTC), so a meeting on a daylight-saving day counts the minutes that pass;
 * the panel prints the times as Copenhagen wall clock (date-format.ts).
 *
 * Ahead or behind is read off the running item: if it takes the time the agenda gives it from when it was started,
 * it ends at `started + duration` — or now, if that has passed (it is running over). That end against the item's
 * slot end is the meeting's lag: positive behind ("3 min bagud"), negative ahead ("5 min foran"). Before an item is
 * marked the schedule alone is shown; no guess is made from the clock.
 */

export interface ClockItem {
  readonly id: string;
  /** The item's time slot, ISO UTC; items without time of their own have none and are never "due". */
  readonly slot?: { readonly start: string; readonly end: string };
  /** When the secretariat marked the item as running, ISO UTC. */
  readonly startedAt?: string;
}

export type ClockPhase = 'before' | 'running' | 'after';

export interface MeetingClock {
  /** Before the meeting's start, during it, or after its end (by the booking, not by the agenda's last slot). */
  readonly phase: ClockPhase;
  /** Whole minutes until the start (before) or since the end (after); 0 while it runs. */
  readonly minutesToStart: number;
  readonly minutesPastEnd: number;
  /** The item whose slot holds now (the first one before the start, none after the last slot). */
  readonly dueId?: string;
  /** The item marked as running most recently. */
  readonly runningId?: string;
  /**
   * Minutes the meeting is behind (positive) or ahead (negative), from the running item; undefined when none is
   * marked or the marked one has no slot.
   */
  readonly lagMinutes?: number;
  /** Minutes left of the running item's time (0 when it runs over). */
  readonly runningMinutesLeft?: number;
  /** Minutes the running item has run past its own allotted time. */
  readonly runningOverMinutes?: number;
}

const MINUTE = 60_000;

/** Whole minutes of a span, rounded to the nearest minute (half a minute up), so a lag does not flicker by seconds. */
const minutes = (ms: number): number => Math.sign(ms) * Math.round(Math.abs(ms) / MINUTE);

/** The item marked as running last; a later mark of an earlier item (the meeting went back to it) wins. */
export function runningItem<T extends ClockItem>(items: readonly T[]): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!item.startedAt || Number.isNaN(Date.parse(item.startedAt))) continue;
    if (!found?.startedAt || Date.parse(item.startedAt) >= Date.parse(found.startedAt)) found = item;
  }
  return found;
}

/** The item the agenda says should run at `now`: the slot holding it, or the first slot before the meeting begins. */
export function dueItem<T extends ClockItem>(items: readonly T[], now: Date): T | undefined {
  const at = now.getTime();
  const timed = items.filter((i) => i.slot && !Number.isNaN(Date.parse(i.slot.start)) && !Number.isNaN(Date.parse(i.slot.end)));
  const first = timed[0];
  if (first?.slot && at < Date.parse(first.slot.start)) return first;
  return timed.find((i) => i.slot && Date.parse(i.slot.start) <= at && at < Date.parse(i.slot.end));
}

export function meetingClock(
  meeting: { readonly start: string; readonly end: string },
  items: readonly ClockItem[],
  now: Date,
): MeetingClock {
  const at = now.getTime();
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  const phase: ClockPhase = at < start ? 'before' : at >= end ? 'after' : 'running';
  const due = dueItem(items, now);
  const running = runningItem(items);
  const base = {
    phase,
    minutesToStart: phase === 'before' ? Math.ceil((start - at) / MINUTE) : 0,
    minutesPastEnd: phase === 'after' ? Math.floor((at - end) / MINUTE) : 0,
    ...(due ? { dueId: due.id } : {}),
  };
  if (!running?.startedAt) return base;
  const withRunning = { ...base, runningId: running.id };
  if (!running.slot) return withRunning;
  const duration = Date.parse(running.slot.end) - Date.parse(running.slot.start);
  const started = Date.parse(running.startedAt);
  const endsAt = Math.max(started + duration, at);
  return {
    ...withRunning,
    lagMinutes: minutes(endsAt - Date.parse(running.slot.end)),
    runningMinutesLeft: Math.max(0, minutes(started + duration - at)),
    runningOverMinutes: Math.max(0, minutes(at - (started + duration))),
  };
}
