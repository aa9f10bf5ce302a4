import ICAL from 'ical.js';
import { toIcs, type IcsEvent } from '../../../src/domain/ics';

/**
 * The year's .ics as calendar clients read it: parsed by ical.js (Mozilla's parser, used by Thunderbird), an
 * implementation independent of the one that writes it.
 */
const STAMP = '2026-11-23T10:00:00Z';
const JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0ZjM5ZTUtYmQ4Ny00ZGE2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d';
const LONG = `Dagsorden: ${'økonomi, årshjul og fælles indsatser; '.repeat(6)}slut`;

const EVENTS: readonly IcsEvent[] = [
  {
    uid: 'AAMkAGI2-møde-1@sekretariat',
    summary: 'KSG: Møde 1/2027, dagsorden; æøå ÆØÅ',
    start: '2027-03-11T08:00:00Z',
    end: '2027-03-11T10:00:00Z',
    location: 'Regionshuset, lokale 3; 1. sal',
    url: JOIN,
    description: `Deltag i Teams-mødet: ${JOIN}`,
  },
  {
    uid: 'g1-m2@sekretariat',
    summary: 'KSG: Møde 2/2027',
    start: '2027-06-10T07:30:00Z',
    end: '2027-06-10T09:30:00Z',
    cancelled: true,
    description: `Aflyst.\nSe ny dato, når den kommer.`,
  },
  {
    uid: 'g1-m1-submissions@sekretariat',
    summary: 'KSG: Frist for sagsfremstillinger, Møde 1/2027',
    date: '2027-02-18',
    description: LONG,
  },
  { uid: 'g1-m3-agenda@sekretariat', summary: 'KSG: Dagsorden udsendes', date: '2027-12-31' },
];

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const events = (ics: string) =>
  parse(ics)
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
const utc = (t: ICAL.Time | undefined): string | undefined => t?.toJSDate().toISOString();

describe('toIcs, read back by ical.js', () => {
  const ics = toIcs('Klyngestyregruppen, Horsens 2027', EVENTS, STAMP);
  const [meeting, cancelled, deadline, lastDay] = events(ics);

  it('is one published VCALENDAR with one VEVENT per entry, in order, each with its UID and stamp', () => {
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ICAL.design.icalendar.value.text.fromICAL?.(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(
      'Klyngestyregruppen, Horsens 2027',
    );
    expect(events(ics).map((e) => e.uid)).toEqual(EVENTS.map((e) => e.uid));
    for (const e of events(ics)) expect(utc(e.component.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe('2026-11-23T10:00:00.000Z');
  });

  it('times meetings in UTC, with Danish text, commas and semicolons as written', () => {
    expect(meeting?.summary).toBe('KSG: Møde 1/2027, dagsorden; æøå ÆØÅ');
    expect(meeting?.startDate.isDate).toBe(false);
    expect(meeting?.startDate.zone.tzid).toBe('UTC');
    expect(utc(meeting?.startDate)).toBe('2027-03-11T08:00:00.000Z');
    expect(utc(meeting?.endDate)).toBe('2027-03-11T10:00:00.000Z');
    expect(meeting?.location).toBe('Regionshuset, lokale 3; 1. sal');
    expect(meeting?.description).toBe(`Deltag i Teams-mødet: ${JOIN}`);
    expect(meeting?.component.getFirstPropertyValue('url')).toBe(JOIN);
    expect(meeting?.component.getFirstPropertyValue('status')).toBeNull();
  });

  it('marks a cancelled meeting CANCELLED and keeps its line breaks', () => {
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.description).toBe('Aflyst.\nSe ny dato, når den kommer.');
  });

  it('writes deadlines as all-day events ending the next day (exclusive), shown as free', () => {
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe('2027-02-18');
    expect(deadline?.endDate.toString()).toBe('2027-02-19');
    expect(deadline?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(deadline?.summary).toBe('KSG: Frist for sagsfremstillinger, Møde 1/2027');
    expect(lastDay?.endDate.toString()).toBe('2028-01-01');
    expect(lastDay?.description).toBeNull();
  });

  it('folds long lines at 75 octets without splitting a letter, and reads them back whole', () => {
    const lines = ics.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect(ics).not.toContain('\uFFFD');
    expect(deadline?.description).toBe(LONG);
  });
});

describe('toIcs, the text itself', () => {
  it('writes RFC 5545: CRLF lines, escaped text, all-day deadlines', () => {
    const ics = toIcs(
      'KSG 2027',
      [
        {
          uid: 'm1@x',
          summary: 'Møde 1, 2027; dagsorden',
          start: '2027-03-11T08:00:00Z',
          end: '2027-03-11T10:00:00Z',
          location: 'Lokale 3',
        },
        { uid: 'd1@x', summary: 'Frist', date: '2027-02-18' },
      ],
      STAMP,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('DTSTART:20270311T080000Z');
    expect(ics).toContain('SUMMARY:Møde 1\\, 2027\\; dagsorden');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270218\r\nDTEND;VALUE=DATE:20270219');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it("escapes the calendar's name so a line break in a forum's name cannot start a property", () => {
    const ics = toIcs('KSG\nBEGIN:VEVENT', [], STAMP);
    expect(ics).toContain('X-WR-CALNAME:KSG\\nBEGIN:VEVENT\r\n');
    expect(parse(ics).getAllSubcomponents('vevent')).toEqual([]);
  });
});
