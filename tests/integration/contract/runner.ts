// Runs the contract steps against a sandbox over HTTP and collects every violation, labelled
// "METHOD /route/pattern: path -> problem".
import { formatViolations } from '../../support/csdl/check';
import type { Violation } from '../../support/csdl/check';
import type { CsdlModel } from '../../support/csdl/model';
import type { Router } from '../../../src/sandbox/http/router';
import type { Route } from '../../../src/sandbox/http/types';
import { call } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { checkResponse, routeKey } from './walk';
import type { Ids, Step, Who } from './walk';

export interface WalkEnv {
  readonly sandbox: TestSandbox;
  readonly model: CsdlModel;
  readonly tokens: Readonly<Record<Exclude<Who, 'anonymous'>, string>>;
  readonly ids: Ids;
  /** The sandbox's own router over its Graph routes: proves each step hits the route it claims. */
  readonly router: Router<Route>;
}

export interface WalkResult {
  /** One line per problem. */
  readonly problems: string[];
  /** Route keys whose steps reached the sandbox and got an answer (checked, with or without problems). */
  readonly exercised: Set<string>;
  /** How many requests were checked. */
  requests: number;
}

export function tokenOf(env: WalkEnv, who: Who | undefined): string | undefined {
  return who === 'anonymous' ? undefined : env.tokens[who ?? 'secretary'];
}

/** The route pattern the sandbox itself routes `method path` to, or a description of the miss. */
export function routedPattern(router: Router<Route>, method: string, path: string): string {
  const bare = path.split('?')[0] ?? path;
  const match = router.match(method, bare);
  return match.kind === 'found' ? match.route.pattern : `(${match.kind})`;
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs `steps` in order; a step that cannot be built or fails is a problem, and the walk goes on. */
export async function runSteps(env: WalkEnv, steps: readonly Step[], result: WalkResult): Promise<void> {
  for (const step of steps) {
    const key = routeKey(step.method, step.pattern);
    try {
      const req = step.request(env.ids);
      const routed = routedPattern(env.router, step.method, req.path);
      if (routed !== step.pattern) {
        result.problems.push(`${key}: the request ${step.method} ${req.path} is routed to ${routed}, not to this route`);
        continue;
      }
      const token = tokenOf(env, step.as);
      const res = await call(env.sandbox, step.method, req.path, {
        ...(token !== undefined ? { token } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        ...(req.headers !== undefined ? { headers: req.headers } : {}),
      });
      result.requests += 1;
      result.exercised.add(key);
      const violations: Violation[] = checkResponse(env.model, step.expect, res.status, res.body);
      if (violations.length > 0) result.problems.push(formatViolations(`${key} (${step.method} ${req.path})`, violations));
      if (step.capture !== undefined && res.status < 300) step.capture(res.body, env.ids);
    } catch (e) {
      result.problems.push(`${key}: ${describeError(e)}`);
    }
  }
}

export function emptyResult(): WalkResult {
  return { problems: [], exercised: new Set<string>(), requests: 0 };
}
