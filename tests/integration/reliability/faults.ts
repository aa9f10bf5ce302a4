import { call, type TestSandbox } from '../support/sandbox';

/**
 * The fault matrix's columns that the sandbox injects on the wire (docs/RELIABILITY.md): Graph refusing before it
 * acts (429, 503), and Graph acting and then losing its answer (a gateway's 504, a dropped connection). The other
 * columns — a 412, a crash between steps, two runs at once — are made by the tests themselves.
 */
export const WIRE_FAULTS = ['429', '503', 'act-then-504', 'act-then-drop'] as const;
export type WireFault = (typeof WIRE_FAULTS)[number];

export interface Target {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A substring or regular expression of the Graph path (`$batch` sub-requests are matched one by one). */
  readonly path: string;
}

/** Injects `kind` on the next `count` requests matching `target` (after `skip` of them pass). A 429 asks for no wait. */
export async function inject(
  sb: TestSandbox,
  kind: WireFault,
  target: Target,
  opts: { readonly count?: number; readonly skip?: number } = {},
): Promise<void> {
  const fault = kind === '429' ? { kind, retryAfterSeconds: 0 } : { kind };
  const res = await call(sb, 'POST', '/_sandbox/faults', { body: { match: target, fault, count: opts.count ?? 1, skip: opts.skip ?? 0 } });
  if (res.status !== 201) throw new Error(`fault ${kind} on ${target.method} ${target.path}: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * Whether every injected fault was met — so the journey really ran into it; a rule left unmet means the test's target
 * does not match what the journey sends — then clears them.
 */
export async function faultsMet(sb: TestSandbox): Promise<boolean> {
  const rules = (await call<{ value: { remaining?: number }[] }>(sb, 'GET', '/_sandbox/faults')).body.value;
  await call(sb, 'DELETE', '/_sandbox/faults');
  return rules.every((r) => r.remaining === 0);
}

/**
 * The journey under a fault, then once more as a person pressing again or the next unattended run would: the first
 * attempt may fail (a refusal, or an outcome only looking can settle), the second must not. A 429 is always sent
 * again by the pipeline, so under a 429 the first attempt itself must succeed.
 */
export async function faultThenAgain<T>(
  sb: TestSandbox,
  kind: WireFault,
  journey: () => Promise<T>,
): Promise<{ first: T | Error; again: T }> {
  const first = await journey().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  if (!(await faultsMet(sb))) throw new Error(`the ${kind} fault was never met: the test's target does not match the journey's requests`);
  if (kind === '429' && first instanceof Error)
    throw new Error(`a 429 is retried by the pipeline, yet the journey failed: ${first.message}`);
  const again = await journey();
  return { first, again };
}

/** Mail the sandbox delivered outside the tenant (its outbox), by subject prefix: one entry per recipient and mail. */
export async function outboxTo(sb: TestSandbox, subjectStart: string): Promise<string[]> {
  const res = await call<{ value: { to: string[]; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
  return res.body.value
    .filter((m) => m.subject.startsWith(subjectStart))
    .flatMap((m) => m.to.map((a) => a.toLowerCase()))
    .sort();
}
