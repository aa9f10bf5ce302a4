import { calendarSubject, deadlineSubject, meetingTitle, newMeetingTitle, numberInYear, planningTitle } from '../../../src/domain/meeting-names';
import { draftTitle } from '../../../src/domain/plan-draft';
import type { Meeting } from '../../../src/domain/types';

const forum = { name: 'Klyngestyregruppen for Fjordklyngen', shortName: 'KSG' };
type M = Pick<Meeting, 'kind' | 'start' | 'status'>;

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

  it("numbers a new meeting within its series and Copenhagen year; cancelled meetings and other series don't count", () => {
    const meetings: M[] = [
      { kind: 'ordinary', start: '2027-03-11T08:00:00Z', status: 'held' },
      { kind: 'ordinary', start: '2027-04-01T08:00:00Z', status: 'cancelled' },
      { kind: 'extraordinary', start: '2027-05-01T08:00:00Z', status: 'booked' },
      { kind: 'planning', start: '2027-05-02T08:00:00Z', status: 'booked' },
      // New Year's Eve 23:30 UTC is already 2027 in Copenhagen.
      { kind: 'ordinary', start: '2026-12-31T23:30:00Z', status: 'held' },
      { kind: 'ordinary', start: '2026-12-10T08:00:00Z', status: 'held' },
      // Later the same year: not before the new one.
      { kind: 'ordinary', start: '2027-10-07T08:00:00Z', status: 'booked' },
    ];
    expect(numberInYear(meetings, 'ordinary', '2027-06-10T08:00:00Z')).toBe(3);
    expect(newMeetingTitle(meetings, 'ordinary', '2027-06-10T08:00:00Z')).toBe('Møde 3/2027');
    expect(newMeetingTitle(meetings, 'extraordinary', '2027-06-10T08:00:00Z')).toBe('Ekstraordinært møde 2/2027');
    expect(newMeetingTitle([], 'video', '2028-01-05T08:00:00Z')).toBe('Videomøde 1/2028');
  });

  it('every calendar subject names the forum and the meeting — never "…: Møde" alone', () => {
    expect(calendarSubject({ forum, title: 'Møde 2/2027' })).toBe('Klyngestyregruppen for Fjordklyngen: Møde 2/2027');
    expect(calendarSubject({ forum, title: 'Ekstraordinært møde 1/2027', purpose: ' Høring ' })).toBe('Klyngestyregruppen for Fjordklyngen: Ekstraordinært møde 1/2027 – Høring');
    expect(calendarSubject({ forum, title: 'Planlægningsmøde før møde 2/2027', preparesStart: '2027-03-11T08:00:00Z' })).toBe(
      'Klyngestyregruppen for Fjordklyngen: Planlægningsmøde før møde 2/2027 (11. marts 2027)',
    );
    expect(calendarSubject({ forum: { name: '', shortName: 'KSG' }, title: 'Møde 1/2027' })).toBe('KSG: Møde 1/2027');
    expect(deadlineSubject(forum, 'Frist for punkter', 'Møde 2/2027')).toBe('Klyngestyregruppen for Fjordklyngen: Frist for punkter – Møde 2/2027');
  });
});
