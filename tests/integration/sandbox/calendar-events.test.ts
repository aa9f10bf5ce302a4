import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

type Json = Record<string, unknown>;
interface Collection<T = Json> {
  value: T[];
  '@odata.nextLink'?: string;
}
interface Attendee {
  type: string;
  status: { response: string; time: string };
  emailAddress: { name: string; address: string };
}
interface GraphEvent extends Json {
  id: string;
  iCalUId: string;
  subject: string;
  isCancelled: boolean;
  start: { dateTime: string; timeZone: string };
  attendees: Attendee[];
  onlineMeeting: { joinUrl: string } | null;
  responseStatus: { response: string };
}

const GROUP = `/groups/${TEST_FORUMS.steering.groupId}`;

function meeting(transactionId: string, attendees: string[]): Json {
  return {
    subject: `Styregruppemøde ${transactionId}`,
    body: { contentType: 'html', content: '<p>Dagsorden følger.</p>' },
    start: { dateTime: '2026-11-19T09:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2026-11-19T11:00:00', timeZone: 'Romance Standard Time' },
    location: { displayName: 'Mødelokale 1' },
    attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId,
  };
}

describe('sandbox: calendar events', () => {
  let sb: TestSandbox;
  let secretary: string;
  let chair: string;
  let outsider: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    outsider = await tokenFor(sb, TEST_PEOPLE.outsider.mail);
  });
  afterAll(() => sb.dispose());

  it('a repeated transactionId returns the same event, not a second', async () => {
    const first = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, { token: secretary, body: meeting('tx-dedup', []) });
    const again = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, { token: secretary, body: meeting('tx-dedup', []) });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const all = await call<Collection<GraphEvent>>(sb, 'GET', `${GROUP}/events?$top=100`, { token: secretary });
    expect(all.body.value.filter((e) => e.subject === 'Styregruppemøde tx-dedup')).toHaveLength(1);
  });

  it('stores Copenhagen time as UTC and honours Prefer: outlook.timezone', async () => {
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, { token: secretary, body: meeting('tx-tz', []) });
    expect(created.body.start).toEqual({ dateTime: '2026-11-19T08:00:00.0000000', timeZone: 'UTC' });
    expect(created.body.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const local = await call<GraphEvent>(sb, 'GET', `${GROUP}/events/${created.body.id}`, {
      token: secretary,
      headers: { Prefer: 'outlook.timezone="Romance Standard Time"' },
    });
    expect(local.body.start).toEqual({ dateTime: '2026-11-19T09:00:00.0000000', timeZone: 'Romance Standard Time' });
  });

  it('refuses a user who is not a member of the forum (403)', async () => {
    const list = await call<Json>(sb, 'GET', `${GROUP}/events`, { token: outsider });
    expect(list.status).toBe(403);
    const create = await call<Json>(sb, 'POST', `${GROUP}/events`, { token: outsider, body: meeting('tx-outsider', []) });
    expect(create.status).toBe(403);
    expect((create.body.error as Json).code).toBe('ErrorAccessDenied');
  });

  it('invites a tenant attendee (copy + meeting request) and records their decline on the organizer event', async () => {
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, {
      token: secretary,
      body: meeting('tx-decline', [TEST_PEOPLE.chair.mail]),
    });
    const view = await call<Collection<GraphEvent>>(
      sb,
      'GET',
      '/me/calendarView?startDateTime=2026-11-19T00:00:00Z&endDateTime=2026-11-20T00:00:00Z&$top=50',
      { token: chair },
    );
    const copy = view.body.value.find((e) => e.iCalUId === created.body.iCalUId);
    expect(copy?.responseStatus.response).toBe('notResponded');
    const inbox = await call<Collection<Json>>(
      sb,
      'GET',
      `/me/mailFolders/inbox/messages?$filter=subject eq 'Styregruppemøde tx-decline'`,
      { token: chair },
    );
    expect(inbox.body.value[0]?.meetingMessageType).toBe('meetingRequest');

    const decline = await call(sb, 'POST', `/me/events/${copy?.id ?? ''}/decline`, {
      token: chair,
      body: { comment: 'Afbud – jeg er på ferie.', sendResponse: true },
    });
    expect(decline.status).toBe(202);
    const organizer = await call<GraphEvent>(sb, 'GET', `${GROUP}/events/${created.body.id}`, { token: secretary });
    expect(organizer.body.attendees.find((a) => a.emailAddress.address === TEST_PEOPLE.chair.mail)?.status.response).toBe('declined');
  });

  it('sends external attendees the invitation by mail and records their answer via the control API', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, {
      token: secretary,
      body: meeting('tx-external', [TEST_PEOPLE.patient.mail]),
    });
    const outbox = await call<{ value: { subject: string; meeting?: { meetingMessageType: string } }[] }>(
      sb,
      'GET',
      `/_sandbox/outbox?to=${TEST_PEOPLE.patient.mail}`,
    );
    expect(outbox.body.value.map((m) => [m.subject, m.meeting?.meetingMessageType])).toEqual([
      ['Styregruppemøde tx-external', 'meetingRequest'],
    ]);
    const answered = await call(sb, 'POST', '/_sandbox/respond', {
      body: { address: TEST_PEOPLE.patient.mail, eventId: created.body.id, response: 'accepted' },
    });
    expect(answered.status).toBe(200);
    const organizer = await call<GraphEvent>(sb, 'GET', `${GROUP}/events/${created.body.id}`, { token: secretary });
    expect(organizer.body.attendees[0]?.status.response).toBe('accepted');
  });

  it('cancel removes the meeting and marks attendee copies cancelled', async () => {
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, {
      token: secretary,
      body: meeting('tx-cancel', [TEST_PEOPLE.chair.mail]),
    });
    const cancelled = await call(sb, 'POST', `${GROUP}/events/${created.body.id}/cancel`, {
      token: secretary,
      body: { comment: 'Mødet aflyses.' },
    });
    expect(cancelled.status).toBe(202);
    expect((await call(sb, 'GET', `${GROUP}/events/${created.body.id}`, { token: secretary })).status).toBe(404);
    const view = await call<Collection<GraphEvent>>(
      sb,
      'GET',
      '/me/calendarView?startDateTime=2026-11-19T00:00:00Z&endDateTime=2026-11-20T00:00:00Z&$top=50',
      { token: chair },
    );
    const copy = view.body.value.find((e) => e.iCalUId === created.body.iCalUId);
    expect(copy?.isCancelled).toBe(true);
  });

  it('PATCH with a stale If-Match is refused with 412', async () => {
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, { token: secretary, body: meeting('tx-etag', []) });
    const etag = created.body['@odata.etag'] as string;
    const ok = await call<GraphEvent>(sb, 'PATCH', `${GROUP}/events/${created.body.id}`, {
      token: secretary,
      body: { subject: 'Nyt emne' },
      headers: { 'If-Match': etag },
    });
    expect(ok.status).toBe(200);
    const stale = await call(sb, 'PATCH', `${GROUP}/events/${created.body.id}`, {
      token: secretary,
      body: { subject: 'Igen' },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
  });
});
