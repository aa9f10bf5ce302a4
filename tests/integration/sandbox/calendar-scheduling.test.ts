import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

interface Suggestion {
  confidence: number;
  organizerAvailability: string;
  attendeeAvailability: { attendee: { type: string; emailAddress: { address: string } }; availability: string }[];
  meetingTimeSlot: { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } };
}
interface MeetingTimes {
  emptySuggestionsReason: string;
  meetingTimeSuggestions: Suggestion[];
}
interface Schedule {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: { status: string; start: { dateTime: string } }[];
  error?: { message: string; responseCode: string };
}

// A Monday well after the test seed's meetings, outside the seeded busy weeks of the test clock.
const DAY = '2031-03-10';

describe('sandbox: findMeetingTimes and getSchedule', () => {
  let sb: TestSandbox;
  let secretary: string;
  let chair: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    // The chair is busy 09:00–11:00 Copenhagen time that day.
    await call(sb, 'POST', '/me/events', {
      token: chair,
      body: {
        subject: 'Direktionsmøde',
        start: { dateTime: `${DAY}T09:00:00`, timeZone: 'Europe/Copenhagen' },
        end: { dateTime: `${DAY}T11:00:00`, timeZone: 'Europe/Copenhagen' },
      },
    });
  });
  afterAll(() => sb.dispose());

  const request = (attendees: string[]): Record<string, unknown> => ({
    attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
    timeConstraint: {
      activityDomain: 'work',
      timeSlots: [{ start: { dateTime: `${DAY}T07:00:00`, timeZone: 'UTC' }, end: { dateTime: `${DAY}T16:00:00`, timeZone: 'UTC' } }],
    },
    meetingDuration: 'PT2H',
    maxCandidates: 20,
    isOrganizerOptional: false,
    minimumAttendeePercentage: 50,
  });

  it("marks attendees outside the tenant unknown and avoids tenant attendees' busy time", async () => {
    const res = await call<MeetingTimes>(sb, 'POST', '/me/findMeetingTimes', {
      token: secretary,
      body: request([TEST_PEOPLE.chair.mail, TEST_PEOPLE.patient.mail]),
    });
    expect(res.status).toBe(200);
    expect(res.body.emptySuggestionsReason).toBe('');
    const suggestions = res.body.meetingTimeSuggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      const byAddress = new Map(s.attendeeAvailability.map((a) => [a.attendee.emailAddress.address, a.availability]));
      expect(byAddress.get(TEST_PEOPLE.patient.mail)).toBe('unknown');
      expect(byAddress.get(TEST_PEOPLE.chair.mail)).toBe('free');
      // Within Copenhagen work hours (07:00–16:00 UTC in winter), never overlapping 08:00–10:00 UTC.
      const start = Date.parse(`${s.meetingTimeSlot.start.dateTime}Z`);
      const end = Date.parse(`${s.meetingTimeSlot.end.dateTime}Z`);
      expect(end - start).toBe(2 * 3600_000);
      expect(start >= Date.parse(`${DAY}T10:00:00Z`) || end <= Date.parse(`${DAY}T08:00:00Z`)).toBe(true);
    }
    expect(suggestions[0]?.confidence).toBe(75);
  });

  it('explains an empty answer when no time works for everyone', async () => {
    const res = await call<MeetingTimes>(sb, 'POST', '/me/findMeetingTimes', {
      token: secretary,
      body: {
        ...request([TEST_PEOPLE.chair.mail]),
        timeConstraint: {
          activityDomain: 'work',
          timeSlots: [
            {
              start: { dateTime: `${DAY}T09:00:00`, timeZone: 'Europe/Copenhagen' },
              end: { dateTime: `${DAY}T11:00:00`, timeZone: 'Europe/Copenhagen' },
            },
          ],
        },
        minimumAttendeePercentage: 100,
      },
    });
    expect(res.body).toEqual({ emptySuggestionsReason: 'attendeesUnavailable', meetingTimeSuggestions: [] });
  });

  it('getSchedule returns free/busy for tenant people and an error for others', async () => {
    const res = await call<{ value: Schedule[] }>(sb, 'POST', '/me/calendar/getSchedule', {
      token: secretary,
      body: {
        schedules: [TEST_PEOPLE.chair.mail, TEST_PEOPLE.patient.mail],
        startTime: { dateTime: `${DAY}T08:00:00`, timeZone: 'Romance Standard Time' },
        endTime: { dateTime: `${DAY}T12:00:00`, timeZone: 'Romance Standard Time' },
        availabilityViewInterval: 60,
      },
    });
    expect(res.status).toBe(200);
    const [chairSchedule, patientSchedule] = res.body.value;
    expect(chairSchedule?.availabilityView).toBe('0220');
    expect(chairSchedule?.scheduleItems.map((i) => i.status)).toEqual(['busy']);
    expect(patientSchedule?.error?.responseCode).toBe('ErrorMailRecipientNotFound');
  });

  it('the seeded forum meetings are in the group calendar with responses', async () => {
    const res = await call<{ value: { subject: string; attendees: { status: { response: string } }[] }[] }>(
      sb,
      'GET',
      `/groups/${TEST_FORUMS.steering.groupId}/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z`,
      { token: secretary },
    );
    expect(res.body.value.map((e) => e.subject)).toEqual([
      'Teststyregruppen: Planlægningsmøde før møde 1 (17. marts 2026)',
      'Teststyregruppen: Styregruppemøde 1',
      'Teststyregruppen: Styregruppemøde 2',
    ]);
    const responses = res.body.value.flatMap((e) => e.attendees.map((a) => a.status.response));
    expect(responses).toContain('accepted');
    expect(responses).toContain('declined');
  });
});
