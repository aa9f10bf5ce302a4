import { tmpdir } from 'node:os';
import { main } from '../../../src/cli/main';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * `sekretariat provision` over a site an earlier version provisioned, whose Meetings.CorrelationId is indexed but not
 * unique (the key that keeps two bookings of a year apart): provision makes it unique, so a second item with the
 * same correlation is refused; over a list that already holds a correlation twice it says so and exits 1.
 */
const steering = TEST_FORUMS.steering;
const SECRETARY = TEST_PEOPLE.secretary.mail;
const SITE = `/sites/${steering.siteId}`;

interface Column {
  readonly id: string;
  readonly name: string;
  readonly enforceUniqueValues: boolean;
}

describe('sekretariat provision: unique keys on lists an earlier version made', () => {
  let sb: TestSandbox;
  let token: string;
  beforeEach(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, SECRETARY);
  });
  afterEach(() => sb.dispose());

  const correlationColumn = async (): Promise<Column> => {
    const res = await call<{ value: Column[] }>(sb, 'GET', `${SITE}/lists/Meetings/columns`, { token });
    const col = res.body.value.find((c) => c.name === 'CorrelationId');
    if (!col) throw new Error('no CorrelationId column');
    return col;
  };
  /** The Meetings list as an earlier version left it: CorrelationId indexed, not unique. */
  const asEarlierVersion = async (): Promise<void> => {
    const res = await call(sb, 'PATCH', `${SITE}/lists/Meetings/columns/${(await correlationColumn()).id}`, {
      token,
      body: { enforceUniqueValues: false },
    });
    expect(res.status).toBe(200);
  };
  const meeting = (correlation: string) =>
    call(sb, 'POST', `${SITE}/lists/Meetings/items`, {
      token,
      body: {
        fields: { Title: 'Møde', Kind: 'ordinary', Start: '2031-03-04T09:00:00Z', End: '2031-03-04T12:00:00Z', CorrelationId: correlation },
      },
    });
  const provision = async (): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const code = await main(
      ['provision', '--site', steering.siteId, '--group', steering.groupId, '--graph-url', sb.graphUrl, '--sandbox-user', SECRETARY],
      {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        env: {},
        cwd: tmpdir(),
      },
    );
    return { code, out: out.join('\n') };
  };

  it('makes the existing CorrelationId unique: a second item with the same correlation is then refused with 409', async () => {
    await asEarlierVersion();
    expect((await meeting('plan:x:2031-1')).status).toBe(201);
    expect((await meeting('plan:x:2031-2')).status).toBe(201);

    const run = await provision();
    expect(run.out).toContain('Findes allerede / exists: Meetings – nu unikke / now unique: CorrelationId');
    expect(run.code).toBe(0);
    expect((await correlationColumn()).enforceUniqueValues).toBe(true);
    expect((await meeting('plan:x:2031-1')).status).toBe(409);
    // Again: nothing left to change.
    expect((await provision()).out).not.toContain('now unique');
  });

  it('over a list holding a correlation twice: says which column and what to do, exits 1, and leaves the column as it was', async () => {
    await asEarlierVersion();
    expect((await meeting('plan:x:2031-1')).status).toBe(201);
    expect((await meeting('plan:x:2031-1')).status).toBe(201);

    const run = await provision();
    expect(run.out).toContain('ADVARSEL / WARNING: Meetings.CorrelationId kan ikke gøres unik');
    expect(run.code).toBe(1);
    expect((await correlationColumn()).enforceUniqueValues).toBe(false);
  });
});
