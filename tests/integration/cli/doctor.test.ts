import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRAPH_SCOPES } from '../../../src/auth/token-provider';
import { main } from '../../../src/cli/main';
import { automationApplication } from '../../../src/sandbox/seed/applications';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * `sekretariat doctor` against a sandbox: all green on the provisioned steering group; then, one thing at a time made
 * missing as it goes missing in a tenant — a scope not consented, a permission removed through SharePoint's REST API,
 * a list and a column deleted — each named exactly with what to run. Doctor never writes: the sandbox's request
 * statistics (Graph and SharePoint REST alike) show only GETs.
 */
const steering = TEST_FORUMS.steering;
const SECRETARY = TEST_PEOPLE.secretary.mail;
const SITE_API = '/sites/teststyregruppen/_api';
const PROVISION = `sekretariat provision --forum ${steering.groupId}`;

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function doctor(sb: TestSandbox, args: readonly string[], extraEnv: Record<string, string> = {}, stdin?: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl, SEKRETARIAT_FORUMS: JSON.stringify([steering]), ...extraEnv };
  await call(sb, 'DELETE', '/_sandbox/stats');
  const code = await main(['doctor', ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    cwd: tmpdir(),
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(stdin) } : {}),
  });
  // Nothing but reads reached the sandbox, Graph or SharePoint REST.
  const stats = await call<{ byRoute: Record<string, number> }>(sb, 'GET', '/_sandbox/stats');
  expect(Object.keys(stats.body.byRoute).filter((route) => !route.startsWith('GET '))).toEqual([]);
  expect(Object.keys(stats.body.byRoute).length).toBeGreaterThan(0);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const failures = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('✗'));

describe('sekretariat doctor', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.dispose());

  it('is all green on a provisioned forum, one ✓ line per check, and exits 0', async () => {
    const run = await doctor(sb, ['--sandbox-user', SECRETARY]);
    expect(run.err).toBe('');
    expect(failures(run.out)).toEqual([]);
    expect(run.out).toContain(`✓ Graph-token for ${SECRETARY} / Graph token obtained`);
    expect(run.out).toContain(`✓ Microsoft Graph-scopes givet / granted: ${GRAPH_SCOPES.join(', ')}`);
    expect(run.out).toContain('✓ SharePoint-scopes givet / granted: AllSites.FullControl');
    expect(run.out).toContain('✓ Gruppen Teststyregruppen ejer sitet https://test.sharepoint.com/sites/teststyregruppen');
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
    ]) {
      expect(run.out).toMatch(new RegExp(`^✓ Liste ${list} \\(\\d+ kolonner / columns\\)$`, 'm'));
    }
    expect(run.out).toContain('✓ Rettigheder følger planen (docs/ARCHITECTURE.md §9) / permissions match the plan');
    expect(run.out).toContain(
      '✓ Postkasse tsg-sekretariat@testregion.example kan nås / mailbox tsg-sekretariat@testregion.example is reachable',
    );
    expect(run.out).toContain('Alt i orden / all checks passed');
    expect(run.code).toBe(0);
  });

  it('names a scope the tenant did not consent to, with where to grant it, and exits 1', async () => {
    const res = await call<{ access_token: string }>(sb, 'POST', '/_sandbox/token', {
      body: { user: SECRETARY, scopes: [...GRAPH_SCOPES.filter((s) => s !== 'Mail.Send.Shared'), 'AllSites.FullControl'] },
    });
    const token = res.body.access_token;
    const run = await doctor(sb, ['--token-stdin', '--sharepoint-url', sb.url], {}, `${token}\n${token}\n`);
    expect(failures(run.out)).toEqual(['✗ Scope Mail.Send.Shared (Microsoft Graph) er ikke givet / is not granted']);
    expect(run.out).toContain(
      '    → Entra ID → App registrations → Sekretariat → API permissions → Add a permission → Microsoft Graph → Delegated → Mail.Send.Shared, og / and "Grant admin consent"',
    );
    expect(run.out).toContain('Mangler / missing: 1');
    expect(run.code).toBe(1);
  });

  it('reports a SharePoint host it cannot reach as a ✗ and goes on to the mailbox', async () => {
    const token = await tokenFor(sb, SECRETARY);
    const run = await doctor(sb, ['--token-stdin', '--sharepoint-url', 'http://127.0.0.1:9'], {}, `${token}\n${token}\n`);
    expect(failures(run.out)).toEqual([expect.stringMatching(/^✗ Rettighederne \/ the permissions kan ikke læses \/ cannot be read: /)]);
    expect(run.out).toContain('✓ Postkasse tsg-sekretariat@testregion.example kan nås');
    expect(run.code).toBe(1);
  });

  it("checks the unattended run's own token (--sandbox-app): its application permissions, the group's owners, the lists its site grant reaches, the mailbox", async () => {
    const run = await doctor(sb, ['--sandbox-app']);
    expect(run.out).toMatch(/^✓ Graph-token \(app-only\) for .+ \/ Graph app-only token obtained$/m);
    expect(run.out).toContain(
      '✓ Applikationstilladelser givet / application permissions granted: Mail.ReadWrite, Mail.Send, Sites.Selected, GroupMember.Read.All, User.Read.All, TeamsActivity.Send',
    );
    expect(run.out).not.toContain('SharePoint-token');
    expect(run.out).toContain("✓ Gruppens ejere kan læses (1) / the group's owners can be read");
    expect(run.out).toContain('✓ Liste Meetings findes / exists');
    expect(run.out).toContain('✓ Postkasse tsg-sekretariat@testregion.example kan nås');
    expect(failures(run.out)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('names a permission removed from a list and says to run provision', async () => {
    const token = await tokenFor(sb, SECRETARY);
    const json = { token, headers: { Accept: 'application/json;odata=nometadata' } };
    const members = await call<{ Id: number }>(sb, 'GET', `${sb.url}${SITE_API}/web/associatedmembergroup`, json);
    const roles = await call<{ value: { Id: number; RoleTypeKind: number }[] }>(
      sb,
      'GET',
      `${sb.url}${SITE_API}/web/roledefinitions`,
      json,
    );
    const read = roles.body.value.find((r) => r.RoleTypeKind === 2);
    if (!read) throw new Error('no Read role definition');
    const removed = await call(
      sb,
      'POST',
      `${sb.url}${SITE_API}/web/lists/getbytitle('Meetings')/roleassignments/removeroleassignment(principalid=${members.body.Id},roledefid=${read.Id})`,
      json,
    );
    expect(removed.status).toBeLessThan(300);

    const run = await doctor(sb, ['--sandbox-user', SECRETARY]);
    expect(failures(run.out)).toEqual(['✗ Rettighed / permission – Meetings: gruppen Medlemmer mangler Læse / members group lacks Read']);
    expect(run.out).toContain(
      `✗ Rettighed / permission – Meetings: gruppen Medlemmer mangler Læse / members group lacks Read\n    → kør / run: ${PROVISION}`,
    );
    expect(run.code).toBe(1);

    // What doctor says to run fixes it.
    const env = { SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl, SEKRETARIAT_FORUMS: JSON.stringify([steering]) };
    const out: string[] = [];
    const fixed = await main([...PROVISION.split(' ').slice(1), '--sandbox-user', SECRETARY], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      env,
      cwd: tmpdir(),
    });
    expect(out.join('\n')).toContain('Meetings: gav gruppen Medlemmer Læse / gave members group Read');
    expect(fixed).toBe(0);
    const again = await doctor(sb, ['--sandbox-user', SECRETARY]);
    expect(failures(again.out)).toEqual([]);
    expect(again.code).toBe(0);
  });
});

describe('sekretariat doctor on a site where a list and a column were deleted', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    // The sandbox has no DELETE for lists and columns (the app never deletes them): the state is edited as a tenant's
    // would be by someone in SharePoint's site contents, and the sandbox restarted on it.
    const first = await startTestSandbox();
    const dataDir = first.dataDir;
    await first.close();
    const file = join(dataDir, 'state.json');
    const state = JSON.parse(await readFile(file, 'utf8')) as {
      sites: { sites: { id: string; lists: { name: string; columns: { name: string }[] }[] }[] };
    };
    const site = state.sites.sites.find((s) => s.id === steering.siteId);
    if (!site) throw new Error('no steering site in the state');
    site.lists = site.lists.filter((l) => l.name !== 'SignOffs');
    const meetings = site.lists.find((l) => l.name === 'Meetings');
    if (!meetings) throw new Error('no Meetings list');
    meetings.columns = meetings.columns.filter((c) => c.name !== 'Location');
    await writeFile(file, JSON.stringify(state));
    sb = await startTestSandbox(undefined, { dataDir });
  });
  afterAll(() => sb.dispose());

  it('names the list and the column, each with the provision command that adds it', async () => {
    const run = await doctor(sb, ['--sandbox-user', SECRETARY]);
    const missing = failures(run.out);
    expect(missing).toContain('✗ Liste SignOffs findes ikke / list SignOffs does not exist');
    expect(missing).toContain('✗ Liste Meetings: kolonnen Location mangler / column Location is missing');
    expect(run.out).toContain(`✗ Liste SignOffs findes ikke / list SignOffs does not exist\n    → kør / run: ${PROVISION}`);
    expect(run.out).toContain(`✗ Liste Meetings: kolonnen Location mangler / column Location is missing\n    → kør / run: ${PROVISION}`);
    expect(run.code).toBe(1);
  });
});

describe("sekretariat doctor on the run's application without one of its permissions", () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    const app = automationApplication([steering.groupId]);
    sb = await startTestSandbox({ ...testSeed, applications: [{ ...app, roles: app.roles.filter((r) => r !== 'TeamsActivity.Send') }] });
  });
  afterAll(() => sb.dispose());

  it('names the application permission not consented, with where to grant it', async () => {
    const run = await doctor(sb, ['--sandbox-app']);
    expect(failures(run.out)).toEqual([
      '✗ Applikationstilladelse TeamsActivity.Send (Microsoft Graph) er ikke givet / application permission TeamsActivity.Send is not granted',
    ]);
    expect(run.out).toContain(
      '    → Entra ID → App registrations → Sekretariat – automatisk kørsel → API permissions → Add a permission → Microsoft Graph → Application → TeamsActivity.Send, og / and "Grant admin consent"',
    );
    expect(run.code).toBe(1);
  });
});
