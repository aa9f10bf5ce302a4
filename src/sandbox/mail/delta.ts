import type { StoredMessage, Tombstone } from './state';

/**
 * messages/delta over the change sequence. A round covers the changes with
 * `since < seq <= upto`, where `upto` is fixed when the round starts; pages walk that range in
 * sequence order. A message changed during a round gets a number above `upto` and so comes in
 * the next round, which the final page's deltaLink starts at `upto`. Nothing is lost or repeated.
 */
export interface DeltaToken {
  readonly folderId: string;
  /** Changes after this sequence number are reported (0 = initial sync). */
  readonly since: number;
  /** Upper bound of the round; fixed by its first page. */
  readonly upto?: number;
  /** Last sequence number already returned in this round. */
  readonly cursor: number;
  /** `$select` of the first request, kept like Graph keeps it in its tokens. */
  readonly select?: string;
  /** `$filter=receivedDateTime ge|gt …` of the first request (the only filter message delta takes), kept likewise. */
  readonly received?: ReceivedFilter;
}

/** The one `$filter` Graph's message delta supports: `receivedDateTime ge {value}` or `receivedDateTime gt {value}`. */
export interface ReceivedFilter {
  readonly op: 'ge' | 'gt';
  /** ISO instant. */
  readonly value: string;
}

export type DeltaEntry = { readonly kind: 'message'; readonly message: StoredMessage } | { readonly kind: 'removed'; readonly id: string };

export interface DeltaPage {
  readonly entries: DeltaEntry[];
  /** Set when the round continues: the `$skiptoken` of the nextLink. */
  readonly next?: DeltaToken;
  /** Set on the round's last page: the `$deltatoken` of the deltaLink. */
  readonly delta?: DeltaToken;
}

export function encodeDeltaToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');
}

export function decodeDeltaToken(raw: string): DeltaToken | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const t = value as Record<string, unknown>;
    if (typeof t.folderId !== 'string' || typeof t.since !== 'number' || typeof t.cursor !== 'number') return undefined;
    if (t.upto !== undefined && typeof t.upto !== 'number') return undefined;
    if (t.select !== undefined && typeof t.select !== 'string') return undefined;
    const received = receivedOf(t.received);
    if (t.received !== undefined && !received) return undefined;
    return {
      folderId: t.folderId,
      since: t.since,
      cursor: t.cursor,
      ...(typeof t.upto === 'number' ? { upto: t.upto } : {}),
      ...(typeof t.select === 'string' ? { select: t.select } : {}),
      ...(received ? { received } : {}),
    };
  } catch {
    return undefined;
  }
}

function receivedOf(value: unknown): ReceivedFilter | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  return (r.op === 'ge' || r.op === 'gt') && typeof r.value === 'string' ? { op: r.op, value: r.value } : undefined;
}

function receivedMatches(message: StoredMessage, filter: ReceivedFilter | undefined): boolean {
  if (!filter) return true;
  const received = Date.parse(message.receivedDateTime);
  const bound = Date.parse(filter.value);
  return filter.op === 'ge' ? received >= bound : received > bound;
}

/** The token of a round's first page: initial sync, or the start of a round from a deltaLink. */
export function startRound(folderId: string, since: number, select?: string, received?: ReceivedFilter): DeltaToken {
  return { folderId, since, cursor: since, ...(select !== undefined ? { select } : {}), ...(received ? { received } : {}) };
}

/** One page of a delta round over a folder's messages and tombstones. */
export function deltaPage(
  folder: { readonly messages: readonly StoredMessage[]; readonly tombstones: readonly Tombstone[] },
  token: DeltaToken,
  currentSeq: number,
  pageSize: number,
): DeltaPage {
  const upto = token.upto ?? currentSeq;
  const inRound = (seq: number): boolean => seq > token.cursor && seq > token.since && seq <= upto;
  const live: { seq: number; entry: DeltaEntry }[] = folder.messages
    .filter((m) => m.folderId === token.folderId && inRound(m.seq) && receivedMatches(m, token.received))
    .map((m) => ({ seq: m.seq, entry: { kind: 'message', message: m } }));
  const liveIds = new Set(live.map((l) => (l.entry.kind === 'message' ? l.entry.message.id : '')));
  // The initial sync reports what is there, not what was once removed. Removals are not filtered by the received
  // time: Graph reports a message deleted or moved out of the folder whatever the round's $filter says.
  const removed: { seq: number; entry: DeltaEntry }[] =
    token.since === 0
      ? []
      : folder.tombstones
          .filter((t) => t.folderId === token.folderId && inRound(t.seq) && !liveIds.has(t.id))
          .map((t) => ({ seq: t.seq, entry: { kind: 'removed', id: t.id } }));
  const ordered = [...live, ...removed].sort((a, b) => a.seq - b.seq);
  const page = ordered.slice(0, Math.max(1, pageSize));
  const rest = ordered.length - page.length;
  const entries = page.map((p) => p.entry);
  const base = {
    folderId: token.folderId,
    ...(token.select !== undefined ? { select: token.select } : {}),
    ...(token.received ? { received: token.received } : {}),
  };
  if (rest > 0) {
    const last = page[page.length - 1]?.seq ?? token.cursor;
    return { entries, next: { ...base, since: token.since, upto, cursor: last } };
  }
  return { entries, delta: { ...base, since: upto, cursor: upto } };
}
