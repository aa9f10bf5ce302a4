import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { SANDBOX_AUTOMATION_APP_ID } from '../../../src/config/app-config';
import { claimText } from '../../../src/domain/claims';
import { closeTodoCorrelation } from '../../../src/domain/consultation/close-todo';
import { writtenByOwners } from '../../../src/domain/forum-trust';
import { createActionsStore } from '../../../src/store/actions/actions-store';
import { createConsultationStore } from '../../../src/store/consultation/consultation-store';
import { ForumStore, MinutesStore } from '../../../src/store/forum-stores';
import { Fields } from '../../../src/store/list-item';
import { deliver, eml, listItems, MAILBOX, secretaryGraph } from '../intake/intake-support';
import { contentFor, setup, store as minutesStore } from '../minutes/minutes-support';
import { minutesSeed } from '../minutes/minutes-support';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * `sekretariat run --sandbox-app` over a forum with work due now: a new mail in the forum mailbox (a submission and
 * its receipt), a meeting whose call for items is due, minutes whose approval reminder is due, an action due today,
 * a consultation whose reminder is due and one whose deadline has passed (a to-do for the secretariat, which the
 * action reminders then mail once), a decision whose mail a chair's dead app left claimed. Two runs at once do each of
 * these once; a third run does nothing new.
 */

interface OutboxMail {
  readonly to: string[];
  readonly subject: string;
}

const BIN = join(__dirname, '..', '..', '..', 'bin', 'sekretariat.cjs');
const GUEST = TEST_PEOPLE.guest.mail;
const PATIENT = TEST_PEOPLE.patient.mail;
const HOUR = 3600_000;

describe('sekretariat run (app-only, against the sandbox)', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    // The minutes seed: two co-chairs, Cecilie in the tenant and Gustav a guest (reminded by mail, to the outbox).
    sb = await startTestSandbox(minutesSeed);
  });
  afterAll(() => sb.dispose());

  const env = (): Record<string, string> => ({
    SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.steering]),
    SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl,
    SEKRETARIAT_APP_BASE_URL: 'https://app.example',
  });

  /**
   * One `sekretariat run --sandbox-app` as cron or a Functions host starts it: its own process (two overlapping runs
   * share nothing but the tenant).
   */
  function run(): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'run', '--sandbox-app'], {
        cwd: tmpdir(),
        env: { ...process.env, ...env() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += `ERR ${d.toString()}`));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
  }

  const outbox = async (): Promise<OutboxMail[]> => (await call<{ value: OutboxMail[] }>(sb, 'GET', '/_sandbox/outbox')).body.value;
  const count = (mails: readonly OutboxMail[], to: string, subject: (s: string) => boolean): number =>
    mails.filter((m) => m.to.includes(to) && subject(m.subject)).length;

  /** What the due work leads to, counted where it lands: the outbox, the forum mailbox, the lists. */
  async function effects(ids: {
    readonly mail: string;
    readonly reminded: string;
    readonly closing: string;
    readonly action: string;
    readonly callSubject: () => string;
  }) {
    const graph = secretaryGraph(sb);
    const mails = await outbox();
    const submissions = (await listItems(graph, 'Submissions')).filter((i) => Fields.of(i).text('InternetMessageId') === ids.mail);
    const todos = (await listItems(graph, 'Actions')).filter((i) => Fields.of(i).text('CorrelationId') === ids.closing);
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const inForumMailbox = await call<{ value: { subject: string }[] }>(
      sb,
      'GET',
      `/users/${MAILBOX}/mailFolders/inbox/messages?$top=200&$select=subject`,
      { token: secretary },
    );
    return {
      submissions: submissions.length,
      receipts: count(mails, PATIENT, (s) => s.startsWith('Modtaget: Forslag om fælles dagsordenspunkt')),
      callForItems: [count(mails, GUEST, (s) => s === ids.callSubject()), count(mails, PATIENT, (s) => s === ids.callSubject())],
      approvalReminders: count(mails, GUEST, (s) => s.startsWith('Påmindelse: Referat')),
      actionReminders: count(mails, GUEST, (s) => s.startsWith('Påmindelse: opfølgning') && s.includes(ids.action)),
      consultationReminders: [GUEST, PATIENT].map((to) => count(mails, to, (s) => s.startsWith(`[Høring ${ids.reminded}] Påmindelse:`))),
      closeTodos: todos.length,
      closeTodoMails: inForumMailbox.body.value.filter(
        (m) => m.subject.startsWith('Påmindelse: opfølgning') && m.subject.includes('Afslut høringen'),
      ).length,
      decisionMails: count(mails, PATIENT, (s) => s.startsWith('Dit punkt kommer ikke på dagsordenen: Forslag om fælles kørselsordning')),
    };
  }

  const ONCE = {
    submissions: 1,
    receipts: 1,
    callForItems: [1, 1],
    approvalReminders: 1,
    actionReminders: 1,
    consultationReminders: [1, 1],
    closeTodos: 1,
    closeTodoMails: 1,
    decisionMails: 1,
  };

  it('does every due effect once when two runs go at once, and nothing new when run again', async () => {
    const graph = secretaryGraph(sb);
    const now = Date.now();

    // 1. A new mail in the forum mailbox.
    const mail = await deliver(
      sb,
      eml({ subject: 'Forslag om fælles dagsordenspunkt', from: { name: TEST_PEOPLE.patient.displayName, address: PATIENT } }),
    );

    // 2. A meeting 25 days ahead: its call for items is due, its submissions still open.
    const start = new Date(now + 25 * 24 * HOUR);
    start.setUTCHours(8, 0, 0, 0);
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const meeting = await call(sb, 'POST', `/sites/${TEST_FORUMS.steering.siteId}/lists/Meetings/items`, {
      token: secretary,
      body: {
        fields: {
          Title: 'Ekstra styregruppemøde',
          Kind: 'ordinary',
          Start: start.toISOString(),
          End: new Date(start.getTime() + 2 * HOUR).toISOString(),
          Form: 'video',
          Status: 'booked',
        },
      },
    });
    expect(meeting.status).toBe(201);

    // 3. Minutes of meeting 1 sent to the co-chairs in March: their approval deadline has long passed.
    const s = await setup(sb);
    const frozen = await minutesStore(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    expect((await minutesStore(s.graph).requestApprovals(s.forum, frozen.version)).outcome).toBe('sent');

    // 4. An action due today, owned by the guest.
    const forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
    const action = await createActionsStore(graph).create(forum, {
      correlationId: 'run-test-action',
      title: 'Udsend pjecen til kommunerne',
      ownerEmail: GUEST,
      ownerName: TEST_PEOPLE.guest.displayName,
      due: new Date(now).toISOString().slice(0, 10),
      meetingId: s.meeting.id,
    });

    // 5. A consultation whose reminder time (48 h before a deadline a day from now) has passed, and 6. one whose
    // deadline passed an hour ago.
    const recipients = forum.members
      .filter((m) => m.email !== '' && m.role !== 'secretariat' && m.email !== TEST_PEOPLE.chair.mail)
      .map((m) => ({ memberId: m.id, email: m.email, name: m.name }));
    expect(recipients.map((r) => r.email).sort()).toEqual([GUEST, PATIENT].sort());
    const base = {
      question: 'Kan I godkende?',
      recommendations: ['at forslaget godkendes'],
      description: 'Forslaget.',
      recipients,
      signOffRequired: false,
    };
    const reminded = await createConsultationStore(graph, () => new Date(now - HOUR)).start(forum, {
      ...base,
      correlationId: 'run-remind',
      title: 'Høring om retningslinje',
      deadline: new Date(now + 24 * HOUR).toISOString(),
      reminderHours: 48,
    });
    const closing = await createConsultationStore(graph, () => new Date(now - 3 * HOUR)).start(forum, {
      ...base,
      correlationId: 'run-close',
      title: 'Høring om mødekalender',
      deadline: new Date(now - HOUR).toISOString(),
    });
    expect([reminded.outcome, closing.outcome]).toEqual(['sent', 'sent']);

    // 7. A submission the chair declined from an app that died before its decision mail went: the claim it left is
    // 20 minutes old.
    const declined = await call<{ id: string }>(sb, 'POST', `/sites/${TEST_FORUMS.steering.siteId}/lists/Submissions/items`, {
      token: secretary,
      body: {
        fields: {
          Title: 'Forslag om fælles kørselsordning',
          InternetMessageId: '<run-declined@afsender.example>',
          SenderName: TEST_PEOPLE.patient.displayName,
          SenderAddress: PATIENT,
          ReceivedAt: new Date(now - 48 * HOUR).toISOString(),
          Status: 'declined',
          DecisionReason: 'Hører under temagruppen.',
          Source: 'mail',
          Receipt: 'off',
        },
      },
    });
    expect(declined.status).toBe(201);
    const deadClaim = claimText({
      token: 'dead-chair-app',
      at: new Date(now - 20 * 60_000).toISOString(),
      step: 'decision-mail',
      correlation: `decision:${declined.body.id}:declined:dead-chair-app`,
    });
    expect(
      (
        await call(sb, 'PATCH', `/sites/${TEST_FORUMS.steering.siteId}/lists/Submissions/items/${declined.body.id}/fields`, {
          token: secretary,
          body: { DecisionMailClaim: deadClaim },
        })
      ).status,
    ).toBe(200);

    await call(sb, 'DELETE', '/_sandbox/outbox');
    let callSubject = '';
    const ids = {
      mail,
      reminded: reminded.consultation.reference,
      closing: closeTodoCorrelation(closing.consultation),
      action: action.title,
      callSubject: () => callSubject,
    };

    // Two runs at once.
    const [first, second] = await Promise.all([run(), run()]);
    if (first.code !== 0 || second.code !== 0) throw new Error(`a run failed:\n${first.out}\n-----\n${second.out}`);
    callSubject = /"(TSG: Punkter til mødet [^"]+)"/.exec(`${first.out}\n${second.out}`)?.[1] ?? '';
    expect(callSubject).not.toBe('');
    expect(await effects(ids)).toEqual(ONCE);

    // What the application wrote still counts as the secretariat's: the reminded version is not blocked by it.
    const [version] = await new MinutesStore(graph, forum).forMeeting(s.meeting.id);
    expect(version?.remindedTo).toEqual([GUEST, TEST_PEOPLE.chair.mail].sort());
    expect(version?.stamp?.modifiedByApp).toBe(true);
    expect(version?.stamp?.modifiedById).toBe(SANDBOX_AUTOMATION_APP_ID);
    expect(writtenByOwners(version?.stamp, forum.owners, [SANDBOX_AUTOMATION_APP_ID])).toBe(true);
    expect(writtenByOwners(version?.stamp, forum.owners, [])).toBe(false);

    // Again: nothing new.
    const third = await run();
    expect(third.code).toBe(0);
    expect(await effects(ids)).toEqual(ONCE);
    expect(third.out).toContain('0 punkter / items');
    expect(third.out).toContain('kvitteringer / receipts: 0 sendt / sent');

    // The secretariat closes the consultation; the next run marks its to-do done.
    await createConsultationStore(graph).close(forum, closing.consultation, 'Godkendt ved skriftlig høring.');
    expect((await run()).code).toBe(0);
    const todo = (await listItems(graph, 'Actions')).find((i) => Fields.of(i).text('CorrelationId') === ids.closing);
    expect(Fields.of(todo ?? {}).text('Status')).toBe('done');
  }, 120_000);

  // Two passes in ONE process (Promise.all of two in-process `main(['run', ...])`) share no claim state either: each
  // claim carries its attempt's own token (src/store/claims-store.ts), so the second pass never takes the first's live claim
  // for its own.
  it('two passes in one process: the consultation reminder is claimed by one of them only', async () => {
    const graph = secretaryGraph(sb);
    const forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
    const now = Date.now();
    const recipients = forum.members
      .filter((m) => m.email === GUEST || m.email === PATIENT)
      .map((m) => ({ memberId: m.id, email: m.email, name: m.name }));
    const started = await createConsultationStore(graph, () => new Date(now - HOUR)).start(forum, {
      correlationId: 'run-in-process',
      title: 'Høring i én proces',
      question: 'Kan I godkende?',
      recommendations: ['at det godkendes'],
      description: 'Sagen.',
      recipients,
      signOffRequired: false,
      deadline: new Date(now + 24 * HOUR).toISOString(),
      reminderHours: 48,
    });
    const inProcess = async (): Promise<number> =>
      main(['run', '--sandbox-app'], { out: () => undefined, err: () => undefined, env: env(), cwd: tmpdir() });
    expect(await Promise.all([inProcess(), inProcess()])).toEqual([0, 0]);
    const mails = await outbox();
    expect(
      [GUEST, PATIENT].map((to) => count(mails, to, (s) => s.startsWith(`[Høring ${started.consultation.reference}] Påmindelse:`))),
    ).toEqual([1, 1]);
  });

  it('cannot reach a forum its access policy and site grants leave out: says so and exits 1', async () => {
    const lines: string[] = [];
    const io = {
      out: (t: string) => lines.push(t),
      err: (t: string) => lines.push(`ERR ${t}`),
      env: { ...env(), SEKRETARIAT_FORUMS: JSON.stringify([TEST_FORUMS.theme]) },
      cwd: tmpdir(),
    };
    expect(await main(['run', '--sandbox-app'], io)).toBe(1);
    expect(lines.join('\n')).toContain(`ERR Forum ${TEST_FORUMS.theme.groupId} kunne ikke læses / could not be read`);
  });

  it('refuses to start without its certificate, naming what is missing (exit 2)', async () => {
    const lines: string[] = [];
    const io = {
      out: (t: string) => lines.push(t),
      err: (t: string) => lines.push(t),
      env: {
        ...env(),
        SEKRETARIAT_CLIENT_ID: 'real-app',
        SEKRETARIAT_TENANT_ID: 'contoso.onmicrosoft.com',
        SEKRETARIAT_AUTOMATION_APP_ID: 'run-app',
      },
      cwd: tmpdir(),
    };
    expect(await main(['run'], io)).toBe(2);
    expect(lines.join('\n')).toContain('SEKRETARIAT_AUTOMATION_CERTIFICATE');
  });
});
