// The live run's report: JSON for a machine (and for the next run to diff against), text for the person who ran it —
// every difference between the target and Graph's expected behaviour grouped by kind, what was not checked and why,
// throttled answers seen, and what the clean-up did.
import type { Difference, DifferenceKind, Skipped, WalkResult } from '../runner';
import type { CleanupOutcome } from './live-cleanup';
import type { Throttled } from './live-send';
import type { Role } from './live-tokens';

export interface LiveReport {
  readonly target: string;
  readonly mode: 'read-only' | 'write';
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly tokens: { readonly role: Role; readonly present: boolean; readonly why?: string }[];
  readonly summary: {
    readonly requests: number;
    readonly routesChecked: number;
    readonly differences: number;
    readonly skipped: number;
    readonly throttled: number;
    readonly cleanupFailed: number;
  };
  readonly differences: readonly Difference[];
  readonly skipped: readonly Skipped[];
  readonly throttled: readonly Throttled[];
  readonly cleanup?: CleanupOutcome;
}

const KIND_TITLES: Record<DifferenceKind, string> = {
  shape: 'Shape (properties, types, enum values against Graph v1.0 CSDL)',
  status: 'Status codes',
  'error-code': 'Error codes',
  'error-body': 'Error bodies',
  header: 'Headers (Retry-After)',
  paging: 'Paging (@odata.nextLink)',
  delta: 'Delta (@odata.nextLink → @odata.deltaLink)',
  batch: '$batch',
  request: 'Requests that could not be made',
};

export function buildReport(
  base: Pick<LiveReport, 'target' | 'mode' | 'runId' | 'startedAt' | 'tokens'>,
  results: readonly WalkResult[],
  throttled: readonly Throttled[],
  cleanup: CleanupOutcome | undefined,
  finishedAt: Date,
): LiveReport {
  const throttleDifferences: Difference[] = throttled.flatMap((t) =>
    t.differences.map((detail) => ({ check: `throttling: ${t.request} (${t.status})`, kind: 'header' as const, detail })),
  );
  const differences = [...results.flatMap((r) => r.differences), ...throttleDifferences];
  const skipped = results.flatMap((r) => r.skipped);
  return {
    ...base,
    finishedAt: finishedAt.toISOString(),
    summary: {
      requests: results.reduce((n, r) => n + r.requests, 0),
      routesChecked: new Set(results.flatMap((r) => [...r.exercised])).size,
      differences: differences.length,
      skipped: skipped.length,
      throttled: throttled.length,
      cleanupFailed: cleanup?.failed.length ?? 0,
    },
    differences,
    skipped,
    throttled,
    ...(cleanup !== undefined ? { cleanup } : {}),
  };
}

/** Whether the run found the target to behave as Graph and left nothing behind. */
export const reportPassed = (report: LiveReport): boolean => report.summary.differences === 0 && report.summary.cleanupFailed === 0;

/** Skips of the same reason are one line with the checks counted, so a read-only run's report stays readable. */
function skippedLines(skipped: readonly Skipped[]): string[] {
  const byReason = new Map<string, Set<string>>();
  for (const s of skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? new Set()).add(s.check));
  return [...byReason].map(
    ([reason, checks]) => `  - ${reason}: ${checks.size} (${[...checks].slice(0, 4).join('; ')}${checks.size > 4 ? '; …' : ''})`,
  );
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function reportText(report: LiveReport): string {
  const s = report.summary;
  const lines = [
    `Contract walk against ${report.target} (${report.mode === 'write' ? 'writes in the test forum' : 'read-only'}), run ${report.runId}`,
    `${report.startedAt} – ${report.finishedAt}`,
    `Tokens: ${report.tokens.map((t) => `${t.role} ${t.present ? '✓' : `✗ (${t.why ?? 'none'})`}`).join(', ')}`,
    '',
    `${s.requests} requests, ${s.routesChecked} routes and behaviours checked: ${count(s.differences, 'difference')}, ${s.skipped} not checked, ${count(s.throttled, 'throttled answer')}`,
  ];
  const kinds = [...new Set(report.differences.map((d) => d.kind))];
  for (const kind of kinds) {
    lines.push('', `✗ ${KIND_TITLES[kind]}`);
    for (const d of report.differences.filter((x) => x.kind === kind)) lines.push(...d.detail.split('\n').map((l) => `  ${l}`));
  }
  if (report.differences.length === 0) lines.push('', '✓ No differences from Graph v1.0.');
  if (report.throttled.length > 0) {
    lines.push('', 'Throttled answers (waited out as Retry-After asked, then sent again):');
    for (const t of report.throttled) lines.push(`  ${t.request}: ${t.status}, Retry-After ${t.retryAfter ?? '(none)'}`);
  }
  if (report.skipped.length > 0) lines.push('', 'Not checked:', ...skippedLines(report.skipped));
  const c = report.cleanup;
  if (c !== undefined) {
    lines.push('', `Clean-up: ${c.undone.length} removed or restored, ${c.alreadyGone.length} already gone, ${c.failed.length} failed`);
    for (const f of c.failed) lines.push(`  ✗ ${f.what}: ${f.status} ${f.detail}`);
  }
  lines.push('', reportPassed(report) ? 'RESULT: the target behaves as Graph v1.0' : 'RESULT: differences found (see above)');
  return lines.join('\n');
}
