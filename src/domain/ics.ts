import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDays, type LocalDate } from './calendar-date';

/**
 * iCalendar (RFC 5545) export of a forum's year: timed events in UTC, deadlines as all-day events. Pure: ical-generator
 * only builds the text (escaping, folding at 75 octets, CRLF).
 */

export type IcsEvent =
  | {
      readonly uid: string;
      readonly summary: string;
      readonly start: string;
      readonly end: string;
      readonly location?: string;
      readonly description?: string;
      readonly url?: string;
      readonly cancelled?: boolean;
    }
  | { readonly uid: string; readonly summary: string; readonly date: LocalDate; readonly description?: string };

// ical-generator writes the calendar's name unescaped (unlike an event's text): escaped here as RFC 5545 TEXT.
const calendarText = (text: string): string => text.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');

export function toIcs(calendarName: string, events: readonly IcsEvent[], stamp: string): string {
  const calendar = ical({
    name: calendarText(calendarName),
    prodId: '//Sekretariat//Mødeår//DA',
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // Times are written in UTC; the zone is a hint for clients that show the calendar's own time zone.
    x: [['X-WR-TIMEZONE', 'Europe/Copenhagen']],
  });
  for (const e of events) {
    const common = { id: e.uid, stamp: new Date(stamp), summary: e.summary, ...(e.description ? { description: e.description } : {}) };
    if ('date' in e) {
      // All-day: DTEND is the day after (exclusive), and the day is not shown as busy.
      calendar.createEvent({
        ...common,
        allDay: true,
        start: e.date,
        end: addDays(e.date, 1),
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    } else {
      calendar.createEvent({
        ...common,
        start: new Date(e.start),
        end: new Date(e.end),
        ...(e.location ? { location: e.location } : {}),
        ...(e.url ? { url: e.url } : {}),
        ...(e.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
      });
    }
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last one bare.
  return `${calendar.toString()}\r\n`;
}
