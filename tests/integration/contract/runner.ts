// Runs the contract steps against a target over HTTP — a sandbox this test started, or (npm run test:live) a tenant or
// a sandbox reached only by its base URL and a token source — and collects every difference, labelled
// "METHOD /route/pattern (METHOD path): path -> problem".
import { formatViolations } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import type { CsdlModel } from '../../support/csdl/model';
import type { Router } from '../../../src/sandbox/http/router';
import type { Route } from '../../../src/sandbox/http/types';
import type { CallOptions, CallResult } from '../support/sandbox';
import { checkResponse, isWrite, MissingIdError, NothingCapturedError, routeKey } from './walk';
import type { Ids, Step, StepRequest, Who } from './walk';

/** One request to the target: `path` below its Graph root, or a full URL (an `@odata.nextLink`). */
export type Send = (method: string, path: string, opts?: CallOptions) => Promise<CallResult>;

/** What was asked and answered, for whoever watches the walk (the live run's clean-up ledger and throttling record). */
export interface Exchange {
  readonly method: string;
  readonly pattern: string;
  readonly path: string;
  readonly as: Who;
  /** The request's body, as sent. */
  readonly body?: unknown;
  readonly response: CallResult;
}

export interface WalkEnv {
  readonly send: Send;
  readonly model: CsdlModel;
  /** A role without a token (a live run given none for it) has its steps skipped, not failed. */
  readonly tokens: Readonly<Partial<Record<Exclude<Who, 'anonymous'>, string>>>;
  readonly ids: Ids;
  /** false: only requests that read are sent (the live run's default); steps that write are reported as skipped. */
  readonly writes: boolean;
  /** The sandbox's own router over its Graph routes, where the walk runs beside it: proves each step hits the route it claims. */
  readonly router?: Router<Route>;
  /** Makes the next `GET path` answer 429 with Retry-After (the sandbox's fault injection); a tenant throttles when it will. */
  readonly injectThrottle?: (path: string) => Promise<void>;
  readonly observe?: (exchange: Exchange) => void;
}

/** What a difference is about, for the report's grouping. */
export type DifferenceKind = 'shape' | 'status' | 'error-code' | 'error-body' | 'header' | 'paging' | 'delta' | 'batch' | 'request';

export interface Difference {
  /** The route or behaviour checked, e.g. "GET /groups/:groupId/events" or "paging". */
  readonly check: string;
  readonly kind: DifferenceKind;
  readonly detail: string;
}

export interface Skipped {
  readonly check: string;
  readonly reason: string;
}

export interface WalkResult {
  /** One line per problem (what the sandbox's own jest test prints). */
  readonly problems: string[];
  readonly differences: Difference[];
  readonly skipped: Skipped[];
  /** Route keys whose steps reached the target and got an answer (checked, with or without problems). */
  readonly exercised: Set<string>;
  /** How many requests were checked. */
  requests: number;
}

export function emptyResult(): WalkResult {
  return { problems: [], differences: [], skipped: [], exercised: new Set<string>(), requests: 0 };
}

export function recordDifference(result: WalkResult, difference: Difference): void {
  result.differences.push(difference);
  result.problems.push(difference.detail.startsWith(difference.check) ? difference.detail : `${difference.check}: ${difference.detail}`);
}

export function tokenOf(env: WalkEnv, who: Who | undefined): string | undefined {
  return who === 'anonymous' ? undefined : env.tokens[who ?? 'secretary'];
}

/** Why a request cannot be sent in this run, or undefined when it can. */
export function whyNotSent(env: WalkEnv, method: string, pattern: string, who: Who | undefined, readsWrites = false): string | undefined {
  if (!env.writes && (isWrite(method, pattern) || readsWrites))
    return readsWrites ? 'reads what only a write makes' : 'writes (run with --write, in the test forum only)';
  if (who !== 'anonymous' && tokenOf(env, who) === undefined) return `no token for the ${who ?? 'secretary'} role`;
  return undefined;
}

/** The route pattern the sandbox itself routes `method path` to, or a description of the miss. */
export function routedPattern(router: Router<Route>, method: string, path: string): string {
  const bare = path.split('?')[0] ?? path;
  const match = router.match(method, bare);
  return match.kind === 'found' ? match.route.pattern : `(${match.kind})`;
}

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Builds a request; in a read-only run an id only a write would have captured makes it a skip, not a difference. */
export function buildRequest(env: WalkEnv, result: WalkResult, check: string, build: (ids: Ids) => StepRequest): StepRequest | undefined {
  try {
    return build(env.ids);
  } catch (e) {
    if (e instanceof MissingIdError && e.key.startsWith('seeded'))
      result.skipped.push({ check, reason: `needs ${e.key}, which the test forum file does not name` });
    else if (e instanceof MissingIdError && !env.writes) result.skipped.push({ check, reason: `needs ${e.key}, which only a write makes` });
    else recordDifference(result, { check, kind: 'request', detail: describeError(e) });
    return undefined;
  }
}

export function optionsFor(token: string | undefined, req: StepRequest): CallOptions {
  return {
    ...(token !== undefined ? { token } : {}),
    ...(req.body !== undefined ? { body: req.body } : {}),
    ...(req.headers !== undefined ? { headers: req.headers } : {}),
  };
}

function violationKind(violations: readonly Violation[]): DifferenceKind {
  return violations.some((v) => /status/.test(v.message)) ? 'status' : 'shape';
}

/** Runs `steps` in order; a step that cannot be built or fails is a difference, and the walk goes on. */
export async function runSteps(env: WalkEnv, steps: readonly Step[], result: WalkResult): Promise<void> {
  for (const step of steps) {
    const key = routeKey(step.method, step.pattern);
    const refused = whyNotSent(env, step.method, step.pattern, step.as, step.readsWalkWrites === true);
    if (refused !== undefined) {
      result.skipped.push({ check: key, reason: refused });
      continue;
    }
    const req = buildRequest(env, result, key, step.request);
    if (req === undefined) continue;
    try {
      if (env.router !== undefined) {
        const routed = routedPattern(env.router, step.method, req.path);
        if (routed !== step.pattern) {
          recordDifference(result, {
            check: key,
            kind: 'request',
            detail: `the request ${step.method} ${req.path} is routed to ${routed}, not to this route`,
          });
          continue;
        }
      }
      const res = await env.send(step.method, req.path, optionsFor(tokenOf(env, step.as), req));
      env.observe?.({
        method: step.method,
        pattern: step.pattern,
        path: req.path,
        as: step.as ?? 'secretary',
        body: req.body,
        response: res,
      });
      result.requests += 1;
      result.exercised.add(key);
      const violations: Violation[] = checkResponse(env.model, step.expect, res.status, res.body);
      if (violations.length > 0) {
        recordDifference(result, {
          check: key,
          kind: violationKind(violations),
          detail: formatViolations(`${key} (${step.method} ${req.path})`, violations),
        });
      }
      if (step.capture !== undefined && res.status < 300) step.capture(res.body, env.ids);
    } catch (e) {
      if (e instanceof NothingCapturedError && !env.writes) {
        result.skipped.push({ check: `${key} (finds ${e.key})`, reason: 'finds what only a write makes' });
        continue;
      }
      recordDifference(result, { check: key, kind: 'request', detail: describeError(e) });
    }
  }
}
