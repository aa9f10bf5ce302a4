// The forum's document library: drive, items by id and by path, upload, download, folders.
import { isJsonObject } from '../../support/csdl/check';
import { prop } from './walk';
import type { Ids, Step } from './walk';

const drive = (ids: Ids): string => `/drives/${ids.seg('driveId')}`;
const siteDrive = (ids: Ids): string => `/sites/${ids.seg('siteId')}/drive`;
const folder = 'Kontrakt';
const text = { 'Content-Type': 'text/plain' };

export const driveSteps: readonly Step[] = [
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive',
    request: (ids) => ({ path: siteDrive(ids) }),
    expect: { entity: 'microsoft.graph.drive' },
    capture: (body, ids) => ids.set('driveId', prop(body, 'id')),
  },
  { method: 'GET', pattern: '/drives/:driveId', request: (ids) => ({ path: drive(ids) }), expect: { entity: 'microsoft.graph.drive' } },
  {
    method: 'GET',
    pattern: '/drives/:driveId/root',
    request: (ids) => ({ path: `${drive(ids)}/root` }),
    expect: { entity: 'microsoft.graph.driveItem' },
    capture: (body, ids) => ids.set('rootId', prop(body, 'id')),
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root',
    as: 'member',
    request: (ids) => ({ path: `${siteDrive(ids)}/root` }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'PUT',
    pattern: '/drives/:driveId/root:{*path}:/content',
    request: (ids) => ({ path: `${drive(ids)}/root:/${folder}/dagsorden.txt:/content`, body: 'Dagsorden', headers: text }),
    expect: { entity: 'microsoft.graph.driveItem' },
    capture: (body, ids) => {
      ids.set('fileId', prop(body, 'id'));
      const parent = prop(body, 'parentReference');
      ids.set('folderId', isJsonObject(parent) ? parent['id'] : undefined);
    },
  },
  {
    method: 'PUT',
    pattern: '/sites/:siteId/drive/root:{*path}:/content',
    request: (ids) => ({ path: `${siteDrive(ids)}/root:/${folder}/referat.txt:/content`, body: 'Referat', headers: text }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  // A large file's upload session (the fragments then go to its uploadUrl, outside Graph: tests/integration/graph/upload-session.test.ts).
  {
    method: 'POST',
    pattern: '/drives/:driveId/root:{*path}:/createUploadSession',
    request: (ids) => ({
      path: `${drive(ids)}/root:/${folder}/skanning.pdf:/createUploadSession`,
      body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
    }),
    expect: { operation: 'microsoft.graph.createUploadSession', binding: 'microsoft.graph.driveItem' },
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/drive/root:{*path}:/createUploadSession',
    request: (ids) => ({
      path: `${siteDrive(ids)}/root:/${folder}/skanning.pdf:/createUploadSession`,
      body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
    }),
    expect: { operation: 'microsoft.graph.createUploadSession', binding: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/root/children',
    request: (ids) => ({ path: `${drive(ids)}/root/children` }),
    expect: { collection: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root/children',
    request: (ids) => ({ path: `${siteDrive(ids)}/root/children` }),
    expect: { collection: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/items/:itemId',
    request: (ids) => ({ path: `${drive(ids)}/items/${ids.seg('fileId')}` }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/items/:itemId/children',
    request: (ids) => ({ path: `${drive(ids)}/items/${ids.seg('folderId')}/children?$top=1` }),
    expect: { collection: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/items/:itemId/content',
    request: (ids) => ({ path: `${drive(ids)}/items/${ids.seg('fileId')}/content` }),
    expect: { content: true },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/root:{*path}:/content',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${drive(ids)}/root:/${folder}/dagsorden.txt:/content` }),
    expect: { content: true },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId/root:{*path}',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${drive(ids)}/root:/${folder}/dagsorden.txt` }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root:{*path}:/content',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${siteDrive(ids)}/root:/${folder}/referat.txt:/content` }),
    expect: { content: true },
  },
  // Graph's conversion: a text or Word file as PDF; a type it cannot convert is 406 in Graph's error shape.
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root:{*path}:/content',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${siteDrive(ids)}/root:/${folder}/referat.txt:/content?format=pdf` }),
    expect: { content: true },
  },
  {
    method: 'PUT',
    pattern: '/sites/:siteId/drive/root:{*path}:/content',
    request: (ids) => ({
      path: `${siteDrive(ids)}/root:/${folder}/data.json:/content`,
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root:{*path}:/content',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${siteDrive(ids)}/root:/${folder}/data.json:/content?format=pdf` }),
    expect: { error: 406 },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive/root:{*path}',
    readsWalkWrites: true,
    request: (ids) => ({ path: `${siteDrive(ids)}/root:/${folder}` }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'POST',
    pattern: '/drives/:driveId/items/:itemId/children',
    request: (ids) => ({
      path: `${drive(ids)}/items/${ids.seg('rootId')}/children`,
      body: { name: 'Bilag', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
    }),
    expect: { entity: 'microsoft.graph.driveItem' },
    capture: (body, ids) => ids.set('newFolderId', prop(body, 'id')),
  },
  {
    method: 'PATCH',
    pattern: '/drives/:driveId/items/:itemId',
    request: (ids) => ({ path: `${drive(ids)}/items/${ids.seg('fileId')}`, body: { name: 'dagsorden-v2.txt' } }),
    expect: { entity: 'microsoft.graph.driveItem' },
  },
  {
    method: 'DELETE',
    pattern: '/drives/:driveId/items/:itemId',
    request: (ids) => ({ path: `${drive(ids)}/items/${ids.seg('newFolderId')}` }),
    expect: { empty: true },
  },
];
