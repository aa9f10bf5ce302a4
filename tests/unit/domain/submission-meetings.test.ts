import { PRESETS } from '../../../src/domain/commissorium';
import { meetingChoices } from '../../../src/domain/submission-meetings';
import type { Meeting } from '../../../src/domain/types';

const meeting = (id: string, start: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  forumId: 'g',
  kind: 'ordinary',
  title: `Møde ${id}`,
  start,
  end: start.replace('T08', 'T10'),
  form: 'physical',
  status: 'booked',
  etag: '"1"',
  ...over,
});

// Horsens 2024: submissions close 21 days before the meeting (shifted off holidays and weekends to the day before).
const C = PRESETS['horsens-2024'];
const MEETINGS = [
  meeting('held', '2027-01-14T08:00:00Z', { status: 'held' }),
  meeting('soon', '2027-03-11T08:00:00Z'),
  meeting('planning', '2027-04-22T08:00:00Z', { kind: 'planning' }),
  meeting('cancelled', '2027-05-06T08:00:00Z', { status: 'cancelled' }),
  meeting('later', '2027-06-10T08:00:00Z'),
  meeting('extra', '2027-09-16T08:00:00Z', { kind: 'extraordinary' }),
];

describe('which meeting an agenda item goes to', () => {
  it('defaults to the next meeting whose submission deadline has not passed', () => {
    const before = meetingChoices(MEETINGS, C, new Date('2027-02-01T10:00:00Z'));
    expect(before.defaultId).toBe('soon');
    expect(before.choices.map((c) => c.meeting.id)).toEqual(['soon', 'later', 'extra']);
    expect(before.choices.every((c) => c.open)).toBe(true);
    // Submissions for 11 March close at the end of 18 February (21 days before), Copenhagen time.
    expect(before.choices[0]?.closesAt).toBe('2027-02-18T23:00:00.000Z');
  });

  it('after the deadline the next open meeting is the default; the closed one stays choosable, last', () => {
    const after = meetingChoices(MEETINGS, C, new Date('2027-02-19T10:00:00Z'));
    expect(after.defaultId).toBe('later');
    expect(after.choices.map((c) => [c.meeting.id, c.open])).toEqual([
      ['later', true],
      ['extra', true],
      ['soon', false],
    ]);
  });

  it('without deadlines in the settings a meeting is open until it starts; none ahead means no default', () => {
    const none = meetingChoices(MEETINGS, undefined, new Date('2027-03-10T10:00:00Z'));
    expect(none.defaultId).toBe('soon');
    expect(none.choices[0]?.closesAt).toBeUndefined();
    expect(meetingChoices(MEETINGS, C, new Date('2028-01-01T00:00:00Z'))).toEqual({ choices: [] });
  });
});
