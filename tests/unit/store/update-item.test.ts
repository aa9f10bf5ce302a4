import { ConflictError } from '../../../src/store/failures';
import { updateItemFields } from '../../../src/store/update-item';
import { FakeGraph } from './fake-graph';

const ref = { groupId: 'g', siteId: 's' };

describe('updateItemFields', () => {
  it('sends If-Match and returns the new eTag', async () => {
    const graph = new FakeGraph(() => ({ status: 200, body: { '@odata.etag': '"x,2"', Status: 'held' } }));
    const r = await updateItemFields(graph, ref, 'Meetings', '4', '"x,1"', { Status: 'held' });
    expect(graph.calls[0]).toMatchObject({ method: 'PATCH', url: '/sites/s/lists/Meetings/items/4/fields', ifMatch: '"x,1"' });
    expect(r.etag).toBe('"x,2"');
  });

  it('turns a 412 into a ConflictError', async () => {
    const graph = new FakeGraph(() => ({ status: 412 }));
    await expect(updateItemFields(graph, ref, 'Meetings', '4', '"x,1"', { Status: 'held' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('passes other failures through', async () => {
    const graph = new FakeGraph(() => ({ status: 500 }));
    await expect(updateItemFields(graph, ref, 'Meetings', '4', '"x,1"', {})).rejects.toMatchObject({ status: 500 });
  });
});
