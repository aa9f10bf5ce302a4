// Every sandbox response has Graph v1.0's shape: no property Graph v1.0 does not define
// (../shared/reference/graph/graph-v1.0.csdl), enum values that exist, Graph's error body.
// The walk covers every registered Graph route; a new route without a contract step fails here.
import { graphModel } from '../../support/csdl/metadata';
import { Router } from '../../../src/sandbox/http/router';
import { graphRoutes } from '../../../src/sandbox/routes';
import { SANDBOX_AUTOMATION_APP_ID } from '../../../src/config/app-config';
import { seedJoinUrl } from '../../../src/sandbox/seed/ids';
import { appTokenFor, call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';
import { runBatchCheck } from './batch';
import { runErrorProbes } from './errors';
import { emptyResult, runSteps } from './runner';
import type { WalkEnv, WalkResult } from './runner';
import { ALL_STEPS } from './steps';
import { Ids, routeKey } from './walk';

jest.setTimeout(120_000);

let sandbox: TestSandbox | undefined;
const steps = emptyResult();
const batch = emptyResult();
const errors = emptyResult();

const report = (result: WalkResult): string => result.problems.join('\n');

function steeringForum(): (typeof testSeed.forums)[number] {
  const forum = testSeed.forums.find((f) => f.groupId === TEST_FORUMS.steering.groupId);
  if (forum === undefined) throw new Error('the test seed has no steering group');
  return forum;
}

beforeAll(async () => {
  const model = graphModel();
  const started = await startTestSandbox();
  sandbox = started;
  const tokens = {
    secretary: await tokenFor(started, TEST_PEOPLE.secretary.mail),
    chair: await tokenFor(started, TEST_PEOPLE.chair.mail),
    member: await tokenFor(started, TEST_PEOPLE.guest.mail),
    app: await appTokenFor(started, SANDBOX_AUTOMATION_APP_ID),
  };
  const ids = new Ids({
    runId: String(Date.now() % 1_000_000),
    groupId: TEST_FORUMS.steering.groupId,
    otherGroupId: TEST_FORUMS.theme.groupId,
    secretaryId: TEST_PEOPLE.secretary.id,
    secretaryMail: TEST_PEOPLE.secretary.mail,
    chairId: TEST_PEOPLE.chair.id,
    chairMail: TEST_PEOPLE.chair.mail,
    memberId: TEST_PEOPLE.guest.id,
    memberMail: TEST_PEOPLE.guest.mail,
    patientMail: TEST_PEOPLE.patient.mail,
    sharedMailboxId: steeringForum().sharedMailbox.id,
    seededJoinUrl: seedJoinUrl(TEST_FORUMS.steering.groupId, 'm1'),
  });
  // A session of the seeded Teams meeting ended: its attendance report is what the side panel reads.
  await call(started, 'POST', '/_sandbox/attendance-report', {
    body: {
      joinWebUrl: ids.get('seededJoinUrl'),
      start: '2026-03-17T08:00:00Z',
      end: '2026-03-17T10:00:00Z',
      attendees: [{ address: TEST_PEOPLE.chair.mail }, { address: 'ekstern@firma.example', name: 'Ekstern Gæst' }],
    },
  });
  // Teams activity notifications reach only users who have the app installed.
  await call(started, 'POST', '/_sandbox/teams-app', { body: { user: TEST_PEOPLE.chair.mail, installed: true } });
  const env: WalkEnv = {
    send: (method, path, opts) => call(started, method, path, opts),
    model,
    tokens,
    ids,
    writes: true,
    router: new Router(graphRoutes),
    injectThrottle: async (path) => {
      await call(started, 'POST', '/_sandbox/faults', {
        body: { match: { method: 'GET', path }, fault: { kind: '429', retryAfterSeconds: 1 }, count: 1 },
      });
    },
  };
  await runSteps(env, ALL_STEPS, steps);
  await runBatchCheck(env, ALL_STEPS, batch);
  await runErrorProbes(env, errors);
});

afterAll(async () => {
  await sandbox?.dispose();
});

describe('sandbox responses against Graph v1.0 metadata', () => {
  it('every route answers with properties, types and enum values Graph v1.0 defines', () => {
    expect(report(steps)).toBe('');
    expect(steps.skipped).toEqual([]);
    expect(steps.requests).toBeGreaterThanOrEqual(ALL_STEPS.length);
  });

  it('$batch: the envelope and each sub-response by its own route', () => {
    expect(report(batch)).toBe('');
    expect(batch.exercised.has('POST /$batch')).toBe(true);
  });

  it("error answers carry Graph's status, error code and error body, and a throttled one Retry-After", () => {
    expect(report(errors)).toBe('');
    expect(errors.skipped).toEqual([]);
  });
});

describe('the contract table covers the sandbox', () => {
  const registered = new Set(graphRoutes.map((r) => routeKey(r.method, r.pattern)));
  const tabled = new Set(ALL_STEPS.map((s) => routeKey(s.method, s.pattern)));

  it('has a step for every registered Graph route', () => {
    expect([...registered].filter((key) => !tabled.has(key))).toEqual([]);
  });

  it('names no route the sandbox does not serve', () => {
    expect([...tabled].filter((key) => !registered.has(key))).toEqual([]);
  });

  it('reached every registered route during the walk', () => {
    expect([...registered].filter((key) => !steps.exercised.has(key))).toEqual([]);
  });
});
