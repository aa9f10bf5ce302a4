import { columnDefinition } from '../../../../src/cli/provision/column-definition';
import { sandboxToken } from '../../../../src/cli/provision/connect';
import { listCreationBody, provisionLists } from '../../../../src/cli/provision/provision-lists';
import { LISTS, listDef } from '../../../../src/store/schema';
import { FakeSiteGraph } from '../fake-site-graph';

const SITE = 'contoso.sharepoint.com,1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a01,9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01';

describe('sekretariat provision', () => {
  it('creates every list on an empty site', async () => {
    const graph = new FakeSiteGraph(SITE);
    const result = await provisionLists(graph, SITE);
    expect(result.created).toEqual(LISTS.map((l) => l.name));
    expect(result.existing).toEqual([]);
    expect(graph.lists.map((l) => l.body)).toEqual(LISTS.map(listCreationBody));
  });

  it('creates only the lists that are missing, and nothing on a second run', async () => {
    const graph = new FakeSiteGraph(SITE, ['Forum', 'Meetings']);
    const first = await provisionLists(graph, SITE);
    expect(first.existing).toEqual(['Forum', 'Meetings']);
    expect(first.created).toEqual(LISTS.map((l) => l.name).filter((n) => n !== 'Forum' && n !== 'Meetings'));

    const again = await provisionLists(graph, SITE);
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(LISTS.length);
    expect(graph.lists).toHaveLength(LISTS.length);
  });

  it('asks Graph for the lists once, looks at the columns of an existing one, and creates each missing list with a POST', async () => {
    const graph = new FakeSiteGraph(SITE, ['Forum']);
    await provisionLists(graph, SITE);
    expect(graph.calls[0]).toBe(`GET /sites/${SITE}/lists?$select=id,name,displayName`);
    expect(graph.calls[1]).toBe(`GET /sites/${SITE}/lists/list-Forum/columns?$select=id,name,enforceUniqueValues`);
    expect(graph.calls.slice(2)).toEqual(Array(LISTS.length - 1).fill(`POST /sites/${SITE}/lists`));
  });

  it('adds the columns a later version introduced to a list an earlier one made, once', async () => {
    const graph = new FakeSiteGraph(SITE, ['Meetings', 'Submissions'], {
      Meetings: ['CallForItemsClaim'],
      Submissions: ['ReceiptClaim', 'FoundInJunk'],
    });
    const first = await provisionLists(graph, SITE);
    expect([...first.columnsAdded].sort()).toEqual(['Meetings.CallForItemsClaim', 'Submissions.FoundInJunk', 'Submissions.ReceiptClaim']);
    expect(graph.calls).toContain(`POST /sites/${SITE}/lists/list-Meetings/columns`);
    const again = await provisionLists(graph, SITE);
    expect(again.columnsAdded).toEqual([]);
  });

  it('makes unique an existing column a later version made unique (with its index), once, and touches no other column', async () => {
    const graph = new FakeSiteGraph(SITE, ['Meetings', 'Actions'], {}, { notUnique: ['Meetings.CorrelationId'] });
    const first = await provisionLists(graph, SITE);
    expect(first.madeUnique).toEqual(['Meetings.CorrelationId']);
    expect(first.uniqueRefused).toEqual([]);
    expect(graph.calls.filter((c) => c.startsWith('PATCH'))).toEqual([
      `PATCH /sites/${SITE}/lists/list-Meetings/columns/col-Meetings-CorrelationId`,
    ]);
    const again = await provisionLists(graph, SITE);
    expect(again.madeUnique).toEqual([]);
    expect(graph.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
  });

  it('reports a column it cannot make unique because its items hold a value twice, and goes on with the rest', async () => {
    const graph = new FakeSiteGraph(
      SITE,
      ['Meetings'],
      { Meetings: ['CallForItemsClaim'] },
      { notUnique: ['Meetings.CorrelationId'], duplicates: ['Meetings.CorrelationId'] },
    );
    const progress: string[] = [];
    const result = await provisionLists(graph, SITE, LISTS, (m) => progress.push(m));
    expect(result.uniqueRefused).toEqual(['Meetings.CorrelationId']);
    expect(result.madeUnique).toEqual([]);
    expect(result.columnsAdded).toEqual(['Meetings.CallForItemsClaim']);
    expect(result.created).toHaveLength(LISTS.length - 1);
    expect(progress.some((m) => m.includes('Meetings.CorrelationId') && m.includes('remove the duplicate'))).toBe(true);
  });

  it('describes each column the way Graph columnDefinition expects, indexing the filtered ones', () => {
    const meetings = listCreationBody(listDef('Meetings'));
    expect(meetings).toMatchObject({ displayName: 'Meetings', list: { template: 'genericList' } });
    expect(meetings.columns).toContainEqual({ name: 'Start', dateTime: { format: 'dateTime' }, indexed: true });
    expect(meetings.columns).toContainEqual({ name: 'Location', text: {} });
    expect(meetings.columns).toContainEqual({
      name: 'Status',
      choice: { choices: ['planned', 'booked', 'agenda-sent', 'held', 'minutes-approved', 'cancelled'], allowTextEntry: false },
      indexed: true,
    });
    expect(columnDefinition({ name: 'SnapshotJson', type: 'note' })).toEqual({
      name: 'SnapshotJson',
      text: { allowMultipleLines: true, textType: 'plain' },
    });
    expect(columnDefinition({ name: 'Number', type: 'number' })).toEqual({ name: 'Number', number: {} });
    expect(columnDefinition({ name: 'External', type: 'boolean' })).toEqual({ name: 'External', boolean: {} });
  });

  it('makes unique columns enforceUniqueValues, indexed as SharePoint requires', () => {
    expect(listCreationBody(listDef('Submissions')).columns).toContainEqual({
      name: 'InternetMessageId',
      text: {},
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(listCreationBody(listDef('ConsultationReplies')).columns).toContainEqual({
      name: 'InternetMessageId',
      text: {},
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(columnDefinition({ name: 'Key', type: 'text', unique: true })).toEqual({
      name: 'Key',
      text: {},
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(listCreationBody(listDef('Submissions')).columns.filter((c) => c.enforceUniqueValues)).toHaveLength(1);
  });

  it('gets a sandbox token from the control endpoint next to the Graph root', async () => {
    const requests: { url: string; body: unknown }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify({ access_token: 'sandbox-token' }), { status: 200 });
    }) as typeof fetch;
    await expect(sandboxToken('http://localhost:3001/v1.0', 'anne@fjordklyngen.dk', fakeFetch)).resolves.toBe('sandbox-token');
    expect(requests).toEqual([{ url: 'http://localhost:3001/_sandbox/token', body: { user: 'anne@fjordklyngen.dk' } }]);
  });
});
