import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { createConsultationStore } from '../../../src/store/consultation/consultation-store';
import { ForumStore } from '../../../src/store/forum-stores';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'sekretariat.cjs');

function runBin(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: tmpdir(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `sekretariat remind` against a test sandbox; on 1 October 2026 the steering group's meeting 2 has its call due. */
describe('sekretariat remind', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.dispose());

  const env = (): Record<string, string> => ({
    SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.steering, TEST_FORUMS.theme]),
    SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl,
  });

  it('--dry-run (the bin, from another directory) says what it would send and sends nothing', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const result = await runBin(
      ['remind', '--dry-run', '--now', '2026-10-01T07:00:00Z', '--sandbox-user', TEST_PEOPLE.secretary.mail],
      env(),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Indkaldelse af punkter / call for items – Teststyregruppen (TSG)');
    expect(result.stdout).toContain(
      'Ville sende / would send: Styregruppemøde 2 (torsdag den 29. oktober 2026) til / to 3 modtagere / recipients fra / from tsg-sekretariat@testregion.example, frist / deadline torsdag den 8. oktober 2026',
    );
    expect(result.stdout).toMatch(/Testtemagruppen \(TTG\)\n {2}Intet at sende \/ nothing due/);
    expect((await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/outbox')).body.value).toEqual([]);
  }, 60000);

  it('sends once for the named forum, and a second run has nothing to send', async () => {
    // A meeting booked for 25 days from now: its call day has passed, its submissions are still open.
    const start = new Date(Date.now() + 25 * 24 * 3600_000);
    start.setUTCHours(8, 0, 0, 0);
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const created = await call(sb, 'POST', `/sites/${TEST_FORUMS.steering.siteId}/lists/Meetings/items`, {
      token: secretary,
      body: {
        fields: {
          Title: 'Ekstra styregruppemøde',
          Kind: 'ordinary',
          Start: start.toISOString(),
          End: new Date(start.getTime() + 2 * 3600_000).toISOString(),
          Form: 'video',
          Status: 'booked',
        },
      },
    });
    expect(created.status).toBe(201);
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const out: string[] = [];
    const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    // The token comes from the environment, never from an argument.
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => out.push(`ERR ${t}`),
      env: { SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.theme]), SEKRETARIAT_GRAPH_TOKEN: token },
      cwd: tmpdir(),
    };
    // The steering group is not configured here: its site is looked up from the group.
    expect(await main(['remind', '--forum', TEST_FORUMS.steering.groupId, '--graph-url', sb.graphUrl], io)).toBe(0);
    expect(out.join('\n')).toMatch(
      /Sendt \/ sent: Ekstra styregruppemøde \(.+\) til \/ to 3 modtagere \/ recipients – "TSG: Punkter til mødet /,
    );
    const subject = /"(TSG: Punkter til mødet [^"]+)"/.exec(out.join('\n'))?.[1] ?? '';
    const outbox = await call<{ value: { to: string[]; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
    const calls = outbox.body.value.filter((m) => m.subject === subject);
    expect(calls.flatMap((m) => m.to).sort()).toEqual([TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort());
    out.length = 0;
    expect(await main(['remind', '--forum', TEST_FORUMS.steering.groupId, '--graph-url', sb.graphUrl], io)).toBe(0);
    expect(out.join('\n')).not.toContain('Ekstra styregruppemøde');
    expect((await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/outbox')).body.value).toHaveLength(outbox.body.value.length);
  });

  it('refuses --now without --dry-run (exit 2)', async () => {
    const io = { out: () => undefined, err: () => undefined, env: {}, cwd: tmpdir() };
    expect(await main(['remind', '--now', '2026-10-01T07:00:00Z', '--sandbox-user', 'x'], io)).toBe(2);
  });

  it('reminds the recipients of a written consultation who have not answered, once, when its reminder time has come', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const graph = (await graphFor(sb, TEST_PEOPLE.secretary.mail)).graph;
    const forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
    // `--now` is for dry runs only: the consultation is set so that its reminder time (48 h before a deadline
    // 24 h from now) has just passed.
    const now = Date.now();
    const store = createConsultationStore(graph, () => new Date(now - 3600_000));
    const recipients = forum.members
      .filter((m) => m.email !== '' && m.role !== 'secretariat')
      .slice(0, 2)
      .map((m) => ({ memberId: m.id, email: m.email, name: m.name }));
    expect(recipients).toHaveLength(2);
    const result = await store.start(forum, {
      correlationId: 'cli-remind',
      title: 'Høring om fælles retningslinje',
      question: 'Kan I godkende retningslinjen?',
      recommendations: ['at retningslinjen godkendes'],
      description: 'Retningslinjen er udarbejdet af temagruppen.',
      deadline: new Date(now + 24 * 3600_000).toISOString(),
      recipients,
      reminderHours: 48,
      signOffRequired: false,
    });
    expect(result.outcome).toBe('sent');
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const run = async (at: string | undefined): Promise<string> => {
      const out: string[] = [];
      // The token on standard input, as `--token-stdin` reads it.
      const io = {
        out: (t: string) => out.push(t),
        err: (t: string) => out.push(`ERR ${t}`),
        env: { SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.steering]) },
        cwd: tmpdir(),
        readStdin: () => Promise.resolve(`${token}\n`),
      };
      const code = await main(['remind', ...(at ? ['--dry-run', '--now', at] : []), '--graph-url', sb.graphUrl, '--token-stdin'], io);
      if (code !== 0) throw new Error(out.join('\n'));
      return out.join('\n');
    };
    expect(await run(new Date(now - 30 * 3600_000).toISOString())).toContain('Ingen påmindelser at sende / no reminders due');
    expect(await run(new Date(now).toISOString())).toMatch(
      /Ville minde om \/ would remind: TSG-\d{4}-\d+ Høring om fælles retningslinje \(frist \/ deadline \d+\. [a-zæø]+ \d{4} kl\. \d{2}\.\d{2}\)/,
    );
    expect(await run(undefined)).toContain('Sendt / sent: 2 påmindelser / reminders');
    expect(await run(undefined)).toContain('Ingen påmindelser at sende / no reminders due');
  }, 60000);
});

/** An ended forum (issue 20 pt 5): its successor's run reminds the actions that were handed over, so this one does not. */
describe('sekretariat remind on a forum that was ended', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const forumItems = await call<{ value: { id: string }[] }>(sb, 'GET', `/sites/${TEST_FORUMS.steering.siteId}/lists/Forum/items`, {
      token: secretary,
    });
    const itemId = forumItems.body.value[0]?.id ?? '';
    const ending = {
      at: '2026-09-30T10:00:00Z',
      by: TEST_PEOPLE.secretary.mail,
      successor: { groupId: TEST_FORUMS.theme.groupId, name: 'Testtemagruppen' },
      state: 'done',
      carried: { actions: 2, backlog: 1, members: 3 },
    };
    const written = await call(sb, 'PATCH', `/sites/${TEST_FORUMS.steering.siteId}/lists/Forum/items/${itemId}/fields`, {
      token: secretary,
      body: { Successor: JSON.stringify(ending) },
    });
    expect(written.status).toBe(200);
  });
  afterAll(() => sb.dispose());

  it('sends no call for items and no action reminders, and says where they went', async () => {
    const out: string[] = [];
    const code = await main(['remind', '--dry-run', '--now', '2026-10-01T07:00:00Z', '--sandbox-user', TEST_PEOPLE.secretary.mail], {
      out: (line) => out.push(line),
      err: (line) => out.push(`ERR ${line}`),
      env: { SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.steering]), SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl },
      cwd: tmpdir(),
    });
    const text = out.join('\n');
    expect(code).toBe(0);
    expect(text).toContain('Forummet er afsluttet 30. september 2026; indkaldelser og opfølgning hører til Testtemagruppen');
    expect(text).not.toContain('Ville sende / would send');
    expect(text).not.toContain('action reminders – Teststyregruppen');
    // Its own consultations and minutes are still looked at.
    expect(text).toContain('Teststyregruppen');
  }, 60000);
});
