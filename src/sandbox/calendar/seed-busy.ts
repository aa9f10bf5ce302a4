import { createHash } from 'node:crypto';
import type { DirectoryUser } from '../directory/state';
import { seedId } from '../seed/ids';
import { copenhagenToUtcMs, copenhagenWallClock } from '../../domain/copenhagen-time';
import { newChangeKey, type WriteContext } from './attendee-copies';
import { iCalUIdFor } from './events-write';
import type { FreeBusyStatus, StoredEvent } from './state';

const DAY = 24 * 60 * 60 * 1000;
const WEEKS_BACK = 2;
const WEEKS_AHEAD = 26;

interface Block {
  readonly weekday: number; // 1 = Monday
  readonly start: string; // "09:00"
  readonly minutes: number;
  readonly subject: string;
  readonly showAs: FreeBusyStatus;
}

/** Standing weekly meetings everyone in a hospital management has. */
const WEEKLY: readonly Block[] = [
  { weekday: 1, start: '09:00', minutes: 120, subject: 'Direktionsmøde', showAs: 'busy' },
  { weekday: 3, start: '13:00', minutes: 60, subject: 'Afdelingsledermøde', showAs: 'busy' }, // every other week
  { weekday: 5, start: '08:00', minutes: 60, subject: 'Tavlemøde', showAs: 'tentative' },
];

const EXTRA_SUBJECTS = ['Møde med kommunerne', 'Budgetopfølgning', 'Strategiseminar', 'Dialogmøde med praksis', 'Kvalitetsråd'];

/** A number 0..n-1 fixed by the parts, so the seed is the same on every run with the same clock. */
function pick(n: number, ...parts: string[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) % n;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The Monday (Copenhagen date "YYYY-MM-DD") of the week containing `instant`. */
function mondayOf(instant: Date): Date {
  const w = copenhagenWallClock(instant);
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day));
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * DAY);
}

function localDate(monday: Date, weekday: number): string {
  const d = new Date(monday.getTime() + (weekday - 1) * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Busy time in each person's own calendar, so free/busy and findMeetingTimes have something
 * to avoid: weekly standing meetings, one other two-hour meeting a week, and a week of holiday
 * (out of office) for each person in the summer.
 */
export function busyCalendarEvents(people: readonly DirectoryUser[], now: Date, ctx: WriteContext): StoredEvent[] {
  const events: StoredEvent[] = [];
  const first = new Date(mondayOf(now).getTime() - WEEKS_BACK * 7 * DAY);
  for (const person of people) {
    const make = (key: string, localStart: string, minutes: number, subject: string, showAs: FreeBusyStatus): void => {
      const id = seedId('busy', person.id, key);
      const start = copenhagenToUtcMs(localStart);
      events.push({
        id,
        owner: { kind: 'user', id: person.id },
        iCalUId: iCalUIdFor(id),
        createdDateTime: ctx.nowIso,
        lastModifiedDateTime: ctx.nowIso,
        changeKey: newChangeKey(ctx),
        subject,
        body: { contentType: 'html', content: '' },
        start: new Date(start).toISOString(),
        end: new Date(start + minutes * 60000).toISOString(),
        originalStartTimeZone: 'Romance Standard Time',
        originalEndTimeZone: 'Romance Standard Time',
        location: { displayName: '' },
        locations: [],
        attendees: [],
        organizer: { name: person.displayName, address: person.mail },
        isOrganizer: true,
        responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
        isOnlineMeeting: false,
        onlineMeetingProvider: 'unknown',
        isCancelled: false,
        showAs,
        isAllDay: false,
        categories: [],
        importance: 'normal',
        sensitivity: 'normal',
        isReminderOn: true,
        reminderMinutesBeforeStart: 15,
        responseRequested: false,
        allowNewTimeProposals: true,
      });
    };
    const holidayWeek = 26 + pick(6, person.id, 'holiday');
    for (let week = 0; week < WEEKS_BACK + WEEKS_AHEAD; week++) {
      const monday = new Date(first.getTime() + week * 7 * DAY);
      const isoWeekish = Math.floor((monday.getTime() - Date.UTC(monday.getUTCFullYear(), 0, 1)) / (7 * DAY)) + 1;
      if (isoWeekish === holidayWeek) {
        make(`holiday-${localDate(monday, 1)}`, `${localDate(monday, 1)}T08:00`, (4 * 24 + 9) * 60, 'Ferie', 'oof');
        continue;
      }
      for (const b of WEEKLY.filter((x) => x.weekday !== 3 || week % 2 === 0))
        make(`${b.subject}-${localDate(monday, b.weekday)}`, `${localDate(monday, b.weekday)}T${b.start}`, b.minutes, b.subject, b.showAs);
      const day = 2 + pick(3, person.id, String(week), 'day');
      const hour = 9 + pick(6, person.id, String(week), 'hour');
      make(
        `extra-${localDate(monday, day)}`,
        `${localDate(monday, day)}T${pad(hour)}:00`,
        120,
        EXTRA_SUBJECTS[pick(EXTRA_SUBJECTS.length, person.id, String(week))] ?? 'Møde',
        'busy',
      );
    }
  }
  return events;
}
