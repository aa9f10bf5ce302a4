/**
 * Where an ended forum's work went (issue 20 pt 5): the Forum item's Successor column, read with every forum — so
 * apart from the handover's own rules (successor.ts), which load only with the view that ends a forum.
 */

export interface ForumEnding {
  /** ISO UTC: when the handover was started. */
  readonly at: string;
  /** Who ended it, as the secretariat's app named them. */
  readonly by: string;
  readonly successor: { readonly groupId: string; readonly name: string };
  /** 'carrying' while the copies are being made (or were left by an attempt that died); 'done' when all were made. */
  readonly state: 'carrying' | 'done';
  /** What was handed over (when done). */
  readonly carried?: { readonly actions: number; readonly backlog: number; readonly members: number };
}

const MAX_JSON = 4_000;

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;
const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100_000 ? v : 0);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The Forum item's Successor column, read leniently and within caps; undefined when absent or not one. */
export function parseForumEnding(json: string | undefined): ForumEnding | undefined {
  if (!json || json.length > MAX_JSON) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  const r = record(raw);
  const successor = record(r?.successor);
  const at = str(r?.at, 40);
  const groupId = str(successor?.groupId, 200);
  if (!r || !at || !groupId || Number.isNaN(Date.parse(at))) return undefined;
  const carried = record(r.carried);
  return {
    at,
    by: str(r.by, 255) ?? '',
    successor: { groupId, name: str(successor?.name, 255) ?? groupId },
    state: r.state === 'done' ? 'done' : 'carrying',
    ...(carried ? { carried: { actions: count(carried.actions), backlog: count(carried.backlog), members: count(carried.members) } } : {}),
  };
}
