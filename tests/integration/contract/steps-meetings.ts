// Teams meetings: POST /me/onlineMeetings (the join link the Outlook appointment command puts in an invitation).
import { prop } from './walk';
import type { Step } from './walk';

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
    capture: (body, ids) => ids.set('onlineMeetingId', prop(body, 'id')),
  },
  {
    method: 'DELETE',
    pattern: '/me/onlineMeetings/:meetingId',
    request: (ids) => ({ path: `/me/onlineMeetings/${ids.seg('onlineMeetingId')}` }),
    expect: { empty: true },
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
