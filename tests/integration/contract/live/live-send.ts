// Requests to a tenant: a throttled answer (429, or 503 with Retry-After) is checked where it comes — Retry-After in
// whole seconds, Graph's error body — and the request is sent again after the wait it names (bounded), as the app's
// pipeline does (ARCHITECTURE.md §5), so throttling neither fails the walk nor goes unchecked.
import { call } from '../../support/sandbox';
import type { CallOptions, CallResult } from '../../support/sandbox';
import { throttlingDifferences } from '../errors';
import type { Send } from '../runner';
import { parseRetryAfterSeconds } from '../../../../src/graph/retry-policy';

export interface Throttled {
  readonly request: string;
  readonly status: number;
  readonly retryAfter: string | null;
  /** What differs from Graph's throttled answer; empty when nothing does. */
  readonly differences: string[];
}

export interface LiveSender {
  readonly send: Send;
  readonly throttled: Throttled[];
}

/** The longest Retry-After waited out before the request is given up as throttled. */
const MAX_WAIT_SECONDS = 30;
const ATTEMPTS = 3;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export function liveSender(graphUrl: string, opts: { readonly sleep?: (ms: number) => Promise<void> } = {}): LiveSender {
  const target = { url: new URL(graphUrl).origin, graphUrl };
  const throttled: Throttled[] = [];
  const wait = opts.sleep ?? sleep;
  const send = async (method: string, path: string, callOpts?: CallOptions): Promise<CallResult> => {
    // A link the target hands back (nextLink, deltaLink, an upload URL) gets the token only on the target's own origin.
    const foreign = /^https?:/i.test(path) && new URL(path).origin !== target.url;
    const opts = foreign && callOpts !== undefined ? { ...callOpts, token: undefined } : callOpts;
    for (let attempt = 1; ; attempt += 1) {
      const res = await call(target, method, path, opts);
      const retryAfter = res.headers.get('retry-after');
      const isThrottled = res.status === 429 || (res.status === 503 && retryAfter !== null);
      if (!isThrottled) return res;
      throttled.push({
        request: `${method} ${path.split('?')[0] ?? path}`,
        status: res.status,
        retryAfter,
        differences: throttlingDifferences(res),
      });
      // Delay-seconds or an HTTP-date, read as the app's own pipeline reads it; none said: a second.
      const seconds = parseRetryAfterSeconds(retryAfter) ?? 1;
      if (attempt >= ATTEMPTS || !Number.isFinite(seconds) || seconds > MAX_WAIT_SECONDS) return res;
      await wait(Math.max(0, seconds) * 1000);
    }
  };
  return { send, throttled };
}
