import { GraphHttpError, type Handler, type Route } from '../http/types';
import { targetMailboxUser } from '../mail/mailbox';
import type { Json } from '../http/odata/json';
import { parseAttendees } from './event-input';
import { findMeetingTimes, parseDuration, type ActivityDomain } from './find-meeting-times';
import { availabilityOver, busyIntervalsFor, VIEW_DIGIT } from './freebusy';
import { parseDateTimeTimeZone, preferredZone, toDateTimeTimeZone } from './timezones';

const bad = (message: string): GraphHttpError => new GraphHttpError(400, 'ErrorInvalidRequest', message);
const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const DAY_MS = 24 * 60 * 60 * 1000;

const findMeetingTimesHandler: Handler = (req, ctx) => {
  const state = ctx.db.state;
  const organizer = targetMailboxUser(state.directory, state.mail, req.user, req.params.userId);
  const body = asRecord(req.body);
  const attendees = body.attendees === undefined ? [] : parseAttendees(body.attendees);
  const constraint = asRecord(body.timeConstraint);
  const now = ctx.now().getTime();
  const rawSlots = Array.isArray(constraint.timeSlots) ? constraint.timeSlots : [];
  const slots =
    rawSlots.length > 0
      ? rawSlots.map((s: unknown) => ({
          start: parseDateTimeTimeZone(asRecord(s).start, 'timeSlot.start'),
          end: parseDateTimeTimeZone(asRecord(s).end, 'timeSlot.end'),
        }))
      : [{ start: now, end: now + 2 * DAY_MS }];
  const durationMs = typeof body.meetingDuration === 'string' ? parseDuration(body.meetingDuration) : 30 * 60000;
  if (durationMs === undefined || durationMs <= 0) throw bad(`The value '${String(body.meetingDuration)}' is not a valid duration.`);
  const domain = typeof constraint.activityDomain === 'string' ? constraint.activityDomain : 'work';
  if (!['work', 'personal', 'unrestricted', 'unknown'].includes(domain)) throw bad(`Requested value '${domain}' was not found.`);
  const result = findMeetingTimes({
    organizerBusy: busyIntervalsFor(state, organizer.mail) ?? [],
    attendees: attendees.map((a) => ({ ...a, busy: busyIntervalsFor(state, a.emailAddress.address) })),
    slots,
    durationMs,
    maxCandidates: typeof body.maxCandidates === 'number' ? body.maxCandidates : 20,
    isOrganizerOptional: body.isOrganizerOptional === true,
    minimumAttendeePercentage: typeof body.minimumAttendeePercentage === 'number' ? body.minimumAttendeePercentage : 50,
    activityDomain: domain as ActivityDomain,
  });
  const tz = preferredZone(req.headers);
  const suggestions: Json[] = result.suggestions.map((s, i) => ({
    confidence: s.confidence,
    order: i + 1,
    organizerAvailability: s.organizerAvailability,
    suggestionReason:
      s.confidence === 100
        ? 'Suggested because it is one of the nearest times when all attendees are available.'
        : 'Suggested because it is one of the nearest times when most attendees are available.',
    locations: [],
    attendeeAvailability: s.attendeeAvailability.map((a) => ({
      attendee: {
        type: a.attendee.type,
        emailAddress: {
          ...(a.attendee.emailAddress.name ? { name: a.attendee.emailAddress.name } : {}),
          address: a.attendee.emailAddress.address,
        },
      },
      availability: a.availability,
    })),
    meetingTimeSlot: { start: toDateTimeTimeZone(s.start, tz), end: toDateTimeTimeZone(s.end, tz) },
  }));
  return { status: 200, body: { emptySuggestionsReason: result.emptySuggestionsReason, meetingTimeSuggestions: suggestions } };
};

const WORKING_HOURS = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '17:00:00.0000000',
  timeZone: { name: 'Romance Standard Time' },
};

const getScheduleHandler: Handler = (req, ctx) => {
  const state = ctx.db.state;
  targetMailboxUser(state.directory, state.mail, req.user, req.params.userId);
  const body = asRecord(req.body);
  if (!Array.isArray(body.schedules) || body.schedules.length === 0 || !body.schedules.every((s) => typeof s === 'string')) {
    throw bad("The property 'schedules' is required and must be a collection of SMTP addresses.");
  }
  if (body.schedules.length > 100) throw bad('The number of schedules requested exceeds the limit of 100.');
  const from = parseDateTimeTimeZone(body.startTime, 'startTime');
  const to = parseDateTimeTimeZone(body.endTime, 'endTime');
  if (to <= from) throw bad('The end time must be after the start time.');
  const interval = typeof body.availabilityViewInterval === 'number' ? body.availabilityViewInterval : 30;
  if (interval < 5 || interval > 1440) throw bad('availabilityViewInterval must be between 5 and 1440 minutes.');
  const tz = preferredZone(req.headers);
  const value = (body.schedules as string[]).map((scheduleId): Json => {
    const busy = busyIntervalsFor(state, scheduleId);
    if (!busy) {
      return {
        scheduleId,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: `The user or resource '${scheduleId}' could not be found or is not in this organization.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    let view = '';
    for (let t = from; t < to; t += interval * 60000) view += VIEW_DIGIT[availabilityOver(busy, t, Math.min(to, t + interval * 60000))];
    const scheduleItems = busy
      .filter((b) => b.start < to && b.end > from)
      .map((b) => ({
        isPrivate: false,
        status: b.status,
        subject: b.subject,
        location: b.location,
        start: toDateTimeTimeZone(b.start, tz),
        end: toDateTimeTimeZone(b.end, tz),
      }));
    return { scheduleId, availabilityView: view, scheduleItems, workingHours: WORKING_HOURS };
  });
  return { status: 200, body: { value } };
};

export const schedulingRoutes: Route[] = [
  { method: 'POST', pattern: '/me/findMeetingTimes', handler: findMeetingTimesHandler },
  { method: 'POST', pattern: '/users/:userId/findMeetingTimes', handler: findMeetingTimesHandler },
  { method: 'POST', pattern: '/me/calendar/getSchedule', handler: getScheduleHandler },
  { method: 'POST', pattern: '/users/:userId/calendar/getSchedule', handler: getScheduleHandler },
];
