import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

interface DriveItem {
  id: string;
  name: string;
  size: number;
  eTag: string;
  cTag: string;
  webUrl: string;
  file?: { mimeType: string };
  folder?: { childCount: number };
  parentReference: { driveId: string; id?: string; path?: string };
  createdBy: { user: { id: string } };
}

describe('sandbox: the forum site document library (drive)', () => {
  let sb: TestSandbox;
  let token: string;
  let driveId: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    driveId = (await call<{ id: string; driveType: string }>(sb, 'GET', `/sites/${TEST_FORUMS.steering.siteId}/drive`, { token })).body.id;
  });
  afterAll(() => sb.dispose());

  it('uploads by path, creating folders, and downloads the same bytes', async () => {
    const bytes = Buffer.from('Dagsorden\nPunkt 1: Velkomst\n', 'utf8');
    const up = await call<DriveItem>(sb, 'PUT', `/drives/${driveId}/root:/Møder/2026/dagsorden.txt:/content`, {
      token,
      body: bytes,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      name: 'dagsorden.txt',
      size: bytes.length,
      file: { mimeType: 'text/plain' },
      parentReference: { driveId, path: `/drives/${driveId}/root:/Møder/2026` },
    });
    expect(up.body.createdBy.user.id).toBe(TEST_PEOPLE.secretary.id);
    const down = await fetch(`${sb.graphUrl}/drives/${driveId}/items/${up.body.id}/content`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(Buffer.from(await down.arrayBuffer()).equals(bytes)).toBe(true);
    const again = await call<DriveItem>(sb, 'PUT', `/sites/${TEST_FORUMS.steering.siteId}/drive/root:/Møder/2026/dagsorden.txt:/content`, {
      token,
      body: 'v2',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(up.body.id);
    expect(again.body.eTag).not.toBe(up.body.eTag);
    const byPath = await call<DriveItem>(sb, 'GET', `/drives/${driveId}/root:/Møder/2026/dagsorden.txt`, { token });
    expect(byPath.body.size).toBe(2);
  });

  it('lists children, renames and moves, deletes', async () => {
    const root = await call<{ value: DriveItem[] }>(sb, 'GET', `/drives/${driveId}/root/children`, { token });
    const folder = root.body.value.find((i) => i.name === 'Møder');
    expect(folder?.folder?.childCount).toBe(1);
    const year = (await call<{ value: DriveItem[] }>(sb, 'GET', `/drives/${driveId}/items/${folder?.id ?? ''}/children`, { token })).body
      .value[0];
    const file = (await call<{ value: DriveItem[] }>(sb, 'GET', `/drives/${driveId}/items/${year?.id ?? ''}/children`, { token })).body
      .value[0];
    const moved = await call<DriveItem>(sb, 'PATCH', `/drives/${driveId}/items/${file?.id ?? ''}`, {
      token,
      body: { name: 'dagsorden-endelig.txt', parentReference: { id: folder?.id } },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: 'dagsorden-endelig.txt', parentReference: { id: folder?.id } });
    expect(
      (
        await call(sb, 'PATCH', `/drives/${driveId}/items/${file?.id ?? ''}`, {
          token,
          body: { name: 'x.txt' },
          headers: { 'If-Match': file?.eTag ?? '' },
        })
      ).status,
    ).toBe(412);
    expect((await call(sb, 'DELETE', `/drives/${driveId}/items/${folder?.id ?? ''}`, { token })).status).toBe(204);
    expect((await call(sb, 'GET', `/drives/${driveId}/items/${file?.id ?? ''}`, { token })).status).toBe(404);
  });

  it('keeps non-members out of the library', async () => {
    const chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const themeDrive = await call<{ id: string }>(sb, 'GET', `/sites/${TEST_FORUMS.theme.siteId}/drive`, { token });
    expect((await call(sb, 'GET', `/drives/${themeDrive.body.id}/root/children`, { token: chair })).status).toBe(403);
    expect(
      (
        await call(sb, 'PUT', `/drives/${themeDrive.body.id}/root:/x.txt:/content`, {
          token: chair,
          body: 'x',
          headers: { 'Content-Type': 'text/plain' },
        })
      ).status,
    ).toBe(403);
  });
});
