import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { PRESETS } from '../../../src/domain/commissorium';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { ConflictError } from '../../../src/store/failures';
import { ForumSettingsStore, InvalidSettingsError } from '../../../src/store/forum-settings-store';
import { MembersStore, type MemberInput } from '../../../src/store/members-store';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Forum settings and members written through the stores to a real sandbox over HTTP. */
let sandbox: TestSandbox;
let graph: Graph;
let token: string;
const ref = TEST_FORUMS.steering;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  graph = createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Sites.ReadWrite.All'],
    baseUrl: sandbox.graphUrl,
  });
  token = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
});

afterAll(async () => {
  await sandbox.dispose();
});

/** The stored SettingsJson, read past the stores. */
async function storedJson(siteId: string): Promise<string | undefined> {
  const res = await call<{ value: { fields: { SettingsJson?: string } }[] }>(
    sandbox,
    'GET',
    `/sites/${siteId}/lists/Forum/items?expand=fields`,
    { token },
  );
  return res.body.value[0]?.fields.SettingsJson;
}

describe('ForumSettingsStore', () => {
  it('saves with the current eTag, and refuses a stale one without touching the stored JSON', async () => {
    const store = new ForumSettingsStore(graph, ref);
    const before = await store.load();
    expect(before.settings?.series[0]?.perYear).toBe(4);
    const item = before.item;
    if (!item || !before.settings) throw new Error('the test seed has settings');

    const five = { ...before.settings, series: before.settings.series.map((x) => ({ ...x, perYear: 5 })), rooms: ['Mødelokale 3'] };
    const saved = await store.save(item, five);
    expect(saved.etag).not.toBe(item.etag);
    const afterSave = await storedJson(ref.siteId);
    expect(JSON.parse(afterSave ?? '{}')).toMatchObject({ series: [{ perYear: 5 }], rooms: ['Mødelokale 3'] });

    // A second secretary still holding the first eTag
    await expect(store.save(item, { ...five, rooms: ['Kantinen'] })).rejects.toBeInstanceOf(ConflictError);
    expect(await storedJson(ref.siteId)).toBe(afterSave);

    const reread = await store.load();
    expect(reread.item).toEqual(saved);
    expect(reread.settings?.rooms).toEqual(['Mødelokale 3']);
  });

  it('validates before writing', async () => {
    const store = new ForumSettingsStore(graph, ref);
    const { item } = await store.load();
    const before = await storedJson(ref.siteId);
    await expect(store.save(item, { ...PRESETS['horsens-2024'], startTime: '25:00' })).rejects.toBeInstanceOf(InvalidSettingsError);
    expect(await storedJson(ref.siteId)).toBe(before);
  });

  it('creates the Forum item when the forum has none, and never a second one', async () => {
    const theme = TEST_FORUMS.theme;
    const list = await call<{ value: { id: string }[] }>(sandbox, 'GET', `/sites/${theme.siteId}/lists/Forum/items`, { token });
    for (const i of list.body.value)
      expect((await call(sandbox, 'DELETE', `/sites/${theme.siteId}/lists/Forum/items/${i.id}`, { token })).status).toBe(204);

    const store = new ForumSettingsStore(graph, theme);
    expect(await store.load()).toEqual({});
    const created = await store.save(undefined, PRESETS['horsens-2023'], 'Testtemagruppen');
    const loaded = await store.load();
    expect(loaded.item).toEqual(created);
    expect(loaded.settings).toEqual(PRESETS['horsens-2023']);

    // A second form that also saw "no settings" must not create another item
    await expect(store.save(undefined, PRESETS['horsens-2024'])).rejects.toBeInstanceOf(ConflictError);
    const after = await call<{ value: { fields: { Title?: string } }[] }>(
      sandbox,
      'GET',
      `/sites/${theme.siteId}/lists/Forum/items?expand=fields`,
      { token },
    );
    expect(after.body.value).toHaveLength(1);
    expect(after.body.value[0]?.fields.Title).toBe('Testtemagruppen');
  });
});

describe('MembersStore', () => {
  const newcomer: MemberInput = {
    name: 'Nina Ny',
    email: 'Nina.Ny@Testkommune.example',
    organisation: 'Test Kommune',
    organisationKind: 'municipality',
    jobTitle: 'Sundhedschef',
    role: 'member',
    substituteEmail: 'gustav.gaest@testkommune.example',
    external: true,
  };

  it('adds a member once, however often it is asked', async () => {
    const store = new MembersStore(graph, ref);
    const before = (await store.list()).length;
    const first = await store.add(newcomer);
    const second = await store.add({ ...newcomer, email: ' nina.ny@testkommune.example ' });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.member.member.id).toBe(first.member.member.id);
    const members = await store.list();
    expect(members).toHaveLength(before + 1);
    expect(members.filter((m) => m.member.email === 'nina.ny@testkommune.example')).toHaveLength(1);
    expect(first.member.member).toMatchObject({
      name: 'Nina Ny',
      organisationKind: 'municipality',
      jobTitle: 'Sundhedschef',
      substituteEmail: 'gustav.gaest@testkommune.example',
      external: true,
    });
  });

  it('updates with the eTag and refuses a stale one; removes with the eTag', async () => {
    const store = new MembersStore(graph, ref);
    const nina = await store.byEmail(newcomer.email);
    if (!nina) throw new Error('added above');
    const chair = await store.update(nina.member.id, nina.etag, { ...newcomer, role: 'chair' });
    expect(chair.member.role).toBe('chair');
    expect((await store.byEmail(newcomer.email))?.member.role).toBe('chair');
    await expect(store.update(nina.member.id, nina.etag, { ...newcomer, role: 'observer' })).rejects.toBeInstanceOf(ConflictError);
    await expect(store.remove(nina.member.id, nina.etag)).rejects.toBeInstanceOf(ConflictError);
    await store.remove(nina.member.id, chair.etag);
    expect(await store.byEmail(newcomer.email)).toBeUndefined();
    await store.remove(nina.member.id, chair.etag); // already gone: fine
  });
});
