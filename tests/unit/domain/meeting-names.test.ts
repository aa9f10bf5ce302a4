import {
  calendarSubject,
  deadlineSubject,
  meetingTitle,
  newMeetingTitle,
  numberInYear,
  planningTitle,
  titleInSubject,
} from '../../../src/domain/meeting-names';
import { draftTitle } from '../../../src/domain/plan-draft';
import type { Meeting } from '../../../src/domain/types';

const forum = { name: 'Klyngestyregruppen for Fjordklyngen', shortName: 'KSG' };
type M = Pick<Meeting, 'kind' | 'start' | 'title'>;

describe('one naming scheme for meetings', () => {
  it('a meeting is its series and its number that year; the year plan uses the same words', () => {
    expect(meetingTitle('ordinary', 2, 2027)).toBe('Møde 2/2027');
    expect(meetingTitle('video', 1, 2027)).toBe('Videomøde 1/2027');
    expect(meetingTitle('extraordinary', 3, 2027)).toBe('Ekstraordinært møde 3/2027');
    expect(draftTitle('2027-O2', 'ordinary')).toBe(meetingTitle('ordinary', 2, 2027));
    expect(draftTitle('2027-O2-P', 'planning')).toBe(planningTitle(meetingTitle('ordinary', 2, 2027)));
  });

  it('a planning meeting is named after the meeting it prepares, one pattern', () => {
    expect(planningTitle('Møde 2/2027')).toBe('Planlægningsmøde før møde 2/2027');
    expect(planningTitle('Ekstraordinært møde 1/2027')).toBe('Planlægningsmøde før ekstraordinært møde 1/2027');
    // A meeting named before the scheme keeps its name as written (no "kSG-møde").
    expect(planningTitle('KSG-møde i marts')).toBe('Planlægningsmøde før KSG-møde i marts');
    expect(planningTitle(undefined)).toBe('Planlægningsmøde');
    expect(planningTitle('  ')).toBe('Planlægningsmøde');
  });

  it('gives a new meeting the next number free in its series and Copenhagen year; never one already given', () => {
    const meetings: M[] = [
      { kind: 'ordinary', title: 'Møde 1/2027', start: '2027-03-11T08:00:00Z' },
      // Cancelled: its number is not given again.
      { kind: 'ordinary', title: 'Møde 2/2027', start: '2027-04-01T08:00:00Z' },
      { kind: 'ordinary', title: 'Møde 3/2027', start: '2027-10-07T08:00:00Z' },
      { kind: 'extraordinary', title: 'Ekstraordinært møde 1/2027', start: '2027-05-01T08:00:00Z' },
      { kind: 'planning', title: 'Planlægningsmøde før møde 3/2027', start: '2027-09-23T08:00:00Z' },
      // New Year's Eve 23:30 UTC is already 2027 in Copenhagen: counted (named before the scheme: no number to read).
      { kind: 'ordinary', title: 'Nytårsmøde', start: '2026-12-31T23:30:00Z' },
      { kind: 'ordinary', title: 'Møde 7/2026', start: '2026-12-10T08:00:00Z' },
    ];
    // Between meeting 1 and 3 in date, but numbered after every meeting of 2027: the name alone says which meeting.
    expect(numberInYear(meetings, 'ordinary', '2027-06-10T08:00:00Z')).toBe(5);
    expect(newMeetingTitle(meetings, 'ordinary', '2027-06-10T08:00:00Z')).toBe('Møde 5/2027');
    expect(newMeetingTitle(meetings, 'extraordinary', '2027-06-10T08:00:00Z')).toBe('Ekstraordinært møde 2/2027');
    expect(newMeetingTitle(meetings, 'video', '2027-06-10T08:00:00Z')).toBe('Videomøde 1/2027');
    // Numbers are read, not only counted: a year with "Møde 4/2028" alone goes on at 5.
    expect(
      newMeetingTitle([{ kind: 'ordinary', title: 'Møde 4/2028', start: '2028-03-09T08:00:00Z' }], 'ordinary', '2028-06-08T08:00:00Z'),
    ).toBe('Møde 5/2028');
    expect(newMeetingTitle([], 'video', '2028-01-05T08:00:00Z')).toBe('Videomøde 1/2028');
  });

  it('an appointment filled again keeps the name its subject already gives it (not the next number)', () => {
    const at = '2026-12-08T12:00:00Z';
    expect(titleInSubject('Klyngestyregruppen for Fjordklyngen: Møde 5/2026', forum, 'ordinary', at)).toBe('Møde 5/2026');
    expect(titleInSubject('Klyngestyregruppen for Fjordklyngen: Ekstraordinært møde 2/2026 – Akutteam', forum, 'extraordinary', at)).toBe(
      'Ekstraordinært møde 2/2026',
    );
    // Another kind, another year, another forum, or a subject the organiser wrote: no name to keep.
    expect(titleInSubject('Klyngestyregruppen for Fjordklyngen: Møde 5/2026', forum, 'video', at)).toBeUndefined();
    expect(titleInSubject('Klyngestyregruppen for Fjordklyngen: Møde 5/2025', forum, 'ordinary', at)).toBeUndefined();
    expect(titleInSubject('Temagruppen: Møde 5/2026', forum, 'ordinary', at)).toBeUndefined();
    expect(titleInSubject('Klyngestyregruppen for Fjordklyngen: Møde 5/2026 om budget', forum, 'ordinary', at)).toBeUndefined();
    expect(titleInSubject('Snak om budget', forum, 'ordinary', at)).toBeUndefined();
  });

  it('every calendar subject names the forum and the meeting — never "…: Møde" alone', () => {
    expect(calendarSubject({ forum, title: 'Møde 2/2027' })).toBe('Klyngestyregruppen for Fjordklyngen: Møde 2/2027');
    expect(calendarSubject({ forum, title: 'Ekstraordinært møde 1/2027', purpose: ' Høring ' })).toBe(
      'Klyngestyregruppen for Fjordklyngen: Ekstraordinært møde 1/2027 – Høring',
    );
    expect(calendarSubject({ forum, title: 'Planlægningsmøde før møde 2/2027', preparesStart: '2027-03-11T08:00:00Z' })).toBe(
      'Klyngestyregruppen for Fjordklyngen: Planlægningsmøde før møde 2/2027 (11. marts 2027)',
    );
    expect(calendarSubject({ forum: { name: '', shortName: 'KSG' }, title: 'Møde 1/2027' })).toBe('KSG: Møde 1/2027');
    expect(deadlineSubject(forum, 'Frist for punkter', 'Møde 2/2027')).toBe(
      'Klyngestyregruppen for Fjordklyngen: Frist for punkter – Møde 2/2027',
    );
  });
});
