import { randomUUID } from 'node:crypto';
import { badRequest } from '../http/errors';

/**
 * What a matching request meets. '429', '503', '504' and 'drop' refuse it before anything is done; 'act-then-504'
 * and 'act-then-drop' carry it out (the mail sent, the item created, the state saved) and then lose the answer: a
 * gateway's 504, or the connection dropped without any answer — the faults after which only looking tells what
 * happened. In a `$batch`, a dropped sub-request is answered 504 (the batch itself still answers).
 */
export type FaultKind = '429' | '503' | '504' | 'latency' | 'drop' | 'act-then-504' | 'act-then-drop';

export interface FaultRule {
  readonly id: string;
  readonly match: { readonly method?: string; readonly path?: string };
  readonly fault: { readonly kind: FaultKind; readonly retryAfterSeconds?: number; readonly latencyMs?: number };
  /** How many more requests this rule hits; undefined = until cleared. */
  remaining?: number;
  /** How many matching requests still pass untouched before the rule starts to hit (a fault mid-way through paging). */
  skip: number;
  readonly probability: number;
}

const KINDS: readonly FaultKind[] = ['429', '503', '504', 'latency', 'drop', 'act-then-504', 'act-then-drop'];

/** Faults that let the request be carried out and lose only its answer. */
export function actsFirst(kind: FaultKind): kind is 'act-then-504' | 'act-then-drop' {
  return kind === 'act-then-504' || kind === 'act-then-drop';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Injected faults for matching Graph requests (count- or probability-based). */
export class FaultInjector {
  private rules: FaultRule[] = [];

  add(body: unknown): FaultRule {
    if (!isRecord(body) || !isRecord(body.fault)) throw badRequest('Expected { match, fault: { kind }, count?, skip?, probability? }');
    const match = isRecord(body.match) ? body.match : {};
    const kind = body.fault.kind;
    if (typeof kind !== 'string' || !KINDS.includes(kind as FaultKind)) throw badRequest(`fault.kind must be one of ${KINDS.join(', ')}`);
    const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const rule: FaultRule = {
      id: randomUUID(),
      match: {
        ...(typeof match.method === 'string' ? { method: match.method.toUpperCase() } : {}),
        ...(typeof match.path === 'string' ? { path: match.path } : {}),
      },
      fault: {
        kind: kind as FaultKind,
        ...(num(body.fault.retryAfterSeconds) !== undefined ? { retryAfterSeconds: num(body.fault.retryAfterSeconds) } : {}),
        ...(num(body.fault.latencyMs) !== undefined ? { latencyMs: num(body.fault.latencyMs) } : {}),
      },
      remaining: num(body.count),
      skip: Math.max(0, num(body.skip) ?? 0),
      probability: num(body.probability) ?? 1,
    };
    this.rules.push(rule);
    return rule;
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault to apply to this request, if any (consumes one count of the rule). */
  take(method: string, path: string): FaultRule['fault'] | undefined {
    for (const rule of this.rules) {
      if (rule.remaining !== undefined && rule.remaining <= 0) continue;
      if (rule.match.method && rule.match.method !== method.toUpperCase()) continue;
      if (rule.match.path !== undefined && !pathMatches(rule.match.path, path)) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        continue;
      }
      if (rule.probability < 1 && Math.random() >= rule.probability) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      return rule.fault;
    }
    return undefined;
  }
}

function pathMatches(pattern: string, path: string): boolean {
  if (path.includes(pattern)) return true;
  try {
    return new RegExp(pattern).test(path);
  } catch {
    return false;
  }
}
