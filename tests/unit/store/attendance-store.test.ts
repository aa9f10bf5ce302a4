import type { Meeting } from '../../../src/domain/types';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { ConflictError } from '../../../src/store/failures';
import { FakeGraph } from './fake-graph';

const REF = { groupId: 'g1', siteId: 's1' };
const meeting: Meeting = {
  id: '7',
  forumId: 'g1',
  kind: 'ordinary',
  title: 'Møde',
  start: '2026-10-29T08:00:00Z',
  end: '2026-10-29T10:00:00Z',
  form: 'physical',
  status: 'booked',
  eventId: 'ev1',
  etag: '"m,1"',
};
const attendee = (address: string, response: string) => ({
  type: 'required',
  emailAddress: { name: address, address },
  status: { response, time: '' },
});
/** The secretariat, an owner of the group. */
const KATRINE = { id: 'u-katrine', name: 'Katrine', email: 'katrine@x.example' };
/** The group's owners and the meeting's (empty) Substitutes list; a new record is accepted. */
const lists = (method: string, url: string): { status: number; body?: unknown } | undefined => {
  if (method === 'GET' && url.startsWith('/groups/g1/owners'))
    return { status: 200, body: { value: [{ id: KATRINE.id, displayName: KATRINE.name, mail: KATRINE.email }] } };
  if (method === 'GET' && url.startsWith('/sites/s1/lists/Substitutes/items')) return { status: 200, body: { value: [] } };
  if (method === 'POST' && url === '/sites/s1/lists/Substitutes/items') return { status: 201, body: { id: '1' } };
  return undefined;
};

describe('AttendanceStore.nameSubstitute on the event', () => {
  it('re-reads the event after a 412 and sends everyone the second read knows about', async () => {
    let version = 1;
    let attendees = [attendee('a@x.example', 'accepted'), attendee('b@x.example', 'declined')];
    const patches: unknown[] = [];
    const graph = new FakeGraph((method, url, body, options) => {
      const listed = lists(method, url);
      if (listed) return listed;
      if (method === 'GET' && url.startsWith('/groups/g1/events/ev1')) {
        const snapshot = { '@odata.etag': `W/"v${version}"`, attendees };
        // Someone answers between our first read and our write.
        if (version === 1) {
          version = 2;
          attendees = [...attendees, attendee('c@x.example', 'accepted')];
        }
        return { status: 200, body: snapshot };
      }
      if (method === 'PATCH' && url === '/groups/g1/events/ev1') {
        patches.push(body);
        return options?.ifMatch === `W/"v${version}"` ? { status: 200, body: {} } : { status: 412 };
      }
      return { status: 404 };
    });
    expect(await new AttendanceStore(graph, REF).nameSubstitute(meeting, 'B@x.example', 'vikar@x.example', KATRINE)).toBe('added');
    expect(patches).toHaveLength(2);
    const last = patches[1] as { attendees: { emailAddress: { address: string } }[] };
    expect(last.attendees.map((a) => a.emailAddress.address)).toEqual(['a@x.example', 'b@x.example', 'c@x.example', 'vikar@x.example']);
    // The record went to the Substitutes list; the Meetings item (the secretariat's alone) was not written.
    expect(graph.calls.filter((c) => c.method !== 'GET').map((c) => c.url)).toEqual([
      '/sites/s1/lists/Substitutes/items',
      '/groups/g1/events/ev1',
      '/groups/g1/events/ev1',
    ]);
  });

  it('gives up with a ConflictError when the event keeps changing', async () => {
    const graph = new FakeGraph((method, url) => {
      const listed = lists(method, url);
      if (listed) return listed;
      if (method === 'GET') return { status: 200, body: { '@odata.etag': 'W/"old"', attendees: [] } };
      return { status: 412 };
    });
    await expect(new AttendanceStore(graph, REF).nameSubstitute(meeting, 'b@x.example', 'vikar@x.example', KATRINE)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('uses the organiser’s own calendar when the meeting was booked from Outlook', async () => {
    const graph = new FakeGraph(
      (method, url) =>
        lists(method, url) ??
        (method === 'GET' ? { status: 200, body: { attendees: [attendee('vikar@x.example', 'none')] } } : { status: 404 }),
    );
    await new AttendanceStore(graph, REF).nameSubstitute(
      { ...meeting, eventOwner: 'katrine@x.example' },
      'b@x.example',
      'vikar@x.example',
      KATRINE,
    );
    expect(graph.calls.filter((c) => c.url.includes('/events/')).map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /users/katrine@x.example/events/ev1?$select=attendees,organizer,iCalUId,isCancelled',
    ]);
  });
});
