import { claimDecision, claimState, claimText, mayTakeOver, parseClaim, type Claim, type ClaimStep } from '../domain/claims';
import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import { ConflictError } from './failures';
import { etagOf, listItemUrl, type FieldBag, type GraphListItem } from './list-item';
import type { ListName } from './schema';
import { updateItemFields } from './update-item';

/**
 * The one claim mechanism every send that must happen once uses (the rules: src/domain/claims.ts). A claim is a
 * JSON note on the step's list item, written with If-Match and carrying a token made for this attempt. Only the
 * attempt whose token is on the item continues; when taking the claim answers 412 (or no answer comes), the item is
 * read again: my token there means my write applied and only its answer was lost. Releasing — done or failed —
 * removes only my own token, again with If-Match. A claim older than the timeout is taken over by the next attempt,
 * which settles what the dead one sent by its correlation lookups; `stuckSteps` lists those nobody has taken over.
 */

/** Where each step keeps its claim: the list, the column, and (for a claim an older version wrote) the column with its time. */
const SLOTS: Readonly<Record<ClaimStep, { readonly list: ListName; readonly field: string; readonly atField?: string }>> = {
  'agenda-send': { list: 'Meetings', field: 'AgendaSending', atField: 'AgendaSendingAt' },
  'minutes-circulation': { list: 'Meetings', field: 'MinutesCirculation' },
  'call-for-items': { list: 'Meetings', field: 'CallForItemsClaim' },
  'consultation-send': { list: 'Consultations', field: 'Claim' },
  'consultation-remind': { list: 'Consultations', field: 'Claim' },
  'consultation-close': { list: 'Consultations', field: 'Claim' },
  'approval-request': { list: 'MinutesVersions', field: 'Claim' },
  'approval-reminder': { list: 'MinutesVersions', field: 'Claim' },
  'action-reminder': { list: 'Actions', field: 'Claim' },
  'decision-mail': { list: 'Submissions', field: 'DecisionMailClaim' },
};

export interface ClaimSlot {
  readonly list: ListName;
  readonly itemId: string;
  readonly field: string;
  readonly atField?: string;
}

export function claimSlot(step: ClaimStep, itemId: string): ClaimSlot {
  return { ...SLOTS[step], itemId };
}

/** Every (list, column) that holds claims, with the step a claim there stands for when it does not say (an older version's). */
export function claimColumns(): { readonly list: ListName; readonly field: string; readonly atField?: string; readonly step: ClaimStep }[] {
  const seen = new Map<string, { list: ListName; field: string; atField?: string; step: ClaimStep }>();
  for (const [step, slot] of Object.entries(SLOTS) as [ClaimStep, (typeof SLOTS)[ClaimStep]][]) {
    const key = `${slot.list}/${slot.field}`;
    if (!seen.has(key)) seen.set(key, { ...slot, step });
  }
  return [...seen.values()];
}

/** The claim a list item carries in a slot's column (read from an item already loaded with its fields). */
export function claimOn(item: GraphListItem, slot: Pick<ClaimSlot, 'field' | 'atField'>): Claim | undefined {
  const fields = item.fields ?? {};
  const at = slot.atField ? fields[slot.atField] : undefined;
  return parseClaim(fields[slot.field], typeof at === 'string' ? at : undefined);
}

/** What an attempt saw on the item before claiming: its eTag and the claim there. */
export interface SeenClaim {
  readonly etag: string;
  readonly claim: Claim | undefined;
}

export interface OwnedClaim {
  readonly slot: ClaimSlot;
  readonly claim: Claim;
  /** The item's eTag after the claim; the release writes with it. */
  readonly etag: string;
  /** The claim of a dead attempt this one took over: what it may have sent is settled by looking it up. */
  readonly tookOver?: Claim;
}

export type TakeResult =
  | { readonly outcome: 'taken'; readonly owned: OwnedClaim }
  /** Another attempt holds the step (or won the race for it): nothing was done. */
  | { readonly outcome: 'claimed-elsewhere'; readonly holder?: Claim }
  /** A dead attempt's claim on a step that cannot be settled by looking: left for a person (stuckSteps lists it). */
  | { readonly outcome: 'stuck'; readonly holder: Claim };

export interface TakeOptions {
  readonly step: ClaimStep;
  readonly now: Date;
  /** What this attempt sends under, for a later takeover's lookup. */
  readonly correlation?: string;
  readonly hash?: string;
  /** Written in the same If-Match PATCH as the claim. */
  readonly fields?: FieldBag;
  /** Whether a stale claim may be taken over; by default the step's rule (`mayTakeOver`). */
  readonly takeOver?: boolean;
}

/** A token for one attempt. `randomUUID` needs a secure context; the fallback is a v4 UUID from the same generator. */
export function newClaimToken(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The item as it is now: its eTag and the claim in the slot. */
export async function readClaim(graph: Graph, forum: Pick<ForumRef, 'siteId'>, slot: ClaimSlot): Promise<SeenClaim> {
  const { etag, claim } = await readClaimed(graph, forum, slot);
  return { etag, claim };
}

async function readClaimed(graph: Graph, forum: Pick<ForumRef, 'siteId'>, slot: ClaimSlot): Promise<SeenClaim & { item: GraphListItem }> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, slot.list, slot.itemId)}?expand=fields`);
  return { etag: etagOf(item), claim: claimOn(item, slot), item };
}

/**
 * Claims a step on its item for a new attempt, from what the attempt saw there (`seen`, read fresh by the caller along
 * with what it decides on). A live claim of someone else's is left alone; a stale one is taken over where allowed.
 */
export async function takeClaim(graph: Graph, forum: ForumRef, slot: ClaimSlot, seen: SeenClaim, opts: TakeOptions): Promise<TakeResult> {
  const decision = claimDecision(seen.claim, opts.now, { takeOver: opts.takeOver ?? mayTakeOver(opts.step, seen.claim) });
  if (decision === 'claimed-elsewhere') return { outcome: 'claimed-elsewhere', ...(seen.claim ? { holder: seen.claim } : {}) };
  if (decision === 'stuck' && seen.claim) return { outcome: 'stuck', holder: seen.claim };
  const claim: Claim = {
    token: newClaimToken(),
    at: opts.now.toISOString(),
    step: opts.step,
    ...(opts.correlation ? { correlation: opts.correlation } : {}),
    ...(opts.hash ? { hash: opts.hash } : {}),
  };
  const tookOver = decision === 'take-over' ? seen.claim : undefined;
  const owned = (etag: string): TakeResult => ({ outcome: 'taken', owned: { slot, claim, etag, ...(tookOver ? { tookOver } : {}) } });
  // An unknown eTag would let an If-Match-less write replace a claim someone made meanwhile: read it first.
  const etag = seen.etag || (await readClaim(graph, forum, slot)).etag;
  try {
    const updated = await updateItemFields(graph, forum, slot.list, slot.itemId, etag, {
      [slot.field]: claimText(claim),
      ...(opts.fields ?? {}),
    });
    return owned(updated.etag ?? (await readClaim(graph, forum, slot)).etag);
  } catch (error) {
    // A 412 or no answer: my write may have applied (a retried PATCH meets its own first write as a 412). Look.
    const now = await readClaim(graph, forum, slot).catch(() => undefined);
    if (now && claimState(now.claim, claim.token, opts.now) === 'mine') return owned(now.etag);
    if (error instanceof ConflictError) return { outcome: 'claimed-elsewhere', ...(now?.claim ? { holder: now.claim } : {}) };
    throw error;
  }
}

export interface Released {
  /** False when my claim was no longer on the item: my release had applied with its answer lost, or a later attempt took the step over (it records it). */
  readonly released: boolean;
  readonly etag?: string;
}

const RELEASE_ATTEMPTS = 3;

/**
 * Removes my claim, writing `fields` (the step's outcome) in the same If-Match PATCH. When the item changed meanwhile
 * (someone edited another column), it is read again and, while my token is still there, written again — with the
 * fields `again` makes of the item as it is now, where the outcome depends on a column someone else may have changed
 * (a meeting cancelled while its agenda went out stays cancelled); once my token is gone nothing is written — the
 * step is no longer mine to record.
 */
export async function releaseClaim(
  graph: Graph,
  forum: ForumRef,
  owned: OwnedClaim,
  fields: FieldBag = {},
  again: (item: GraphListItem) => FieldBag = () => fields,
): Promise<Released> {
  let etag = owned.etag;
  let outcome = fields;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const updated = await updateItemFields(graph, forum, owned.slot.list, owned.slot.itemId, etag, {
        ...outcome,
        [owned.slot.field]: null,
      });
      return { released: true, ...(updated.etag ? { etag: updated.etag } : {}) };
    } catch (error) {
      const now = await readClaimed(graph, forum, owned.slot);
      if (now.claim?.token !== owned.claim.token) return { released: false, etag: now.etag };
      if (!(error instanceof ConflictError) || attempt >= RELEASE_ATTEMPTS) throw error;
      etag = now.etag;
      outcome = again(now.item);
    }
  }
}

/** After a failure: let go (best effort), so the next attempt starts at once instead of after the timeout. */
export async function letGo(graph: Graph, forum: ForumRef, owned: OwnedClaim, fields: FieldBag = {}): Promise<void> {
  await releaseClaim(graph, forum, owned, fields).catch(() => undefined);
}

/**
 * After a send that went, or may have gone (its answer lost): my claim stays on the item, marked ended (If-Match;
 * once more on a fresh eTag while my token is still there). The next attempt takes it over at once and looks the
 * send up under the claim's correlation id before it sends anything — where letting go would have left nothing to
 * look up by. Best effort: a claim that could not be marked is taken over when it times out.
 */
export async function endClaim(graph: Graph, forum: ForumRef, owned: OwnedClaim): Promise<void> {
  const write = (etag: string) =>
    updateItemFields(graph, forum, owned.slot.list, owned.slot.itemId, etag, {
      [owned.slot.field]: claimText({ ...owned.claim, ended: true }),
    });
  try {
    await write(owned.etag);
  } catch {
    const now = await readClaim(graph, forum, owned.slot).catch(() => undefined);
    if (now && now.claim?.token === owned.claim.token) await write(now.etag).catch(() => undefined);
  }
}
