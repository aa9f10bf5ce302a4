import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { ConflictError } from '../../../src/store/failures';
import { MeetingStore } from '../../../src/store/forum-stores';
import { OnlineMeetingStore } from '../../../src/store/online-meetings';
import { MeetingRegistrationStore, type MeetingRegistration } from '../../../src/store/register-meeting';
import { updateItemFields } from '../../../src/store/update-item';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Booking from Outlook against the sandbox over HTTP: a Teams link, then the meeting registered once. */
let sandbox: TestSandbox;
let graph: Graph;
const REF = TEST_FORUMS.steering;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  graph = createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Sites.ReadWrite.All', 'OnlineMeetings.ReadWrite'],
    baseUrl: sandbox.graphUrl,
  });
});

afterAll(async () => {
  await sandbox.dispose();
});

const registration = (eventId: string, over: Partial<MeetingRegistration> = {}): MeetingRegistration => ({
  kind: 'extraordinary',
  title: 'Teststyregruppen: Ekstraordinært møde – Akutteam',
  start: '2026-11-26T09:00:00+01:00',
  end: '2026-11-26T10:00:00+01:00',
  form: 'hybrid',
  location: 'Lokale 1',
  eventId,
  eventOwner: TEST_PEOPLE.secretary.mail,
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  ...over,
});

async function itemsWith(correlationId: string): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  const token = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
  const filter = encodeURIComponent(`fields/CorrelationId eq '${correlationId}'`);
  const res = await call<{ value: { id: string; fields: Record<string, unknown> }[] }>(
    sandbox,
    'GET',
    `/sites/${REF.siteId}/lists/Meetings/items?expand=fields&$filter=${filter}`,
    { token },
  );
  expect(res.status).toBe(200);
  return res.body.value;
}

describe('an Outlook appointment registered in the forum (sandbox)', () => {
  it('registered from two windows at once: one item, both given that meeting', async () => {
    const [a, b] = await Promise.all([
      new MeetingRegistrationStore(graph, REF).register(registration('AAMk-twice')),
      new MeetingRegistrationStore(graph, REF).register(registration('AAMk-twice')),
    ]);
    expect(a.meeting.id).toBe(b.meeting.id);
    expect(await itemsWith('outlook:AAMk-twice')).toHaveLength(1);
  });

  it('creates the meeting once; registering again updates the same item', async () => {
    const registrar = new MeetingRegistrationStore(graph, REF);
    const first = await registrar.register(registration('AAMk-first'));
    expect(first.created).toBe(true);
    expect(first.meeting).toMatchObject({
      kind: 'extraordinary',
      status: 'booked',
      start: '2026-11-26T08:00:00Z',
      end: '2026-11-26T09:00:00Z',
      eventId: 'AAMk-first',
      eventOwner: TEST_PEOPLE.secretary.mail,
      correlationId: 'outlook:AAMk-first',
    });

    const second = await registrar.register(
      registration('AAMk-first', { start: '2026-11-27T08:00:00Z', end: '2026-11-27T09:00:00Z', location: 'Lokale 2' }),
    );
    expect(second.created).toBe(false);
    expect(second.meeting.id).toBe(first.meeting.id);
    expect(second.meeting.etag).not.toBe(first.meeting.etag);

    const items = await itemsWith('outlook:AAMk-first');
    expect(items).toHaveLength(1);
    expect(items[0]?.fields).toMatchObject({
      Start: '2026-11-27T08:00:00Z',
      Location: 'Lokale 2',
      Status: 'booked',
      EventId: 'AAMk-first',
    });
    // …and it is in the forum's year, as the home reads it.
    const year = await new MeetingStore(graph, REF).from('2026-01-01T00:00:00Z');
    expect(year.filter((m) => m.correlationId === 'outlook:AAMk-first').map((m) => m.id)).toEqual([first.meeting.id]);
  });

  it('does not undo a status the meeting has moved on to', async () => {
    const registrar = new MeetingRegistrationStore(graph, REF);
    const { meeting } = await registrar.register(registration('AAMk-sent'));
    await updateItemFields(graph, REF, 'Meetings', meeting.id, meeting.etag, { Status: 'agenda-sent' });
    const again = await registrar.register(registration('AAMk-sent', { title: 'Nyt emne' }));
    expect(again.meeting).toMatchObject({ status: 'agenda-sent', title: 'Nyt emne' });
  });

  it('a change by someone else between lookup and update is a ConflictError, not an overwrite', async () => {
    const { meeting } = await new MeetingRegistrationStore(graph, REF).register(registration('AAMk-race'));
    // Someone else edits the item after our lookup: the If-Match of the update no longer holds.
    const racing: Graph = {
      ...graph,
      patch: async (url, body, options) => {
        await updateItemFields(graph, REF, 'Meetings', meeting.id, meeting.etag, { Location: 'Ændret af en anden' });
        return graph.patch(url, body, options);
      },
    };
    await expect(
      new MeetingRegistrationStore(racing, REF).register(registration('AAMk-race', { title: 'Mit emne' })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await itemsWith('outlook:AAMk-race'))[0]?.fields).toMatchObject({
      Location: 'Ændret af en anden',
      Title: 'Teststyregruppen: Ekstraordinært møde – Akutteam',
    });
  });

  it('makes a Teams meeting with a join link for the appointment', async () => {
    const link = await new OnlineMeetingStore(graph).create({
      subject: 'Teststyregruppen: Møde',
      start: '2026-11-26T08:00:00Z',
      end: '2026-11-26T10:00:00Z',
    });
    expect(link.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const other = await new OnlineMeetingStore(graph).create({
      subject: 'Teststyregruppen: Møde',
      start: '2026-11-26T08:00:00Z',
      end: '2026-11-26T10:00:00Z',
    });
    expect(other.joinUrl).not.toBe(link.joinUrl);
  });
});
