import type { Meeting } from '../../../src/domain/types';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { ConflictError } from '../../../src/store/errors';
import { FakeGraph } from './fake-graph';

const REF = { groupId: 'g1', siteId: 's1' };
const meeting: Meeting = {
  id: '7', forumId: 'g1', kind: 'ordinary', title: 'Møde', start: '2026-10-29T08:00:00Z', end: '2026-10-29T10:00:00Z',
  form: 'physical', status: 'booked', eventId: 'ev1', etag: '"m,1"',
};
const attendee = (address: string, response: string) => ({ type: 'required', emailAddress: { name: address, address }, status: { response, time: '' } });

describe('AttendanceStore.nameSubstitute on the event', () => {
  it('re-reads the event after a 412 and sends everyone the second read knows about', async () => {
    let version = 1;
    let attendees = [attendee('a@x.example', 'accepted'), attendee('b@x.example', 'declined')];
    const patches: unknown[] = [];
    const graph = new FakeGraph((method, url, body, options) => {
      if (method === 'PATCH' && url.includes('/lists/Meetings/')) return { status: 200, body: { '@odata.etag': '"m,2"' } };
      if (method === 'GET' && url.startsWith('/groups/g1/events/ev1')) {
        const snapshot = { '@odata.etag': `W/"v${version}"`, attendees };
        // Someone answers between our first read and our write.
        if (version === 1) { version = 2; attendees = [...attendees, attendee('c@x.example', 'accepted')]; }
        return { status: 200, body: snapshot };
      }
      if (method === 'PATCH' && url === '/groups/g1/events/ev1') {
        patches.push(body);
        return options?.ifMatch === `W/"v${version}"` ? { status: 200, body: {} } : { status: 412 };
      }
      return { status: 404 };
    });
    const saved = await new AttendanceStore(graph, REF).nameSubstitute(meeting, 'B@x.example', 'vikar@x.example');
    expect(saved).toMatchObject({ etag: '"m,2"', substitutes: { 'b@x.example': 'vikar@x.example' } });
    expect(patches).toHaveLength(2);
    const last = patches[1] as { attendees: { emailAddress: { address: string } }[] };
    expect(last.attendees.map((a) => a.emailAddress.address)).toEqual(['a@x.example', 'b@x.example', 'c@x.example', 'vikar@x.example']);
    // The Meetings item went with its eTag.
    expect(graph.calls.find((c) => c.url.includes('/lists/Meetings/'))?.ifMatch).toBe('"m,1"');
  });

  it('gives up with a ConflictError when the event keeps changing', async () => {
    const graph = new FakeGraph((method, url) => {
      if (method === 'PATCH' && url.includes('/lists/Meetings/')) return { status: 200, body: { '@odata.etag': '"m,2"' } };
      if (method === 'GET') return { status: 200, body: { '@odata.etag': 'W/"old"', attendees: [] } };
      return { status: 412 };
    });
    await expect(new AttendanceStore(graph, REF).nameSubstitute(meeting, 'b@x.example', 'vikar@x.example')).rejects.toBeInstanceOf(ConflictError);
  });

  it('uses the organiser’s own calendar when the meeting was booked from Outlook', async () => {
    const graph = new FakeGraph((method) => (method === 'GET' ? { status: 200, body: { attendees: [attendee('vikar@x.example', 'none')] } } : { status: 200, body: {} }));
    await new AttendanceStore(graph, REF).nameSubstitute({ ...meeting, eventOwner: 'katrine@x.example', substitutes: { 'b@x.example': 'vikar@x.example' } }, 'b@x.example', 'vikar@x.example');
    expect(graph.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /users/katrine@x.example/events/ev1?$select=attendees,organizer,iCalUId,isCancelled']);
  });
});
