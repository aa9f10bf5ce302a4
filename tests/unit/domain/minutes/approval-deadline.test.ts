import { PRESETS } from '../../../../src/domain/commissorium';
import { approvalDeadline, reminderDue } from '../../../../src/domain/minutes/approval-deadline';
import { copenhagenToUtcIso } from '../../../../src/domain/copenhagen-time';
import { deadlinesFor } from '../../../../src/domain/year-plan';

describe('approval deadline', () => {
  const start = '2027-03-11T08:00:00Z';
  const c = PRESETS['horsens-2024'];

  it("is the forum's chairs-approve day at 16:00 Copenhagen time", () => {
    const day = deadlinesFor('m', '2027-03-11', c).find((d) => d.kind === 'chairs-approve')?.date;
    expect(approvalDeadline(start, c, new Date('2027-03-12T08:00:00Z'))).toBe(copenhagenToUtcIso(`${day ?? ''}T16:00`));
    expect(day).toBe('2027-03-30'); // after the switch to summer time: 14:00 UTC
  });

  it('a version sent after that day gets three days; a forum without a commissorium a week', () => {
    const late = new Date('2027-06-01T08:00:00Z');
    expect(approvalDeadline(start, c, late)).toBe('2027-06-04T08:00:00.000Z');
    expect(approvalDeadline(start, undefined, late)).toBe('2027-06-08T08:00:00.000Z');
  });

  it('reminders are due from a day before the deadline', () => {
    expect(reminderDue('2027-03-20T15:00:00Z', new Date('2027-03-19T14:00:00Z'))).toBe(false);
    expect(reminderDue('2027-03-20T15:00:00Z', new Date('2027-03-19T15:00:00Z'))).toBe(true);
    expect(reminderDue(undefined, new Date())).toBe(false);
  });
});
