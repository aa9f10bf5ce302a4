// The live run's text report: differences grouped by what they are about, skips counted by reason, the clean-up's
// outcome, and a last line that says whether the target behaves as Graph.
import { buildReport, reportPassed, reportText } from '../../integration/contract/live/live-report';
import { emptyResult, recordDifference } from '../../integration/contract/runner';

const base = {
  target: 'https://graph.microsoft.com/v1.0',
  mode: 'write' as const,
  runId: 'live42',
  startedAt: '2026-12-06T20:00:00.000Z',
  tokens: [
    { role: 'secretary' as const, present: true },
    { role: 'app' as const, present: false, why: 'neither SEKRETARIAT_LIVE_TOKEN_APP nor SEKRETARIAT_LIVE_TOKEN_COMMAND is set' },
  ],
};
const finished = new Date('2026-12-06T20:01:00.000Z');

describe('the live report', () => {
  it('groups differences by kind, counts skips by reason and fails the run', () => {
    const walk = emptyResult();
    walk.requests = 12;
    walk.exercised.add('GET /me');
    recordDifference(walk, {
      check: 'GET /me',
      kind: 'shape',
      detail: 'GET /me (GET /me): extra -> extra is not a property of microsoft.graph.user',
    });
    recordDifference(walk, {
      check: 'error 404 on an unknown user (GET)',
      kind: 'error-code',
      detail: 'expected error code Request_ResourceNotFound, got itemNotFound',
    });
    walk.skipped.push(
      { check: 'POST /me/onlineMeetings', reason: 'no token for the app role' },
      { check: 'POST /users/:userId/messages', reason: 'no token for the app role' },
    );
    const throttled = [{ request: 'GET /me/memberOf', status: 429, retryAfter: null, differences: ['no Retry-After header'] }];
    const report = buildReport(
      base,
      [walk],
      throttled,
      { undone: ['a'], alreadyGone: [], failed: [{ what: 'list X', status: 403, detail: 'accessDenied: no' }] },
      finished,
    );
    expect(report.summary).toEqual({ requests: 12, routesChecked: 1, differences: 3, skipped: 2, throttled: 1, cleanupFailed: 1 });
    expect(reportPassed(report)).toBe(false);
    expect(reportText(report).split('\n')).toEqual([
      'Contract walk against https://graph.microsoft.com/v1.0 (writes in the test forum), run live42',
      '2026-12-06T20:00:00.000Z – 2026-12-06T20:01:00.000Z',
      'Tokens: secretary ✓, app ✗ (neither SEKRETARIAT_LIVE_TOKEN_APP nor SEKRETARIAT_LIVE_TOKEN_COMMAND is set)',
      '',
      '12 requests, 1 routes and behaviours checked: 3 differences, 2 not checked, 1 throttled answer',
      '',
      '✗ Shape (properties, types, enum values against Graph v1.0 CSDL)',
      '  GET /me (GET /me): extra -> extra is not a property of microsoft.graph.user',
      '',
      '✗ Error codes',
      '  expected error code Request_ResourceNotFound, got itemNotFound',
      '',
      '✗ Headers (Retry-After)',
      '  no Retry-After header',
      '',
      'Throttled answers (waited out as Retry-After asked, then sent again):',
      '  GET /me/memberOf: 429, Retry-After (none)',
      '',
      'Not checked:',
      '  - no token for the app role: 2 (POST /me/onlineMeetings; POST /users/:userId/messages)',
      '',
      'Clean-up: 1 removed or restored, 0 already gone, 1 failed',
      '  ✗ list X: 403 accessDenied: no',
      '',
      'RESULT: differences found (see above)',
    ]);
  });

  it('passes a run without differences whose clean-up left nothing', () => {
    const walk = emptyResult();
    const report = buildReport({ ...base, mode: 'read-only' }, [walk], [], undefined, finished);
    expect(reportPassed(report)).toBe(true);
    expect(reportText(report)).toContain('✓ No differences from Graph v1.0.');
    expect(reportText(report).endsWith('RESULT: the target behaves as Graph v1.0')).toBe(true);
  });
});
