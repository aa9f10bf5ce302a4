// Teams meetings: POST /me/onlineMeetings (the join link the Outlook appointment command puts in an invitation); the
// meeting behind a forum meeting's join link and its attendance reports (the Teams meeting side panel).
import { prop, type Step } from './walk';

const byJoinUrl = (url: string) => `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${url.replace(/'/g, "''")}'`)}`;

export const onlineMeetingSteps: readonly Step[] = [
  {
    method: 'POST',
    pattern: '/me/onlineMeetings',
    request: (ids) => ({
      path: '/me/onlineMeetings',
      body: {
        startDateTime: '2026-11-19T08:00:00Z',
        endDateTime: '2026-11-19T10:00:00Z',
        subject: `Kontrakt Teams-møde ${ids.get('runId')}`,
      },
    }),
    expect: { entity: 'microsoft.graph.onlineMeeting' },
    capture: (body, ids) => {
      ids.set('onlineMeetingId', prop(body, 'id'));
      ids.set('createdJoinUrl', prop(body, 'joinWebUrl'));
    },
  },
  {
    method: 'GET',
    pattern: '/me/onlineMeetings',
    request: (ids) => ({ path: byJoinUrl(ids.get('createdJoinUrl')) }),
    expect: { collection: 'microsoft.graph.onlineMeeting' },
  },
  {
    method: 'DELETE',
    pattern: '/me/onlineMeetings/:id',
    request: (ids) => ({ path: `/me/onlineMeetings/${ids.seg('onlineMeetingId')}` }),
    expect: { empty: true },
  },
  // The Teams meeting of a seeded forum meeting's calendar event, as its organising secretariat finds it.
  {
    method: 'GET',
    pattern: '/me/onlineMeetings',
    request: (ids) => ({ path: byJoinUrl(ids.get('seededJoinUrl')) }),
    expect: { collection: 'microsoft.graph.onlineMeeting' },
    capture: (body, ids) => ids.set('seededOnlineMeetingId', prop(body, 'id', 0)),
  },
  {
    method: 'GET',
    pattern: '/me/onlineMeetings/:id',
    as: 'chair',
    request: (ids) => ({ path: `/me/onlineMeetings/${ids.seg('seededOnlineMeetingId')}` }),
    expect: { entity: 'microsoft.graph.onlineMeeting' },
  },
  // Graph lists online meetings only by their join link.
  { method: 'GET', pattern: '/me/onlineMeetings', request: () => ({ path: '/me/onlineMeetings' }), expect: { error: 400 } },
  {
    method: 'GET',
    pattern: '/me/onlineMeetings/:id/attendanceReports',
    request: (ids) => ({ path: `/me/onlineMeetings/${ids.seg('seededOnlineMeetingId')}/attendanceReports` }),
    expect: { collection: 'microsoft.graph.meetingAttendanceReport' },
    capture: (body, ids) => ids.set('attendanceReportId', prop(body, 'id', 0)),
  },
  // Attendance is the organisers': a chair who is not an owner of the group is refused.
  {
    method: 'GET',
    pattern: '/me/onlineMeetings/:id/attendanceReports',
    as: 'chair',
    request: (ids) => ({ path: `/me/onlineMeetings/${ids.seg('seededOnlineMeetingId')}/attendanceReports` }),
    expect: { error: 403 },
  },
  {
    method: 'GET',
    pattern: '/me/onlineMeetings/:id/attendanceReports/:reportId/attendanceRecords',
    request: (ids) => ({
      path: `/me/onlineMeetings/${ids.seg('seededOnlineMeetingId')}/attendanceReports/${ids.seg('attendanceReportId')}/attendanceRecords`,
    }),
    expect: { collection: 'microsoft.graph.attendanceRecord' },
  },
  // Without times Graph starts the meeting now, for an hour.
  {
    method: 'POST',
    pattern: '/me/onlineMeetings',
    as: 'chair',
    request: () => ({ path: '/me/onlineMeetings', body: { subject: 'Formandskabet' } }),
    expect: { entity: 'microsoft.graph.onlineMeeting' },
  },
  {
    method: 'POST',
    pattern: '/me/onlineMeetings',
    request: () => ({ path: '/me/onlineMeetings', body: { startDateTime: 'i morgen', endDateTime: '2026-11-19T10:00:00Z' } }),
    expect: { error: 400 },
  },
];
