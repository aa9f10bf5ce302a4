import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import type { Seed } from '../../../src/sandbox/seed/types';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * `sekretariat provision` against a sandbox whose steering group's site is as Microsoft 365 creates a group's site
 * (every member may edit every item), and whose theme group's site the seed provisioned.
 */
const seed: Seed = {
  ...testSeed,
  forums: testSeed.forums.map((f) => (f.groupId === TEST_FORUMS.steering.groupId ? { ...f, sitePermissions: 'inherited' as const } : f)),
};
const steering = TEST_FORUMS.steering;
const SECRETARY = TEST_PEOPLE.secretary.mail;
const SITE_API = '/sites/teststyregruppen/_api';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'sekretariat.cjs');

/** The installed bin, from another directory, with `stdin` piped in. */
function runBin(args: readonly string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: tmpdir(),
      env: { ...process.env, SEKRETARIAT_GRAPH_TOKEN: '', SEKRETARIAT_SHAREPOINT_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

describe('sekretariat provision: the site permissions', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox(seed);
  });
  afterAll(() => sb.dispose());

  const run = async (args: readonly string[], env: Record<string, string> = {}): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['provision', ...args], { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd: tmpdir() });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const asSecretary = (site: { siteId: string; groupId: string }, ...extra: string[]): string[] => [
    '--site',
    site.siteId,
    '--group',
    site.groupId,
    '--graph-url',
    sb.graphUrl,
    '--sandbox-user',
    SECRETARY,
    ...extra,
  ];

  const membersRowOf = async (token: string, email: string): Promise<{ id: string; eTag: string }> => {
    const rows = await call<{ value: { id: string; eTag: string; fields: { Email?: string } }[] }>(
      sb,
      'GET',
      `/sites/${steering.siteId}/lists/Members/items?expand=fields`,
      { token },
    );
    const row = rows.body.value.find((r) => r.fields.Email?.toLowerCase() === email);
    if (!row) throw new Error(`no Members row for ${email}`);
    return row;
  };

  /** The principals with a role on a list, as SharePoint's REST API lists them to the secretary. */
  const assignees = async (list: string): Promise<string[]> => {
    const token = await tokenFor(sb, SECRETARY);
    const res = await call<{ value: { Member: { Title: string; LoginName: string }; RoleDefinitionBindings: { Name: string }[] }[] }>(
      sb,
      'GET',
      `${sb.url}${SITE_API}/web/lists/getbytitle('${list}')/roleassignments?$expand=Member,RoleDefinitionBindings`,
      { token, headers: { Accept: 'application/json;odata=nometadata' } },
    );
    expect(res.status).toBe(200);
    return res.body.value.map((a) => `${a.Member.LoginName}: ${a.RoleDefinitionBindings.map((r) => r.Name).join(', ')}`).sort();
  };

  it('--check on a site that was never provisioned lists the deviations and exits 1, changing nothing', async () => {
    await call(sb, 'DELETE', '/_sandbox/stats');
    const checked = await run(asSecretary(steering, '--check'));
    expect(checked.err).toBe('');
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(
      'Tilladelsesniveauer / permission levels: Bidrag uden sletning findes ikke / Bidrag uden sletning (contribute, no delete) does not exist',
    );
    for (const list of [
      'Forum',
      'Members',
      'Meetings',
      'AgendaItems',
      'Submissions',
      'MinutesVersions',
      'Approvals',
      'Actions',
      'Consultations',
      'ConsultationReplies',
      'SignOffs',
      'Substitutes',
      'ActionMarks',
    ]) {
      expect(checked.out).toContain(`  ${list}: arver rettigheder fra webstedet / inherits the site's permissions`);
    }
    expect(checked.out).toContain('  Approvals: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2');
    expect(checked.out).toContain('  SignOffs: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2');
    expect(checked.out).toContain('  Substitutes: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2');
    expect(checked.out).toContain('  ActionMarks: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2');
    expect(checked.out).toContain('  Møder (mappe / folder): findes ikke / does not exist');
    expect(checked.out).toContain('  Godkendte referater (mappe / folder): findes ikke / does not exist');
    expect(checked.out).toContain('  Høringer (mappe / folder): findes ikke / does not exist');
    expect(checked.out).toContain('  Offentliggørelse (mappe / folder): findes ikke / does not exist');
    expect(checked.out).toMatch(/Afvigelser \/ deviations: 22 –/);
    const stats = await call<{ byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats');
    expect(Object.keys(stats.body.byRoute).filter((route) => !route.startsWith('GET '))).toEqual([]);
  });

  it('gives no role to a member who made himself chair on the unprovisioned site, reports a chair without an account, and sets every permission', async () => {
    // Any group member can edit the Members list before provisioning: Gustav (a guest) makes himself a chair.
    const guest = await tokenFor(sb, TEST_PEOPLE.guest.mail);
    const own = await membersRowOf(guest, TEST_PEOPLE.guest.mail);
    const forged = await call(sb, 'PATCH', `/sites/${steering.siteId}/lists/Members/items/${own.id}/fields`, {
      token: guest,
      body: { Role: 'chair' },
    });
    expect(forged.status).toBe(200);
    // The secretariat makes the patient representative, who has only an address, a co-chair: reported, not fatal.
    const secretary = await tokenFor(sb, SECRETARY);
    const patient = await membersRowOf(secretary, TEST_PEOPLE.patient.mail);
    expect(
      (
        await call(sb, 'PATCH', `/sites/${steering.siteId}/lists/Members/items/${patient.id}/fields`, {
          token: secretary,
          body: { Role: 'chair' },
        })
      ).status,
    ).toBe(200);

    const applied = await run(asSecretary(steering));
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toContain(
      `Formandskab / chairs (Members-rækker skrevet af gruppens ejere / rows written by the group's owners): cecilie.chair@testregion.example, ${TEST_PEOPLE.patient.mail}`,
    );
    expect(applied.out).toContain(`Uden konto / no account: ${TEST_PEOPLE.patient.mail} – kan ikke få rettigheder på sitet (kun mail)`);
    expect(applied.out).toContain(
      `Ignoreret / ignored: ${TEST_PEOPLE.guest.mail} som medformand / as chair – rækken er skrevet af ${TEST_PEOPLE.guest.displayName}`,
    );
    expect(applied.out).toContain(
      '  Tilladelsesniveauer / permission levels: oprettede Bidrag uden sletning / created Bidrag uden sletning (contribute, no delete)',
    );
    expect(applied.out).toContain('  Møder (mappe / folder): oprettet / created');
    expect(applied.out).toContain(
      'Postkasse / mailbox tsg-sekretariat@testregion.example: mappen Behandlet oprettet / folder Behandlet created',
    );
    expect(applied.out).toContain("  Approvals: arver ikke længere rettigheder fra webstedet / no longer inherits the site's permissions");
    expect(applied.out).toContain('  Approvals: gav gruppen Ejere Fuld kontrol / gave owners group Full Control');
    expect(applied.out).toContain(
      '  Approvals: gav gruppen Medlemmer Bidrag uden sletning / gave members group Bidrag uden sletning (contribute, no delete)',
    );
    expect(applied.out).toContain(
      `  Approvals: fjernede Fuld kontrol fra bruger ${SECRETARY} (dig, der kører provision) / removed Full Control from user ${SECRETARY} (you, running provision)`,
    );
    expect(applied.out).toContain('  Approvals: WriteSecurity sat til 2 (kun egne elementer) / WriteSecurity set to 2 (own items only)');
    expect(applied.out).toContain(
      '  Submissions: gav bruger cecilie.chair@testregion.example Bidrag uden sletning / gave user cecilie.chair@testregion.example Bidrag uden sletning (contribute, no delete)',
    );
    expect(applied.out).not.toMatch(/gav bruger gustav/);

    const owners = 'Teststyregruppen Owners: Full Control';
    const visitors = 'Teststyregruppen Visitors: Read';
    expect(await assignees('Submissions')).toEqual(
      [
        'Teststyregruppen Members: Read',
        owners,
        visitors,
        'i:0#.f|membership|cecilie.chair@testregion.example: Bidrag uden sletning',
      ].sort(),
    );
    expect(await assignees('Members')).toEqual(['Teststyregruppen Members: Read', owners, visitors].sort());
    expect(await assignees('Approvals')).toEqual(['Teststyregruppen Members: Bidrag uden sletning', owners, visitors].sort());

    const checked = await run(asSecretary(steering, '--check'));
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Ingen afvigelser – sitet følger planen / no deviations – the site matches the plan');
  });

  it("a second provision finds the mailbox's Behandlet folder and makes no second one", async () => {
    const again = await run(asSecretary(steering));
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'Postkasse / mailbox tsg-sekretariat@testregion.example: mappen Behandlet findes allerede / folder Behandlet exists',
    );
    const token = await tokenFor(sb, SECRETARY);
    const folders = await call<{ value: { displayName: string }[] }>(
      sb,
      'GET',
      '/users/tsg-sekretariat%40testregion.example/mailFolders?$top=100',
      { token },
    );
    expect(folders.body.value.filter((f) => f.displayName === 'Behandlet')).toHaveLength(1);
  });

  it('after provisioning the tenant refuses a member who edits the Members list (Graph 403 accessDenied)', async () => {
    const guest = await tokenFor(sb, TEST_PEOPLE.guest.mail);
    const own = await membersRowOf(guest, TEST_PEOPLE.guest.mail);
    const refused = await call<{ error: { code: string } }>(sb, 'PATCH', `/sites/${steering.siteId}/lists/Members/items/${own.id}/fields`, {
      token: guest,
      body: { Role: 'chair' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('accessDenied');
    const chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const chairRow = await membersRowOf(chair, TEST_PEOPLE.chair.mail);
    expect(
      (
        await call(sb, 'PATCH', `/sites/${steering.siteId}/lists/Members/items/${chairRow.id}/fields`, {
          token: chair,
          body: { Role: 'member' },
        })
      ).status,
    ).toBe(403);
  });

  it('a second run (tokens from the environment, --sharepoint-url) changes nothing and says so', async () => {
    const token = await tokenFor(sb, SECRETARY);
    await call(sb, 'DELETE', '/_sandbox/stats');
    const again = await run(
      ['--site', steering.siteId, '--group', steering.groupId, '--graph-url', sb.graphUrl, '--sharepoint-url', sb.url],
      { SEKRETARIAT_GRAPH_TOKEN: token, SEKRETARIAT_SHAREPOINT_TOKEN: token },
    );
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Lister oprettet / created: 0, fandtes allerede / existed: 13');
    expect(again.out).toContain('Ingen ændringer – sitet følger allerede planen / no changes – the site already matches the plan');
    const stats = await call<{ byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats');
    // Only ensureuser writes, and it only makes sure the chair is on the site: nothing is created, granted or removed.
    expect(
      Object.keys(stats.body.byRoute)
        .filter((route) => !route.startsWith('GET '))
        .sort(),
    ).toEqual(['POST /sites/{site}/_api/web/ensureuser']);
  });

  it('--check on a site the sandbox seeded as provisioned finds nothing: the seed is what provision does (the bin, tokens on standard input)', async () => {
    const token = await tokenFor(sb, SECRETARY);
    const theme = TEST_FORUMS.theme;
    const checked = await runBin(
      [
        'provision',
        '--check',
        '--site',
        theme.siteId,
        '--group',
        theme.groupId,
        '--graph-url',
        sb.graphUrl,
        '--sharepoint-url',
        sb.url,
        '--token-stdin',
      ],
      `${token}\n${token}\n`,
    );
    expect(checked.stderr).toBe('');
    // The theme group's chair is a guest from another tenant: found by address, known to SharePoint by the guest UPN.
    expect(checked.stdout).toContain(
      `Formandskab / chairs (Members-rækker skrevet af gruppens ejere / rows written by the group's owners): ${TEST_PEOPLE.guest.mail}`,
    );
    expect(checked.stdout).toContain('Ingen afvigelser – sitet følger planen / no deviations – the site matches the plan');
    expect(checked.code).toBe(0);
  }, 60000);
});
