import {
  findMeetingTimes,
  parseDuration,
  withinWorkHours,
  type MeetingTimesQuery,
} from '../../../../src/sandbox/calendar/find-meeting-times';
import type { BusyInterval } from '../../../../src/sandbox/calendar/freebusy';

const at = (iso: string): number => Date.parse(iso);
const busy = (start: string, end: string, status: BusyInterval['status'] = 'busy'): BusyInterval => ({
  start: at(start),
  end: at(end),
  status,
  subject: 'x',
  location: '',
});

// Thursday 19 November 2026; Copenhagen is UTC+1.
const base: MeetingTimesQuery = {
  organizerBusy: [],
  attendees: [],
  slots: [{ start: at('2026-11-19T06:00:00Z'), end: at('2026-11-19T18:00:00Z') }],
  durationMs: 2 * 3600_000,
  maxCandidates: 50,
  isOrganizerOptional: false,
  minimumAttendeePercentage: 50,
  activityDomain: 'work',
};

const starts = (q: MeetingTimesQuery): string[] =>
  findMeetingTimes(q)
    .suggestions.map((s) => new Date(s.start).toISOString().slice(11, 16))
    .sort();

describe('findMeetingTimes slot logic', () => {
  it('keeps work-day candidates inside 08:00–17:00 Copenhagen time', () => {
    expect(starts(base)).toEqual([
      '07:00',
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '12:00',
      '12:30',
      '13:00',
      '13:30',
      '14:00',
    ]);
  });

  it('knows summer time and weekends', () => {
    expect(withinWorkHours(at('2026-06-18T06:00:00Z'), at('2026-06-18T08:00:00Z'))).toBe(true); // 08–10 CEST
    expect(withinWorkHours(at('2026-06-18T05:30:00Z'), at('2026-06-18T07:30:00Z'))).toBe(false);
    expect(withinWorkHours(at('2026-11-21T09:00:00Z'), at('2026-11-21T10:00:00Z'))).toBe(false); // Saturday
  });

  it('scores busy 0, tentative and unknown 50, free 100, and orders by confidence then time', () => {
    const result = findMeetingTimes({
      ...base,
      attendees: [
        { type: 'required', emailAddress: { address: 'chair@x' }, busy: [busy('2026-11-19T07:00:00Z', '2026-11-19T11:00:00Z')] },
        { type: 'required', emailAddress: { address: 'patient@privat' }, busy: undefined },
      ],
    });
    const first = result.suggestions[0];
    expect(first?.confidence).toBe(75);
    expect(new Date(first?.start ?? 0).toISOString()).toBe('2026-11-19T11:00:00.000Z');
    expect(first?.attendeeAvailability.map((a) => a.availability)).toEqual(['free', 'unknown']);
    expect(result.suggestions.every((s) => s.confidence >= 50)).toBe(true);
  });

  it('says why there is nothing to suggest', () => {
    const allDay = [busy('2026-11-19T00:00:00Z', '2026-11-20T00:00:00Z')];
    expect(findMeetingTimes({ ...base, organizerBusy: allDay }).emptySuggestionsReason).toBe('organizerUnavailable');
    expect(
      findMeetingTimes({ ...base, attendees: [{ type: 'required', emailAddress: { address: 'a@x' }, busy: allDay }] })
        .emptySuggestionsReason,
    ).toBe('attendeesUnavailable');
    expect(
      findMeetingTimes({
        ...base,
        minimumAttendeePercentage: 100,
        attendees: [{ type: 'required', emailAddress: { address: 'a@x' }, busy: undefined }],
      }).emptySuggestionsReason,
    ).toBe('attendeesUnavailableOrUnknown');
    expect(
      findMeetingTimes({ ...base, slots: [{ start: at('2026-11-21T08:00:00Z'), end: at('2026-11-21T16:00:00Z') }] }).emptySuggestionsReason,
    ).toBe('unknown');
  });

  it('reads ISO 8601 durations', () => {
    expect(parseDuration('PT2H')).toBe(7_200_000);
    expect(parseDuration('PT1H30M')).toBe(5_400_000);
    expect(parseDuration('P1D')).toBe(86_400_000);
    expect(parseDuration('2 hours')).toBeUndefined();
  });
});
