import { toIcs, type IcsEvent } from '../../../../domain/ics';
import { calendarSubject, deadlineSubject } from '../../../../domain/meeting-names';
import type { Forum } from '../../../../domain/types';
import { DEADLINE_DA } from '../../../../domain/year-plan';
import type { TimelineEntry } from '../../../../domain/year-timeline';

/** The timeline as calendar events: meetings timed (with room and Teams link), deadlines all-day. */
export function yearIcsEvents(forum: Pick<Forum, 'groupId' | 'shortName' | 'name'>, entries: readonly TimelineEntry[]): IcsEvent[] {
  return entries.map((e): IcsEvent => {
    if (e.type === 'deadline') return { uid: `${forum.groupId}-${e.meeting.id}-${e.kind}@sekretariat`, summary: deadlineSubject(forum, DEADLINE_DA[e.kind], e.meeting.title), date: e.date };
    const m = e.meeting;
    return {
      uid: `${forum.groupId}-${m.id}@sekretariat`,
      // The subject the calendar invitation has (src/domain/meeting-names.ts): the forum and the meeting.
      summary: calendarSubject({ forum, title: m.title, ...(m.kind === 'extraordinary' && m.purpose ? { purpose: m.purpose } : {}) }),
      start: m.start,
      end: m.end,
      ...(m.location ? { location: m.location } : {}),
      ...(m.joinUrl ? { url: m.joinUrl } : {}),
      ...(m.status === 'cancelled' ? { cancelled: true } : {}),
    };
  });
}

/** Saves "<forum>-<year>.ics" through the browser (works in the Teams tab and the web app). */
export function downloadYearIcs(forum: Forum, entries: readonly TimelineEntry[], year: number, now: Date): void {
  const text = toIcs(`${forum.name} ${year}`, yearIcsEvents(forum, entries), now.toISOString());
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${(forum.shortName || 'forum').toLowerCase()}-${year}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
