import type { IcsEvent } from '../../../../domain/ics';
import { calendarSubject, deadlineSubject, TEAMS_JOIN_TEXT } from '../../../../domain/meeting-names';
import type { Forum } from '../../../../domain/types';
import { DEADLINE_DA } from '../../../../domain/year-plan';
import type { TimelineEntry } from '../../../../domain/year-timeline';
import { deadlineUidKey, type CalendarUids } from '../../../../store/calendar-uids';
import { saveFile } from '../../../components/save-file';

/**
 * The timeline as calendar events: meetings timed (with room and Teams link), deadlines all-day. Each event carries
 * the calendar's own UID where it is known (`uids`), so importing the file updates the invitation a member already
 * has instead of adding a second copy; an event without one (not booked, or unreadable) gets a stable UID of ours.
 */
export function yearIcsEvents(
  forum: Pick<Forum, 'groupId' | 'shortName' | 'name'>,
  entries: readonly TimelineEntry[],
  uids: CalendarUids = new Map(),
): IcsEvent[] {
  return entries.map((e): IcsEvent => {
    if (e.type === 'deadline') {
      return {
        uid: uids.get(deadlineUidKey(e.meeting.id, e.kind)) ?? `${forum.groupId}-${e.meeting.id}-${e.kind}@sekretariat`,
        summary: deadlineSubject(forum, DEADLINE_DA[e.kind], e.meeting.title),
        date: e.date,
      };
    }
    const m = e.meeting;
    return {
      uid: uids.get(m.id) ?? `${forum.groupId}-${m.id}@sekretariat`,
      // The subject the calendar invitation has (src/domain/meeting-names.ts): the forum and the meeting.
      summary: calendarSubject({ forum, title: m.title, ...(m.kind === 'extraordinary' && m.purpose ? { purpose: m.purpose } : {}) }),
      start: m.start,
      end: m.end,
      ...(m.location ? { location: m.location } : {}),
      // Outlook and Google show an event's DESCRIPTION, not its URL property: the Teams link goes in both.
      ...(m.joinUrl ? { url: m.joinUrl, description: `${TEAMS_JOIN_TEXT}: ${m.joinUrl}` } : {}),
      ...(m.status === 'cancelled' ? { cancelled: true } : {}),
    };
  });
}

/**
 * Saves "<forum>-<year>.ics" through the browser (works in the Teams tab and the web app), with the events' own UIDs
 * read first; when they cannot be read the file still comes, with ours.
 */
export async function downloadYearIcs(
  forum: Forum,
  entries: readonly TimelineEntry[],
  year: number,
  now: Date,
  readUids: () => Promise<CalendarUids>,
): Promise<void> {
  // The iCalendar writer (ical-generator) loads on the first download, not with the year view.
  const [uids, { toIcs }] = await Promise.all([readUids().catch((): CalendarUids => new Map()), import('../../../../domain/ics.js')]);
  const text = toIcs(`${forum.name} ${year}`, yearIcsEvents(forum, entries, uids), now.toISOString());
  saveFile(text, `${(forum.shortName || 'forum').toLowerCase()}-${year}.ics`, 'text/calendar;charset=utf-8');
}
