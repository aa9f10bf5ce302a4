import type { Meeting } from '../../domain/types';
import { copenhagenYear } from '../format/dates';

/** The meetings of the Copenhagen calendar year `now` falls in. */
export function meetingsOfYear(meetings: readonly Meeting[], now: Date): Meeting[] {
  const year = String(copenhagenYear(now));
  return meetings.filter((m) => String(copenhagenYear(new Date(m.start))) === year);
}

/** The next meeting that is not over and not cancelled; planning meetings only when `includePlanning`. */
export function nextMeeting(meetings: readonly Meeting[], now: Date, includePlanning = false): Meeting | undefined {
  const iso = now.toISOString();
  return meetings.find((m) => m.end > iso && m.status !== 'cancelled' && (includePlanning || m.kind !== 'planning'));
}

/** The planning meeting that prepares `meeting` (by reference, else the last planning meeting before it). */
export function planningMeetingFor(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  const linked = meetings.find(
    (m) =>
      m.kind === 'planning' &&
      (m.prepares === meeting.id || (meeting.correlationId !== undefined && m.prepares === meeting.correlationId)) &&
      m.status !== 'cancelled',
  );
  if (linked) return linked;
  return [...meetings].reverse().find((m) => m.kind === 'planning' && m.status !== 'cancelled' && m.start < meeting.start && !m.prepares);
}
