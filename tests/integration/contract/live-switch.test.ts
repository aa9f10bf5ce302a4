// `npm run test:live` through the switch a tenant is reached by — a base URL, a token command, a test forum file —
// against a sandbox started as a separate process, of which the run knows nothing else. Read-only sends nothing
// that writes; --write checks every route and leaves nothing of its own behind, also when a check fails; a throttled
// answer is waited out and its Retry-After checked; a difference makes the run fail and is named in the report.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LiveReport } from './live/live-report';
import { call, tokenFor } from '../support/sandbox';
import { seedJoinUrl } from '../../../src/sandbox/seed/ids';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

jest.setTimeout(240_000);

const root = resolve(__dirname, '../../..');
const STEERING_MAILBOX = 'tsg-sekretariat@testregion.example';

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly graphUrl: string;
}

function startSandboxProcess(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/sandbox-process.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const url = (JSON.parse(line) as { url: string }).url;
        done({ child, url, graphUrl: `${url}/v1.0` });
      }
    });
    child.once('exit', (code) => fail(new Error(`sandbox process exited with ${String(code)}`)));
  });
}

interface RunOutcome {
  readonly code: number | null;
  readonly output: string;
  readonly report: LiveReport;
  readonly text: string;
}

let dir: string;
let sandbox: Started;
let forumFile: string;

/** `npm run test:live -- …args` as a developer runs it, with only the switch's environment. */
function runLive(args: readonly string[], name: string): Promise<RunOutcome> {
  const reportFile = join(dir, `${name}.json`);
  const child = spawn('npm', ['run', '--silent', 'test:live', '--', ...args, '--report', reportFile], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.GRAPH_CSDL !== undefined ? { GRAPH_CSDL: process.env.GRAPH_CSDL } : {}),
      SEKRETARIAT_LIVE_BASE_URL: sandbox.graphUrl,
      SEKRETARIAT_LIVE_FORUM: forumFile,
      SEKRETARIAT_LIVE_TOKEN_COMMAND: `"${process.execPath}" --import tsx tests/integration/contract/live/sandbox-token-command.ts`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => {
      void Promise.all([readFile(reportFile, 'utf8'), readFile(reportFile.replace(/\.json$/, '.txt'), 'utf8')])
        .then(([json, text]) => done({ code, output, report: JSON.parse(json) as LiveReport, text }))
        .catch((e: unknown) => fail(new Error(`no report (${String(e)}); output:\n${output}`)));
    });
  });
}

const subjects = (body: unknown): string[] => ((body as { value?: { subject?: string }[] }).value ?? []).map((m) => m.subject ?? '');

/** Everything the walk made, looked for through Graph after the run: nothing may carry its run id. */
async function leftovers(runId: string): Promise<string[]> {
  const found: string[] = [];
  const site = `/sites/${encodeURIComponent(TEST_FORUMS.steering.siteId)}`;
  const secretary = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
  const chair = await tokenFor(sandbox, TEST_PEOPLE.chair.mail);
  const lists = await call(sandbox, 'GET', `${site}/lists`, { token: secretary });
  for (const l of (lists.body as { value: { displayName: string }[] }).value)
    if (l.displayName.includes(runId)) found.push(`list ${l.displayName}`);
  const submission = await call(sandbox, 'GET', `${site}/lists/Submissions/items?$expand=fields&$top=200`, { token: secretary });
  for (const item of (submission.body as { value: { fields: Record<string, unknown> }[] }).value)
    if (String(item.fields['InternetMessageId']).includes(runId)) found.push('Submissions item');
  const folder = await call(sandbox, 'GET', `${site}/drive/root:/Kontrakt`, { token: secretary });
  if (folder.status !== 404) found.push(`drive folder Kontrakt (${folder.status})`);
  const days = 'startDateTime=2026-11-15T00:00:00Z&endDateTime=2026-11-21T00:00:00Z';
  for (const [who, token, path] of [
    ['secretary mail', secretary, '/me/messages?$top=200'],
    ['chair mail', chair, '/me/messages?$top=200'],
    ['forum mailbox', secretary, `/users/${STEERING_MAILBOX}/messages?$top=200`],
    ['secretary calendar', secretary, `/me/calendarView?${days}`],
    ['chair calendar', chair, `/me/calendarView?${days}`],
    ['forum calendar', secretary, `/groups/${TEST_FORUMS.steering.groupId}/calendarView?${days}`],
  ] as const) {
    const res = await call(sandbox, 'GET', path, { token });
    found.push(
      ...subjects(res.body)
        .filter((s) => s.includes(runId))
        .map((s) => `${who}: ${s}`),
    );
    for (const m of await call(sandbox, 'GET', path.replace('/messages', '/mailFolders/inbox/messages'), { token }).then((r) =>
      subjects(r.body),
    ))
      if (m.includes(runId)) found.push(`${who} inbox: ${m}`);
  }
  return found;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-live-'));
  sandbox = await startSandboxProcess(join(dir, 'data'));
  forumFile = join(dir, 'forum.json');
  // The test forum as an administrator would describe it: addresses only.
  await writeFile(
    forumFile,
    JSON.stringify({
      groupId: TEST_FORUMS.steering.groupId,
      otherGroupId: TEST_FORUMS.theme.groupId,
      secretary: TEST_PEOPLE.secretary.mail,
      chair: TEST_PEOPLE.chair.mail,
      member: TEST_PEOPLE.guest.mail,
      sharedMailbox: STEERING_MAILBOX,
      outsideRecipient: TEST_PEOPLE.patient.mail,
      meetingJoinUrl: seedJoinUrl(TEST_FORUMS.steering.groupId, 'm1'),
    }),
  );
  // The forum meeting named above was held: Teams wrote its attendance report (the side panel reads it).
  await call(sandbox, 'POST', '/_sandbox/attendance-report', {
    body: {
      joinWebUrl: seedJoinUrl(TEST_FORUMS.steering.groupId, 'm1'),
      start: '2026-03-17T08:00:00Z',
      end: '2026-03-17T10:00:00Z',
      attendees: [{ address: TEST_PEOPLE.chair.mail }],
    },
  });
  // As in a tenant, Teams activity reaches only a user who has the app installed (the forum's set-up, not the run's).
  await call(sandbox, 'POST', '/_sandbox/teams-app', { body: { user: TEST_PEOPLE.chair.mail, installed: true } });
});

afterAll(async () => {
  sandbox.child.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run test:live against a sandbox reached by base URL and token command', () => {
  it('read-only by default: green, sends nothing that writes, and says what it did not check and why', async () => {
    await call(sandbox, 'DELETE', '/_sandbox/stats');
    const run = await runLive([], 'read-only');
    expect(run.output).toContain('RESULT: the target behaves as Graph v1.0');
    expect(run.code).toBe(0);
    expect(run.report.mode).toBe('read-only');
    expect(run.report.differences).toEqual([]);
    expect(run.report.tokens.every((t) => t.present)).toBe(true);
    expect(run.report.summary.routesChecked).toBeGreaterThan(40);
    expect(run.report.skipped.filter((s) => s.reason.startsWith('writes')).length).toBeGreaterThan(50);
    const stats = await call<{ byRoute: Record<string, number> }>(sandbox, 'GET', '/_sandbox/stats');
    const reading = new Set(['POST /$batch', 'POST /me/calendar/getSchedule', 'POST /users/:userId/calendar/getSchedule']);
    const writes = Object.keys(stats.body.byRoute).filter(
      (r) => !r.startsWith('GET ') && !reading.has(r) && !r.includes('findMeetingTimes'),
    );
    expect(writes).toEqual([]);
    expect(run.text).toMatch(/^Contract walk against http:\/\/127\.0\.0\.1:\d+\/v1\.0 \(read-only\)/);
    expect(run.text).toContain('Not checked:');
  });

  it('--write: every route checked, a throttled answer waited out with its Retry-After checked, and nothing of the run left behind', async () => {
    await call(sandbox, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'GET', path: '/me/memberOf' }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 1 },
    });
    const run = await runLive(['--write'], 'write');
    expect(run.report.differences).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.report.mode).toBe('write');
    expect(run.report.throttled).toEqual([{ request: 'GET /me/memberOf', status: 429, retryAfter: '1', differences: [] }]);
    expect(run.report.skipped.map((s) => s.check)).toEqual(['throttling: 429 with Retry-After']);
    expect(await leftovers(run.report.runId)).toEqual([]);
    expect(run.report.cleanup?.failed).toEqual([]);
    expect(run.report.cleanup?.undone.length).toBeGreaterThan(40);
    expect(run.text).toContain('Clean-up:');
  });

  it('a check that fails is a named difference and exit 1, and the clean-up still runs', async () => {
    // The group calendar's first read answers 504 without Retry-After: not throttling, a status Graph would not give.
    await call(sandbox, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'GET', path: `/groups/${TEST_FORUMS.steering.groupId}/events` }, fault: { kind: '504' }, count: 1 },
    });
    const run = await runLive(['--write'], 'failing');
    expect(run.code).toBe(1);
    expect(run.report.differences).toEqual([
      expect.objectContaining({
        check: 'GET /groups/:groupId/events',
        kind: 'status',
        detail: expect.stringContaining('unexpected status 504'),
      }),
    ]);
    expect(run.text).toContain('✗ Status codes');
    expect(run.text).toContain('RESULT: differences found');
    expect(run.report.cleanup?.failed).toEqual([]);
    expect(await leftovers(run.report.runId)).toEqual([]);
  });

  it('refuses to run without a base URL, naming the variable', async () => {
    const child = spawn('npm', ['run', '--silent', 'test:live'], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(2);
    expect(err).toContain('SEKRETARIAT_LIVE_BASE_URL');
  });
});
