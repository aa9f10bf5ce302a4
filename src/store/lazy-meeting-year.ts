import type { ForumRef, Meeting } from '../domain/types';
import type { CalendarUids } from './calendar-uids';
import type { Graph } from '../graph/types';
import type { MeetingYearStore } from './meeting-year-store';

/** The methods of MeetingYearStore, each loading the booking code (and the Danish holiday tables) on first use. */
export type MeetingYearApi = Pick<MeetingYearStore, 'book' | 'move' | 'cancel' | 'suggestTimes' | 'schedules'> & {
  /** The events' own `iCalUId`s, for the year's .ics export (see calendar-uids.ts). */
  calendarUids(meetings: readonly Meeting[]): Promise<CalendarUids>;
};

/**
 * Booking pulls in the year plan and the holiday calendar; the home never needs them, so they load when the secretariat
 * first plans, moves or books — keeping every entry's first load inside its budget.
 */
export function lazyMeetingYear(graph: Graph, ref: ForumRef): MeetingYearApi {
  let store: Promise<MeetingYearStore> | undefined;
  const get = (): Promise<MeetingYearStore> => (store ??= import('./meeting-year-store.js').then((m) => new m.MeetingYearStore(graph, ref)));
  return {
    book: async (...args) => (await get()).book(...args),
    move: async (...args) => (await get()).move(...args),
    cancel: async (...args) => (await get()).cancel(...args),
    suggestTimes: async (...args) => (await get()).suggestTimes(...args),
    schedules: async (...args) => (await get()).schedules(...args),
    // Not the booking code: the export needs only the reads.
    calendarUids: async (meetings) => (await import('./calendar-uids.js')).readCalendarUids(graph, ref, meetings),
  };
}
