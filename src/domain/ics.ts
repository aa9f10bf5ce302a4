import { addDays, type LocalDate } from './calendar-date';

/**
 * iCalendar (RFC 5545) export of a forum's year: timed events in UTC, deadlines as all-day events. Pure; lines are
 * escaped and folded at 75 octets, and end in CRLF as the RFC requires.
 * Kept by hand: ical-generator writes the same file (tests/unit/domain/ics.test.ts reads it with ical.js) but adds
 * 9.2 KiB gzip of JS, over bench/budgets.json's all-JS budget; the commit that used it is in this file's history.
 */

export type IcsEvent =
  | { readonly uid: string; readonly summary: string; readonly start: string; readonly end: string; readonly location?: string; readonly description?: string; readonly url?: string; readonly cancelled?: boolean }
  | { readonly uid: string; readonly summary: string; readonly date: LocalDate; readonly description?: string };

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a multi-byte character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (iso: string): string => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const dateValue = (d: LocalDate): string => d.replace(/-/g, '');

export function toIcs(calendarName: string, events: readonly IcsEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sekretariat//Mødeår//DA', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendarName)}`, 'X-WR-TIMEZONE:Europe/Copenhagen'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(stamp)}`, `SUMMARY:${escapeText(e.summary)}`);
    if ('date' in e) {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(e.date)}`, `DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`, 'TRANSP:TRANSPARENT');
    } else {
      lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`);
      if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
      if (e.url) lines.push(`URL:${e.url}`);
      if (e.cancelled) lines.push('STATUS:CANCELLED');
    }
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
