import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Exchange's Teams block in an online meeting's body, and what a PATCH of the body does to the Teams meeting. */

interface GraphEvent {
  id: string;
  iCalUId: string;
  isOnlineMeeting: boolean;
  body: { contentType: string; content: string };
  onlineMeeting: { joinUrl: string } | null;
}

const GROUP = `/groups/${TEST_FORUMS.steering.groupId}`;
const SEPARATOR = '_'.repeat(80);

describe('sandbox: the Teams block of an online meeting', () => {
  let sb: TestSandbox;
  let secretary: string;
  let chair: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  });
  afterAll(() => sb.dispose());

  async function online(transactionId: string, isOnlineMeeting = true): Promise<GraphEvent> {
    const created = await call<GraphEvent>(sb, 'POST', `${GROUP}/events`, {
      token: secretary,
      body: {
        subject: `Møde ${transactionId}`,
        body: { contentType: 'html', content: '<p>Møde i styregruppen.</p>' },
        start: { dateTime: '2026-11-19T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2026-11-19T11:00:00', timeZone: 'Romance Standard Time' },
        attendees: [{ type: 'required', emailAddress: { address: TEST_PEOPLE.chair.mail } }],
        isOnlineMeeting,
        ...(isOnlineMeeting ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
        transactionId,
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const copyOf = async (event: GraphEvent): Promise<GraphEvent | undefined> =>
    (
      await call<{ value: GraphEvent[] }>(
        sb,
        'GET',
        '/me/calendarView?startDateTime=2026-11-19T00:00:00Z&endDateTime=2026-11-20T00:00:00Z&$top=50',
        { token: chair },
      )
    ).body.value.find((e) => e.iCalUId === event.iCalUId);

  it('appends the Teams block with the join link after the body given, as Exchange does; the attendee copy shows it too', async () => {
    const event = await online('teams-block');
    const joinUrl = event.onlineMeeting?.joinUrl ?? '';
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const body = event.body.content;
    expect(body.indexOf('<p>Møde i styregruppen.</p>')).toBeLessThan(body.indexOf(SEPARATOR));
    expect(body.indexOf(SEPARATOR)).toBeLessThan(body.indexOf('Microsoft Teams-møde'));
    expect(body.indexOf('Microsoft Teams-møde')).toBeLessThan(body.indexOf(joinUrl));
    expect((await copyOf(event))?.body.content).toBe(body);
  });

  it('a plain event gets no Teams block', async () => {
    const event = await online('no-teams-block', false);
    expect(event.body.content).not.toContain(SEPARATOR);
    expect(event.onlineMeeting).toBeNull();
  });

  it('a PATCH whose body keeps the join link keeps the Teams meeting', async () => {
    const event = await online('teams-kept');
    const joinUrl = event.onlineMeeting?.joinUrl;
    const content = event.body.content.replace('<p>Møde i styregruppen.</p>', '<p>Mødet er flyttet.</p>');
    const patched = await call<GraphEvent>(sb, 'PATCH', `${GROUP}/events/${event.id}`, {
      token: secretary,
      body: { body: { contentType: 'html', content } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.onlineMeeting?.joinUrl).toBe(joinUrl);
    expect((await copyOf(event))?.onlineMeeting?.joinUrl).toBe(joinUrl);
  });

  it('a PATCH whose body drops the join link leaves the event, and the attendees’ copies, without the Teams meeting', async () => {
    const event = await online('teams-lost');
    expect((await copyOf(event))?.onlineMeeting?.joinUrl).toBe(event.onlineMeeting?.joinUrl);
    const patched = await call<GraphEvent>(sb, 'PATCH', `${GROUP}/events/${event.id}`, {
      token: secretary,
      body: { body: { contentType: 'html', content: '<p>Mødet er flyttet.</p>' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.onlineMeeting).toBeNull();
    expect(patched.body.isOnlineMeeting).toBe(false);
    const copy = await copyOf(event);
    expect(copy?.onlineMeeting).toBeNull();
    expect(copy?.isOnlineMeeting).toBe(false);
  });
});
