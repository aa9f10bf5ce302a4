import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDirectory } from '../../../src/sandbox/directory/seed';
import { JsonFileDb, STATE_FILE } from '../../../src/sandbox/persistence/db';
import { initialState } from '../../../src/sandbox/seed/initial-state';
import type { SandboxState } from '../../../src/sandbox/state';
import { TEST_PEOPLE, testSeed } from '../support/test-seed';

describe('sandbox: the JSON state store', () => {
  let dir: string;
  let db: JsonFileDb;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sekretariat-db-'));
    db = await JsonFileDb.open(dir, () => initialState(testSeed, new Date('2026-11-01T12:00:00Z')));
  });
  afterEach(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const onDisk = async (): Promise<SandboxState> => JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as SandboxState;

  it('changes nothing, in memory or on disk, when the mutation throws half-way', async () => {
    const before = JSON.stringify(db.state);
    await expect(
      db.mutate((s) => {
        s.directory.groups.splice(0, 1);
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(JSON.stringify(db.state)).toBe(before);
    expect(JSON.stringify(await onDisk())).toBe(before);
  });

  it('resolves only when the change is on disk, and returns plain objects even for drafts', async () => {
    const user = await db.mutate((s) => {
      const u = s.directory.users.find((x) => x.id === TEST_PEOPLE.chair.id);
      if (!u) throw new Error('no chair');
      Object.assign(u, { jobTitle: 'Formand' });
      return u;
    });
    expect(user.jobTitle).toBe('Formand');
    expect((await onDisk()).directory.users.find((x) => x.id === TEST_PEOPLE.chair.id)?.jobTitle).toBe('Formand');
  });

  it('commits concurrent mutations together and keeps every one of them', async () => {
    const [template] = seedDirectory(testSeed).users;
    if (!template) throw new Error('no users');
    await Promise.all(Array.from({ length: 50 }, (_, i) => db.mutate((s) => s.directory.users.push({ ...template, id: `extra-${i}` }))));
    const ids = (await onDisk()).directory.users.map((u) => u.id);
    expect(Array.from({ length: 50 }, (_, i) => `extra-${i}`).every((id) => ids.includes(id))).toBe(true);
  });
});
