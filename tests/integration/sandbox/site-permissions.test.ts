import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Seed, SeedPerson } from '../../../src/sandbox/seed/types';
import type { SandboxState } from '../../../src/sandbox/state';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { CallResult, TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The forum site's permissions, enforced on Graph writes over HTTP: on a provisioned site an ordinary member of the
 * secretariat's tenant and a guest from another tenant are refused what only the secretariat (the group's owners) may
 * write, with Graph's own 403 — also inside a `$batch`; the owner may; an answer is added and edited by its author
 * only. On a site nobody provisioned the same writes go through, as on a tenant.
 */

const MEMBER: SeedPerson = {
  ...TEST_PEOPLE.outsider,
  id: '11111111-0000-4000-a000-0000000000b1',
  displayName: 'Mona Medlem',
  givenName: 'Mona',
  surname: 'Medlem',
  mail: 'mona.medlem@testregion.example',
};
const [steering, theme] = testSeed.forums;
if (!steering || !theme) throw new Error('the test seed has two forums');
const seedWith = (sitePermissions: 'provisioned' | 'inherited'): Seed => ({
  ...testSeed,
  people: [...testSeed.people, MEMBER],
  forums: [{ ...steering, members: [...steering.members, { person: MEMBER.mail, role: 'member' }], sitePermissions }, theme],
});

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const items = (list: string): string => `${SITE}/lists/${list}/items`;

interface Item {
  id: string;
  eTag: string;
}

function expectAccessDenied(res: CallResult, what: string): void {
  expect([what, res.status, (res.body as { error?: { code?: string; message?: string } }).error]).toEqual([
    what,
    403,
    expect.objectContaining({ code: 'accessDenied', message: 'Access denied' }),
  ]);
}

/** The writes a member must not make, each as one call; `ids` are items the secretariat and the chair made. */
function forbiddenWrites(ids: {
  members: string;
  forum: string;
  version: string;
  chairsApproval: string;
  chairsSignOff: string;
}): [string, string, string, unknown?][] {
  return [
    ['Members PATCH (role forgery)', 'PATCH', `${items('Members')}/${ids.members}/fields`, { Role: 'chair' }],
    ['Forum PATCH (approval rule)', 'PATCH', `${items('Forum')}/${ids.forum}/fields`, { SettingsJson: '{}' }],
    ['MinutesVersions POST (version forgery)', 'POST', items('MinutesVersions'), { fields: { Title: 'v2', Version: 2 } }],
    [
      'MinutesVersions PATCH (text forgery)',
      'PATCH',
      `${items('MinutesVersions')}/${ids.version}/fields`,
      { SnapshotJson: '{"forged":true}' },
    ],
    ["Approvals PATCH of a chair's record", 'PATCH', `${items('Approvals')}/${ids.chairsApproval}/fields`, { Decision: 'approved' }],
    ["Approvals DELETE of a chair's record", 'DELETE', `${items('Approvals')}/${ids.chairsApproval}`],
    ["SignOffs PATCH of a chair's record", 'PATCH', `${items('SignOffs')}/${ids.chairsSignOff}/fields`, { Title: 'forged' }],
    ['drive PUT into Møder', 'PUT', `${SITE}/drive/root:/Møder/2026-10-29/dagsorden.txt:/content`, 'forged'],
  ];
}

async function attempt(sb: TestSandbox, token: string, [, method, path, body]: [string, string, string, unknown?]): Promise<CallResult> {
  return call(sb, method, path, {
    token,
    ...(body !== undefined ? { body } : {}),
    ...(typeof body === 'string' ? { headers: { 'Content-Type': 'text/plain' } } : {}),
  });
}

/** A minutes version by the secretariat, an approval and a sign-off by the chair: what the forbidden writes aim at. */
async function targets(
  sb: TestSandbox,
  secretary: string,
  chair: string,
): Promise<{ members: string; forum: string; version: string; chairsApproval: string; chairsSignOff: string }> {
  const version = await call<Item>(sb, 'POST', items('MinutesVersions'), {
    token: secretary,
    body: { fields: { Title: 'v1', Version: 1, Status: 'awaiting-approval' } },
  });
  const approval = await call<Item>(sb, 'POST', items('Approvals'), {
    token: chair,
    body: { fields: { Title: 'changes-requested', Decision: 'changes-requested', MinutesVersionId: version.body.id } },
  });
  const signOff = await call<Item>(sb, 'POST', items('SignOffs'), { token: chair, body: { fields: { Title: 'sign-off' } } });
  expect([version.status, approval.status, signOff.status]).toEqual([201, 201, 201]);
  return { members: '1', forum: '1', version: version.body.id, chairsApproval: approval.body.id, chairsSignOff: signOff.body.id };
}

describe('sandbox: a provisioned forum site refuses members what only the secretariat writes', () => {
  let sb: TestSandbox;
  let secretary: string;
  let chair: string;
  let ids: Awaited<ReturnType<typeof targets>>;
  beforeAll(async () => {
    sb = await startTestSandbox(seedWith('provisioned'));
    [secretary, chair] = await Promise.all([tokenFor(sb, TEST_PEOPLE.secretary.mail), tokenFor(sb, TEST_PEOPLE.chair.mail)]);
    ids = await targets(sb, secretary, chair);
  });
  afterAll(() => sb.dispose());

  for (const who of [MEMBER, TEST_PEOPLE.guest]) {
    it(`refuses ${who.displayName} (${who.account === 'guest' ? 'a guest from another tenant' : 'a member of the tenant'}) every forgery with 403 accessDenied`, async () => {
      const token = await tokenFor(sb, who.mail);
      for (const write of forbiddenWrites(ids)) expectAccessDenied(await attempt(sb, token, write), write[0]);
      const approval = await call<{ fields: { Decision: string } }>(
        sb,
        'GET',
        `${items('Approvals')}/${ids.chairsApproval}?expand=fields`,
        { token },
      );
      expect(approval.body.fields.Decision).toBe('changes-requested');
    });
  }

  it('refuses the same writes inside a $batch, each sub-request with its own 403', async () => {
    const token = await tokenFor(sb, MEMBER.mail);
    const requests = forbiddenWrites(ids)
      .filter(([, method]) => method !== 'PUT')
      .map(([, method, path, body], i) => ({
        id: String(i + 1),
        method,
        url: path,
        ...(body !== undefined ? { body, headers: { 'Content-Type': 'application/json' } } : {}),
      }));
    const batch = await call<{ responses: { status: number; body: { error: { code: string } } }[] }>(sb, 'POST', '/$batch', {
      token,
      body: { requests },
    });
    expect(batch.body.responses.map((r) => [r.status, r.body.error.code])).toEqual(requests.map(() => [403, 'accessDenied']));
  });

  it('lets a member add an answer of their own and edit it, but not delete it', async () => {
    const token = await tokenFor(sb, MEMBER.mail);
    const own = await call<Item>(sb, 'POST', items('Approvals'), {
      token,
      body: { fields: { Title: 'approved', Decision: 'approved', MinutesVersionId: ids.version } },
    });
    expect(own.status).toBe(201);
    const edited = await call(sb, 'PATCH', `${items('Approvals')}/${own.body.id}/fields`, {
      token,
      body: { Comment: 'Med en tilføjelse' },
      headers: { 'If-Match': own.body.eTag },
    });
    expect(edited.status).toBe(200);
    expectAccessDenied(await call(sb, 'DELETE', `${items('Approvals')}/${own.body.id}`, { token }), 'Approvals DELETE of their own');
  });

  it("lets the secretariat (the group's owners) make every one of those writes", async () => {
    for (const write of forbiddenWrites(ids)) {
      const res = await attempt(sb, secretary, write);
      expect([write[0], res.status < 300]).toEqual([write[0], true]);
    }
  });

  it("keeps the meeting folders the secretariat's, the rest of the library everyone's", async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.guest.mail);
    const drive = (await call<{ id: string }>(sb, 'GET', `${SITE}/drive`, { token })).body.id;
    const folder = (await call<{ id: string }>(sb, 'GET', `${SITE}/drive/root:/Møder`, { token: secretary })).body.id;
    expectAccessDenied(
      await call(sb, 'POST', `/drives/${drive}/items/${folder}/children`, { token, body: { name: 'Mit møde', folder: {} } }),
      'POST children under Møder',
    );
    const mine = await call<Item>(sb, 'PUT', `${SITE}/drive/root:/Bidrag/notat.txt:/content`, {
      token,
      body: 'notat',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(mine.status).toBe(201);
    expectAccessDenied(
      await call(sb, 'PATCH', `/drives/${drive}/items/${mine.body.id}`, { token, body: { parentReference: { id: folder } } }),
      'move into Møder',
    );
    const inside = await call<Item>(sb, 'PUT', `${SITE}/drive/root:/Møder/referat.txt:/content`, {
      token: secretary,
      body: 'referat',
      headers: { 'Content-Type': 'text/plain' },
    });
    expectAccessDenied(
      await call(sb, 'PATCH', `/drives/${drive}/items/${inside.body.id}`, { token, body: { name: 'omdøbt.txt' } }),
      'rename in Møder',
    );
    expectAccessDenied(await call(sb, 'DELETE', `/drives/${drive}/items/${inside.body.id}`, { token }), 'DELETE in Møder');
    expectAccessDenied(await call(sb, 'DELETE', `/drives/${drive}/items/${folder}`, { token }), 'DELETE Møder');
    expect((await call(sb, 'GET', `/drives/${drive}/items/${inside.body.id}/content`, { token })).status).toBe(200);
    expect(
      (await call(sb, 'PATCH', `/drives/${drive}/items/${inside.body.id}`, { token: secretary, body: { name: 'referat-endelig.txt' } }))
        .status,
    ).toBe(200);
  });
});

describe('sandbox: a forum site nobody provisioned', () => {
  it("lets every member of the group make the same writes, as Microsoft 365 creates a group's site", async () => {
    const sb = await startTestSandbox(seedWith('inherited'));
    try {
      const [secretary, chair, member] = await Promise.all([
        tokenFor(sb, TEST_PEOPLE.secretary.mail),
        tokenFor(sb, TEST_PEOPLE.chair.mail),
        tokenFor(sb, MEMBER.mail),
      ]);
      const ids = await targets(sb, secretary, chair);
      for (const write of forbiddenWrites(ids)) {
        const res = await attempt(sb, member, write);
        expect([write[0], res.status < 300]).toEqual([write[0], true]);
      }
    } finally {
      await sb.dispose();
    }
  });

  it('reads a state file written before sites had permissions as never provisioned', async () => {
    const first = await startTestSandbox(seedWith('provisioned'));
    const member = await tokenFor(first, MEMBER.mail);
    expect((await call(first, 'PATCH', `${items('Members')}/1/fields`, { token: member, body: { JobTitle: 'x' } })).status).toBe(403);
    await first.close();
    const file = join(first.dataDir, 'state.json');
    const state = JSON.parse(await readFile(file, 'utf8')) as SandboxState;
    for (const site of state.sites.sites) delete site.security;
    await writeFile(file, JSON.stringify(state));

    const second = await startTestSandbox(undefined, { dataDir: first.dataDir });
    try {
      expect((await call(second, 'PATCH', `${items('Members')}/1/fields`, { token: member, body: { JobTitle: 'Direktør' } })).status).toBe(
        200,
      );
    } finally {
      await second.dispose();
    }
  });
});
