import { slotText } from './date-format';

/**
 * Time slots of an agenda ("kl. 08.40–09.05"), as the reference minutes print them: each item starts when the one
 * before it ends, from the meeting's start. Arithmetic is on instants (elapsed minutes); labels are Copenhagen wall
 * clock, so a meeting on a daylight-saving day shows the times people's clocks show.
 */

export interface SlotInput {
  readonly durationMinutes: number;
}

export interface AgendaSlot<T extends SlotInput = SlotInput> {
  readonly item: T;
  /** 1-based position on the agenda. */
  readonly position: number;
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
  /** "kl. 08.40–09.05". */
  readonly label: string;
  /** The item ends after the meeting does. */
  readonly overruns: boolean;
}

export interface AgendaSchedule<T extends SlotInput = SlotInput> {
  readonly slots: readonly AgendaSlot<T>[];
  /** When the last item ends, ISO UTC (the meeting's start for an empty agenda). */
  readonly end: string;
  readonly totalMinutes: number;
  /** Minutes the items run past the meeting's end; 0 when they fit. */
  readonly overrunMinutes: number;
}

const MINUTE = 60_000;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/** "kl. 08.40–09.05" (Copenhagen wall clock). */
export function formatSlot(start: string, end: string): string {
  return slotText(start, end);
}

/** A duration as whole, non-negative minutes (anything unreadable counts as 0). */
export function safeMinutes(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** The slots of `items` in order, from `meetingStart`; overrun measured against `meetingEnd`. */
export function agendaSlots<T extends SlotInput>(meetingStart: string, meetingEnd: string, items: readonly T[]): AgendaSchedule<T> {
  const startMs = Date.parse(meetingStart);
  const endMs = Date.parse(meetingEnd);
  if (Number.isNaN(startMs)) throw new Error(`agendaSlots: "${meetingStart}" is not a date-time`);
  let at = startMs;
  const slots = items.map((item, i): AgendaSlot<T> => {
    const from = at;
    at += safeMinutes(item.durationMinutes) * MINUTE;
    return {
      item,
      position: i + 1,
      start: iso(from),
      end: iso(at),
      label: formatSlot(iso(from), iso(at)),
      overruns: !Number.isNaN(endMs) && at > endMs,
    };
  });
  const overrun = Number.isNaN(endMs) ? 0 : Math.max(0, Math.ceil((at - endMs) / MINUTE));
  return { slots, end: iso(at), totalMinutes: Math.round((at - startMs) / MINUTE), overrunMinutes: overrun };
}
