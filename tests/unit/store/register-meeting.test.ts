import { ConflictError } from '../../../src/store/failures';
import { MeetingRegistrationStore, outlookCorrelationId, type MeetingRegistration } from '../../../src/store/register-meeting';
import { createStores } from '../../../src/store/stores';
import { FakeGraph } from './fake-graph';

const REF = { groupId: 'g-ksg', siteId: 'site-ksg' };
const REG: MeetingRegistration = {
  kind: 'ordinary',
  title: 'KSG: Møde',
  start: '2027-03-11T10:00:00+01:00',
  end: '2027-03-11T11:00:00Z',
  form: 'hybrid',
  location: 'Mødelokale 3.12',
  eventId: 'AAMk-rest_id=',
  eventOwner: 'Katrine.Holm@regionfjord.example',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
};

type Item = { id: string; '@odata.etag': string; fields: Record<string, unknown> };

/** A Meetings list in memory: filter by CorrelationId, POST, PATCH fields under If-Match. */
function meetingsList(initial: Item[] = []) {
  const items = [...initial];
  let version = 0;
  const graph = new FakeGraph((method, url, body, options) => {
    if (method === 'GET') {
      const m = /CorrelationId%20eq%20'([^']*)'/.exec(url.replace(/%27/g, "'"));
      const wanted = m ? decodeURIComponent(m[1] ?? '') : '';
      return { status: 200, body: { value: items.filter((i) => i.fields.CorrelationId === wanted) } };
    }
    if (method === 'POST') {
      const item: Item = {
        id: String(items.length + 1),
        '@odata.etag': `"e${++version}"`,
        fields: { ...(body as { fields: Record<string, unknown> }).fields },
      };
      items.push(item);
      return { status: 201, body: item };
    }
    if (method === 'PATCH') {
      const id = /items\/([^/]+)\/fields/.exec(url)?.[1];
      const item = items.find((i) => i.id === id);
      if (!item) return { status: 404 };
      if (options?.ifMatch !== item['@odata.etag']) return { status: 412 };
      Object.assign(item.fields, body);
      item['@odata.etag'] = `"e${++version}"`;
      return { status: 200, body: { ...item.fields, '@odata.etag': item['@odata.etag'] } };
    }
    return { status: 405 };
  });
  return { graph, items };
}

describe('registering an Outlook appointment as a forum meeting', () => {
  it('creates the Meetings item once, in UTC, booked, keyed by the appointment', async () => {
    const { graph, items } = meetingsList();
    const result = await new MeetingRegistrationStore(graph, REF).register(REG);
    expect(result.created).toBe(true);
    expect(items).toHaveLength(1);
    expect(items[0]?.fields).toEqual({
      Title: 'KSG: Møde',
      Kind: 'ordinary',
      Start: '2027-03-11T09:00:00Z',
      End: '2027-03-11T11:00:00Z',
      Form: 'hybrid',
      Location: 'Mødelokale 3.12',
      // Only an extraordinary meeting has a purpose (its invitation states it; a move writes it again).
      Purpose: '',
      EventId: 'AAMk-rest_id=',
      EventOwner: 'katrine.holm@regionfjord.example',
      JoinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
      CorrelationId: 'outlook:AAMk-rest_id=',
      Prepares: '',
      Status: 'booked',
    });
    expect(result.meeting).toMatchObject({
      id: '1',
      forumId: 'g-ksg',
      status: 'booked',
      eventId: 'AAMk-rest_id=',
      correlationId: outlookCorrelationId('AAMk-rest_id='),
      etag: '"e1"',
    });
    expect(graph.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
    expect(graph.calls[0]?.url).toContain(encodeURIComponent("fields/CorrelationId eq 'outlook:AAMk-rest_id='"));
  });

  it('registering again updates the same item under its eTag, never a second one', async () => {
    const { graph, items } = meetingsList();
    const registrar = new MeetingRegistrationStore(graph, REF);
    await registrar.register(REG);
    const again = await registrar.register({
      ...REG,
      title: 'KSG: Møde (flyttet)',
      start: '2027-03-12T09:00:00Z',
      end: '2027-03-12T11:00:00Z',
    });
    expect(again.created).toBe(false);
    expect(items).toHaveLength(1);
    expect(items[0]?.fields).toMatchObject({ Title: 'KSG: Møde (flyttet)', Start: '2027-03-12T09:00:00Z', Status: 'booked' });
    expect(graph.calls.at(-1)).toMatchObject({ method: 'PATCH', ifMatch: '"e1"' });
    expect(again.meeting).toMatchObject({ id: '1', title: 'KSG: Møde (flyttet)', start: '2027-03-12T09:00:00Z', etag: '"e2"' });
  });

  it('keeps a status the meeting has moved on to, and records what a planning meeting prepares', async () => {
    const { graph, items } = meetingsList([
      {
        id: '7',
        '@odata.etag': '"x"',
        fields: { CorrelationId: 'outlook:AAMk-rest_id=', Status: 'agenda-sent', Start: '2027-03-11T09:00:00Z' },
      },
    ]);
    const result = await new MeetingRegistrationStore(graph, REF).register({ ...REG, kind: 'planning', prepares: '3' });
    expect(items[0]?.fields).toMatchObject({ Status: 'agenda-sent', Kind: 'planning', Prepares: '3' });
    expect(result.meeting.status).toBe('agenda-sent');
  });

  it('someone else changed the item in between: a ConflictError, nothing overwritten', async () => {
    const { graph, items } = meetingsList();
    const registrar = new MeetingRegistrationStore(graph, REF);
    await registrar.register(REG);
    const stale = new MeetingRegistrationStore(
      new FakeGraph((method, url, body, options) => {
        if (method === 'GET') return { status: 200, body: { value: [{ ...items[0], '@odata.etag': '"stale"' }] } };
        return options?.ifMatch === items[0]?.['@odata.etag'] ? { status: 200, body } : { status: 412 };
      }),
      REF,
    );
    await expect(stale.register({ ...REG, title: 'Overskrevet' })).rejects.toBeInstanceOf(ConflictError);
    expect(items[0]?.fields.Title).toBe('KSG: Møde');
  });

  it('is what the UI gets through Stores, with the Teams link from /me/onlineMeetings', async () => {
    const { graph, items } = meetingsList();
    const online = new FakeGraph((method, url, body) =>
      method === 'POST' && url === '/me/onlineMeetings'
        ? { status: 201, body: { id: 'om1', joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/om1', ...(body as object) } }
        : { status: 404 },
    );
    expect(
      await createStores(online, []).appointments?.createOnlineMeeting({ subject: 'KSG: Møde', start: REG.start, end: REG.end }),
    ).toEqual({
      id: 'om1',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/om1',
    });
    const stores = createStores(graph, [REF]);
    await stores.appointments?.register(REF, REG);
    await stores.appointments?.register(REF, REG);
    expect(items).toHaveLength(1);
  });

  it('an online meeting without a join link is an error, not an empty link', async () => {
    const graph = new FakeGraph(() => ({ status: 201, body: { id: 'om2' } }));
    await expect(
      createStores(graph, []).appointments?.createOnlineMeeting({ subject: 's', start: REG.start, end: REG.end }),
    ).rejects.toThrow('without a join link');
  });
});
