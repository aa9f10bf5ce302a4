import type { Meeting } from '../../../../../../src/domain/types';
import { yearIcsEvents } from '../../../../../../src/ui/views/secretariat/year/ics-download';

const forum = { groupId: 'g-ksg', name: 'Klyngestyregruppen for Fjordklyngen', shortName: 'KSG' };
const meeting = (over: Partial<Meeting>): Meeting => ({
  id: '1',
  forumId: 'g-ksg',
  kind: 'ordinary',
  title: 'Møde 2/2027',
  start: '2027-06-10T07:00:00Z',
  end: '2027-06-10T09:00:00Z',
  form: 'hybrid',
  status: 'booked',
  etag: '"1"',
  ...over,
});

describe('the year as .ics', () => {
  it('names the forum and the meeting in every entry, as the calendar invitations do', () => {
    const ordinary = meeting({});
    const extraordinary = meeting({ id: '2', kind: 'extraordinary', title: 'Ekstraordinært møde 1/2027', purpose: 'Høring' });
    const events = yearIcsEvents(forum, [
      { type: 'meeting', date: '2027-06-10', at: ordinary.start, meeting: ordinary, state: 'booked' },
      { type: 'meeting', date: '2027-06-10', at: extraordinary.start, meeting: extraordinary, state: 'booked' },
      { type: 'deadline', date: '2027-05-20', at: '2027-05-20T21:59:00Z', kind: 'submissions-close', meeting: ordinary, state: 'upcoming' },
    ]);
    expect(events.map((e) => e.summary)).toEqual([
      'Klyngestyregruppen for Fjordklyngen: Møde 2/2027',
      'Klyngestyregruppen for Fjordklyngen: Ekstraordinært møde 1/2027 – Høring',
      expect.stringMatching(/^Klyngestyregruppen for Fjordklyngen: .+ – Møde 2\/2027$/),
    ]);
  });
});
