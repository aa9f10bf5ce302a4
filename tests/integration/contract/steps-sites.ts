// The forum's SharePoint site, lists, columns and list items (read, create, update, delete).
import { findInValue, prop } from './walk';
import type { Ids, Step } from './walk';

/** The Message-ID the walk's own submission carries (the Submissions list's unique column). */
export const uniqueMessageId = (ids: Ids): string => `<kontrakt-${ids.get('runId')}@sekretariat.example>`;

const items = (ids: Ids, list = 'contractListId'): string => `/sites/${ids.seg('siteId')}/lists/${ids.seg(list)}/items`;

export const siteSteps: readonly Step[] = [
  {
    method: 'GET',
    pattern: '/groups/:groupId/sites/root',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/sites/root` }),
    expect: { entity: 'microsoft.graph.site' },
    capture: (body, ids) => ids.set('siteId', prop(body, 'id')),
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId',
    as: 'member',
    request: (ids) => ({ path: `/sites/${ids.seg('siteId')}` }),
    expect: { entity: 'microsoft.graph.site' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists',
    request: (ids) => ({ path: `/sites/${ids.seg('siteId')}/lists` }),
    expect: { collection: 'microsoft.graph.list' },
    capture: (body, ids) =>
      ids.set('meetingsListId', findInValue(body, (l) => l['name'] === 'Meetings' || l['displayName'] === 'Meetings')?.['id']),
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists',
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists`,
      body: {
        displayName: `Contract${ids.get('runId')}`,
        columns: [
          { name: 'Note', text: {} },
          { name: 'Count', number: {}, indexed: true },
          { name: 'When', dateTime: {} },
          { name: 'Kind', choice: { choices: ['a', 'b'] } },
        ],
        list: { template: 'genericList' },
      },
    }),
    expect: { entity: 'microsoft.graph.list' },
    capture: (body, ids) => ids.set('contractListId', prop(body, 'id')),
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId',
    request: (ids) => ({ path: `/sites/${ids.seg('siteId')}/lists/${ids.seg('meetingsListId')}` }),
    expect: { entity: 'microsoft.graph.list' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/columns',
    request: (ids) => ({ path: `/sites/${ids.seg('siteId')}/lists/${ids.seg('meetingsListId')}/columns` }),
    expect: { collection: 'microsoft.graph.columnDefinition' },
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/columns',
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists/${ids.seg('contractListId')}/columns`,
      body: { name: 'Done', boolean: {} },
    }),
    expect: { entity: 'microsoft.graph.columnDefinition' },
    capture: (body, ids) => ids.set('columnId', prop(body, 'id')),
  },
  {
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/columns/:columnId',
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists/${ids.seg('contractListId')}/columns/${ids.seg('columnId')}`,
      body: { indexed: true },
    }),
    expect: { entity: 'microsoft.graph.columnDefinition' },
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/items',
    request: (ids) => ({
      path: items(ids),
      body: { fields: { Title: 'Første', Note: 'x', Count: 1, When: '2026-11-20T09:00:00Z', Kind: 'a', Done: false } },
    }),
    expect: { entity: 'microsoft.graph.listItem' },
    capture: (body, ids) => ids.set('itemId', prop(body, 'id')),
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/items',
    request: (ids) => ({ path: items(ids), body: { fields: { Title: 'Anden', Count: 2 } } }),
    expect: { entity: 'microsoft.graph.listItem' },
    capture: (body, ids) => ids.set('item2Id', prop(body, 'id')),
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items',
    request: (ids) => ({ path: `${items(ids)}?$expand=fields&$top=1` }),
    expect: { collection: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items',
    request: (ids) => ({
      path: `${items(ids)}?$expand=fields($select=Title,Count)&$filter=${encodeURIComponent('fields/Count ge 1')}&$orderby=${encodeURIComponent('fields/Count desc')}`,
    }),
    expect: { collection: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items',
    as: 'member',
    request: (ids) => ({ path: `${items(ids, 'meetingsListId')}?$expand=fields` }),
    expect: { collection: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('itemId')}?$expand=fields` }),
    expect: { entity: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId/fields',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('itemId')}/fields` }),
    expect: { entity: 'microsoft.graph.fieldValueSet' },
  },
  {
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId/fields',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('itemId')}/fields`, body: { Note: 'y', Done: true } }),
    expect: { entity: 'microsoft.graph.fieldValueSet' },
  },
  {
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('itemId')}`, body: { fields: { Note: 'z' } } }),
    expect: { entity: 'microsoft.graph.listItem' },
  },
  // A submission with a unique InternetMessageId: the error probes post it again and expect 409.
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/items',
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists/Submissions/items`,
      body: { fields: { Title: `Kontrakt ${ids.get('runId')}`, InternetMessageId: uniqueMessageId(ids) } },
    }),
    expect: { entity: 'microsoft.graph.listItem' },
    capture: (body, ids) => ids.set('submissionItemId', prop(body, 'id')),
  },
  // A list made and deleted again (the contract list itself goes in the live run's clean-up).
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists',
    request: (ids) => ({
      path: `/sites/${ids.seg('siteId')}/lists`,
      body: { displayName: `ContractGone${ids.get('runId')}`, list: { template: 'genericList' } },
    }),
    expect: { entity: 'microsoft.graph.list' },
    capture: (body, ids) => ids.set('goneListId', prop(body, 'id')),
  },
  {
    method: 'DELETE',
    pattern: '/sites/:siteId/lists/:listId',
    request: (ids) => ({ path: `/sites/${ids.seg('siteId')}/lists/${ids.seg('goneListId')}` }),
    expect: { empty: true },
  },
  {
    method: 'DELETE',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('item2Id')}` }),
    expect: { empty: true },
  },
];
