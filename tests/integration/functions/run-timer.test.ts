import { runTimer } from '../../../functions/src/run-timer';
import { Fields } from '../../../src/store/list-item';
import { deliver, eml, listItems, secretaryGraph } from '../intake/intake-support';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The Azure Functions timer's handler, invoked as the host would (a timer and an invocation context) against a
 * sandbox: it is `sekretariat run`, so a mail in the forum mailbox becomes a submission with one receipt, the pass's
 * lines go to the invocation's log, and a pass that fails fails the invocation.
 */
describe('the Azure Functions timer', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.dispose());

  const env = (forums: readonly object[]): Record<string, string> => ({
    SEKRETARIAT_FORUMS: JSON.stringify(forums),
    SEKRETARIAT_GRAPH_BASE_URL: sb.graphUrl,
  });

  function context() {
    const log: string[] = [];
    const errors: string[] = [];
    return {
      log,
      errors,
      ctx: {
        log: (...a: unknown[]) => log.push(a.map(String).join(' ')),
        error: (...a: unknown[]) => errors.push(a.map(String).join(' ')),
      },
    };
  }

  it('runs the pass: a new mail becomes one submission with one receipt; the next tick adds nothing', async () => {
    const mail = await deliver(
      sb,
      eml({ subject: 'Punkt fra timeren', from: { name: TEST_PEOPLE.patient.displayName, address: TEST_PEOPLE.patient.mail } }),
    );
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const first = context();
    await runTimer({ isPastDue: true }, first.ctx, { env: env([TEST_FORUMS.steering]), args: ['--sandbox-app'] });
    expect(first.errors).toEqual([]);
    expect(first.log[0]).toBe('Forsinket kørsel / the timer is past due: running now');
    expect(first.log.join('\n')).toContain('Indbakke / intake – Teststyregruppen');
    await runTimer({ isPastDue: false }, context().ctx, { env: env([TEST_FORUMS.steering]), args: ['--sandbox-app'] });
    const submissions = (await listItems(secretaryGraph(sb), 'Submissions')).filter((i) => Fields.of(i).text('InternetMessageId') === mail);
    expect(submissions).toHaveLength(1);
    const outbox = await call<{ value: { to: string[]; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
    expect(outbox.body.value.filter((m) => m.subject.startsWith('Modtaget: Punkt fra timeren')).map((m) => m.to)).toEqual([
      [TEST_PEOPLE.patient.mail],
    ]);
  });

  it('fails the invocation when the pass fails (a forum the application was not granted)', async () => {
    const run = context();
    await expect(runTimer({ isPastDue: false }, run.ctx, { env: env([TEST_FORUMS.theme]), args: ['--sandbox-app'] })).rejects.toThrow(
      'sekretariat run sluttede med 1',
    );
    expect(run.errors.join('\n')).toContain('kunne ikke læses / could not be read');
  });
});
