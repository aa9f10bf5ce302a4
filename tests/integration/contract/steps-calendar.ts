// Group and user calendars: events (create with transactionId, read, update, cancel, delete,
// attendee responses), calendarView, findMeetingTimes and getSchedule.
import { findInValue, prop } from './walk';
import type { Ids, Step, StepRequest } from './walk';

interface CalendarPrefix {
  readonly key: string;
  readonly pattern: '/groups/:groupId' | '/me' | '/users/:userId';
  /** The calendar's path for the organizer (the secretary). */
  readonly path: (ids: Ids) => string;
  /** The attendee copy's calendar path for the chair; none for a group, which cannot respond. */
  readonly attendeePath?: (ids: Ids) => string;
  /** The day (UTC) of this prefix's test events, so the chair finds the copy in a calendarView. */
  readonly day: string;
}

const PREFIXES: readonly CalendarPrefix[] = [
  { key: 'group', pattern: '/groups/:groupId', path: (ids) => `/groups/${ids.seg('groupId')}`, day: '2026-11-16' },
  { key: 'me', pattern: '/me', path: () => '/me', attendeePath: () => '/me', day: '2026-11-17' },
  {
    key: 'user',
    pattern: '/users/:userId',
    path: (ids) => `/users/${ids.seg('secretaryId')}`,
    attendeePath: (ids) => `/users/${ids.seg('chairId')}`,
    day: '2026-11-18',
  },
];

const YEAR = 'startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z';
const dayWindow = (day: string): string => `startDateTime=${day}T00:00:00Z&endDateTime=${day}T23:59:59Z`;

function newEvent(ids: Ids, p: CalendarPrefix, which: 'A' | 'B'): StepRequest['body'] {
  const hour = which === 'A' ? '09' : '13';
  return {
    subject: `Kontrakt ${p.key} ${which} ${ids.get('runId')}`,
    body: { contentType: 'html', content: '<p>Dagsorden følger.</p>' },
    start: { dateTime: `${p.day}T${hour}:00:00`, timeZone: 'UTC' },
    end: { dateTime: `${p.day}T${hour}:30:00`, timeZone: 'UTC' },
    location: { displayName: 'Lokale 1' },
    attendees: [{ type: 'required', emailAddress: { address: ids.get('chairMail'), name: 'Chair' } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: `${ids.get('runId')}-${p.key}-${which}`,
  };
}

function eventSteps(p: CalendarPrefix): Step[] {
  const a = `${p.key}.eventA`;
  const b = `${p.key}.eventB`;
  const copy = `${p.key}.copy`;
  const steps: Step[] = [
    {
      method: 'POST',
      pattern: `${p.pattern}/events`,
      request: (ids) => ({ path: `${p.path(ids)}/events`, body: newEvent(ids, p, 'A') }),
      expect: { entity: 'microsoft.graph.event' },
      capture: (body, ids) => ids.set(a, prop(body, 'id')),
    },
    // The same transactionId again: Graph answers with the event it already made.
    {
      method: 'POST',
      pattern: `${p.pattern}/events`,
      request: (ids) => ({ path: `${p.path(ids)}/events`, body: newEvent(ids, p, 'A') }),
      expect: { entity: 'microsoft.graph.event' },
    },
    {
      method: 'POST',
      pattern: `${p.pattern}/calendar/events`,
      request: (ids) => ({ path: `${p.path(ids)}/calendar/events`, body: newEvent(ids, p, 'B') }),
      expect: { entity: 'microsoft.graph.event' },
      capture: (body, ids) => ids.set(b, prop(body, 'id')),
    },
    {
      method: 'GET',
      pattern: `${p.pattern}/events`,
      request: (ids) => ({ path: `${p.path(ids)}/events` }),
      expect: { collection: 'microsoft.graph.event' },
    },
    {
      method: 'GET',
      pattern: `${p.pattern}/calendar/events`,
      request: (ids) => ({
        path: `${p.path(ids)}/calendar/events?$top=2`,
        headers: { Prefer: 'outlook.timezone="Romance Standard Time"' },
      }),
      expect: { collection: 'microsoft.graph.event' },
    },
    {
      method: 'GET',
      pattern: `${p.pattern}/calendarView`,
      request: (ids) => ({ path: `${p.path(ids)}/calendarView?${YEAR}` }),
      expect: { collection: 'microsoft.graph.event' },
    },
    {
      method: 'GET',
      pattern: `${p.pattern}/calendar/calendarView`,
      request: (ids) => ({ path: `${p.path(ids)}/calendar/calendarView?${YEAR}&$top=3` }),
      expect: { collection: 'microsoft.graph.event' },
    },
    {
      method: 'GET',
      pattern: `${p.pattern}/events/:eventId`,
      request: (ids) => ({ path: `${p.path(ids)}/events/${ids.seg(a)}` }),
      expect: { entity: 'microsoft.graph.event' },
    },
    {
      method: 'PATCH',
      pattern: `${p.pattern}/events/:eventId`,
      request: (ids) => ({
        path: `${p.path(ids)}/events/${ids.seg(a)}`,
        body: { location: { displayName: 'Lokale 2' }, importance: 'high' },
      }),
      expect: { entity: 'microsoft.graph.event' },
    },
    {
      method: 'POST',
      pattern: `${p.pattern}/events/:eventId/cancel`,
      request: (ids) => ({ path: `${p.path(ids)}/events/${ids.seg(b)}/cancel`, body: { comment: 'Aflyst' } }),
      expect: { empty: true },
    },
  ];
  const attendeePath = p.attendeePath;
  for (const action of ['accept', 'tentativelyAccept', 'decline'] as const) {
    const pattern = `${p.pattern}/events/:eventId/${action}`;
    const body = { comment: 'Tak', sendResponse: true };
    if (attendeePath === undefined) {
      steps.push({
        method: 'POST',
        pattern,
        request: (ids) => ({ path: `${p.path(ids)}/events/${ids.seg(a)}/${action}`, body }),
        expect: { error: 400 },
      });
    } else {
      steps.push({
        method: 'POST',
        pattern,
        as: 'chair',
        request: (ids) => ({ path: `${attendeePath(ids)}/events/${ids.seg(copy)}/${action}`, body }),
        expect: { empty: true },
      });
    }
  }
  if (attendeePath !== undefined) {
    // The chair's copy of event A, found in the chair's own calendar before responding.
    steps.splice(-3, 0, {
      method: 'GET',
      pattern: '/me/calendarView',
      as: 'chair',
      request: () => ({ path: `/me/calendarView?${dayWindow(p.day)}` }),
      expect: { collection: 'microsoft.graph.event' },
      capture: (body, ids) => ids.set(copy, findInValue(body, (e) => e['subject'] === `Kontrakt ${p.key} A ${ids.get('runId')}`)?.['id']),
    });
  }
  steps.push({
    method: 'DELETE',
    pattern: `${p.pattern}/events/:eventId`,
    request: (ids) => ({ path: `${p.path(ids)}/events/${ids.seg(a)}` }),
    expect: { empty: true },
  });
  return steps;
}

const window = (day: string, from: string, to: string): Record<string, unknown> => ({
  start: { dateTime: `${day}T${from}:00`, timeZone: 'UTC' },
  end: { dateTime: `${day}T${to}:00`, timeZone: 'UTC' },
});

const findMeetingTimes = (ids: Ids): Record<string, unknown> => ({
  attendees: [{ type: 'required', emailAddress: { address: ids.get('chairMail') } }],
  timeConstraint: { activityDomain: 'work', timeSlots: [window('2026-11-24', '08:00', '16:00')] },
  meetingDuration: 'PT1H',
  maxCandidates: 3,
  returnSuggestionReasons: true,
});

const getSchedule = (ids: Ids): Record<string, unknown> => {
  const w = window('2026-11-17', '08:00', '16:00');
  return {
    schedules: [ids.get('chairMail'), ids.get('secretaryMail')],
    startTime: w['start'],
    endTime: w['end'],
    availabilityViewInterval: 60,
  };
};

const schedulingSteps: readonly Step[] = [
  {
    method: 'POST',
    pattern: '/me/findMeetingTimes',
    request: (ids) => ({ path: '/me/findMeetingTimes', body: findMeetingTimes(ids) }),
    expect: { operation: 'microsoft.graph.findMeetingTimes', binding: 'microsoft.graph.user' },
  },
  {
    method: 'POST',
    pattern: '/users/:userId/findMeetingTimes',
    request: (ids) => ({ path: `/users/${ids.seg('secretaryId')}/findMeetingTimes`, body: findMeetingTimes(ids) }),
    expect: { operation: 'microsoft.graph.findMeetingTimes', binding: 'microsoft.graph.user' },
  },
  {
    method: 'POST',
    pattern: '/me/calendar/getSchedule',
    request: (ids) => ({ path: '/me/calendar/getSchedule', body: getSchedule(ids) }),
    expect: { operation: 'microsoft.graph.getSchedule', binding: 'microsoft.graph.calendar' },
  },
  {
    method: 'POST',
    pattern: '/users/:userId/calendar/getSchedule',
    as: 'chair',
    request: (ids) => ({ path: `/users/${ids.seg('chairId')}/calendar/getSchedule`, body: getSchedule(ids) }),
    expect: { operation: 'microsoft.graph.getSchedule', binding: 'microsoft.graph.calendar' },
  },
];

export const calendarSteps: readonly Step[] = [...PREFIXES.flatMap(eventSteps), ...schedulingSteps];
