import { normaliseCaseNumber } from '../../domain/mail/case-number';
import { CLOSED_REASONS } from '../../domain/vocabulary/agenda-access';
import { inAgendaOrder, renumber, withStandingItems } from '../../domain/agenda-order';
import { standingItemsToAdd, missingStandingItems, standingKeyOf, type StandingItemDef } from '../../domain/standing-items';
import type { ForumRef, Meeting } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { firstFailure, resultOf } from '../../graph/batch-reads';
import { isFailedDependency, isNotFound, isPreconditionFailed } from '../../graph/errors';
import type { Graph, GraphRequest } from '../../graph/graph-types';
import { ConflictError } from '../failures';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from '../list-item';
import { toPlanningAgenda } from './planning-mappers';
import type { ItemChanges, PlanningAgendaItem } from './planning-types';

/**
 * Writes to a meeting's agenda (the AgendaItems list): numbers, presenter and minutes, standing items. Every write
 * carries the item's eTag; several writes go as one `$batch` chained with `dependsOn`, so the first refusal stops
 * the rest, and what went through before it is put back — a reorder is all or nothing.
 */

const LIST = 'AgendaItems';

const fieldsUrl = (ref: ForumRef, id: string): string => `${listItemUrl(ref.siteId, LIST, id)}/fields`;

export interface NumberWrite {
  readonly id: string;
  readonly etag: string;
  readonly from: number;
  readonly to: number;
}

/** Chains requests: each runs only when the one before it succeeded (Graph answers 424 for the rest). */
function chained(requests: readonly Omit<GraphRequest, 'dependsOn'>[]): GraphRequest[] {
  return requests.map((r, i) => (i === 0 ? r : { ...r, dependsOn: [requests[i - 1]?.id ?? ''] }));
}

/**
 * Writes new numbers with If-Match, all or nothing: on the first refusal the numbers already written are set back
 * (with the eTags those writes returned) and a 412 is raised as ConflictError.
 */
export async function writeNumbers(
  graph: Graph,
  ref: ForumRef,
  writes: readonly NumberWrite[],
  leading: readonly Omit<GraphRequest, 'dependsOn'>[] = [],
): Promise<void> {
  if (writes.length === 0 && leading.length === 0) return;
  const requests = chained([
    ...leading,
    ...writes.map((w, i) => ({
      id: `n${i}`,
      method: 'PATCH' as const,
      url: fieldsUrl(ref, w.id),
      body: { Number: w.to },
      headers: { 'If-Match': w.etag },
    })),
  ]);
  const results = await batchResults(graph, requests);
  // The refusal that stopped the chain; those after it were not sent (failed dependency).
  const failed = firstFailure(results, isFailedDependency);
  if (!failed) return;
  const undo = writes.flatMap((w, i) => {
    const r = resultOf(results, `n${i}`);
    return r?.ok
      ? [
          {
            id: `u${i}`,
            method: 'PATCH' as const,
            url: fieldsUrl(ref, w.id),
            body: { Number: w.from },
            headers: { 'If-Match': r.etag ?? '*' },
          },
        ]
      : [];
  });
  await batchResults(graph, chained(undo));
  const failedWrite = writes.find((_w, i) => `n${i}` === failed.id);
  if (isPreconditionFailed(failed.error)) throw new ConflictError(LIST, failedWrite?.id ?? failed.id, failed.error);
  throw failed.error;
}

/** The number writes that make `ordered` read 1, 2, 3 … */
export function numberWrites(ordered: readonly PlanningAgendaItem[]): NumberWrite[] {
  const byId = new Map(ordered.map((i) => [i.id, i]));
  return renumber(ordered).flatMap((c) => {
    const item = byId.get(c.id);
    return item ? [{ id: item.id, etag: item.etag, from: item.number, to: c.number }] : [];
  });
}

export async function reorderAgenda(graph: Graph, ref: ForumRef, ordered: readonly PlanningAgendaItem[]): Promise<void> {
  await writeNumbers(graph, ref, numberWrites(ordered));
}

const cap = (text: string, n: number): string => text.trim().slice(0, n);

export async function updateAgendaItem(graph: Graph, ref: ForumRef, item: PlanningAgendaItem, changes: ItemChanges): Promise<void> {
  const fields: Record<string, string | number | null> = {};
  if (changes.title !== undefined && cap(changes.title, 255) !== '') fields.Title = cap(changes.title, 255);
  if (changes.presenter !== undefined) fields.Presenter = cap(changes.presenter, 255) === '' ? null : cap(changes.presenter, 255);
  if (changes.durationMinutes !== undefined) {
    if (!Number.isInteger(changes.durationMinutes) || changes.durationMinutes < 0 || changes.durationMinutes > 600)
      throw new RangeError('durationMinutes must be a whole number of minutes from 0 to 600');
    fields.DurationMinutes = changes.durationMinutes;
  }
  if (changes.caseNumber !== undefined) fields.CaseNumber = normaliseCaseNumber(changes.caseNumber) || null;
  if (changes.access !== undefined) {
    const reason = CLOSED_REASONS.find((r) => r === changes.closedReason);
    if (changes.access === 'closed' && !reason) throw new RangeError('a closed item needs one of CLOSED_REASONS');
    // Access and its reason in the one If-Match write: an item is never closed without why, nor open with a reason.
    fields.Access = changes.access;
    fields.ClosedReason = changes.access === 'closed' ? (reason ?? null) : null;
  }
  if (Object.keys(fields).length === 0) return;
  try {
    await graph.patch(fieldsUrl(ref, item.id), fields, { ifMatch: item.etag });
  } catch (error) {
    if (isPreconditionFailed(error)) throw new ConflictError(LIST, item.id, error);
    throw error;
  }
}

/** Deletes the item (If-Match) and, in the same chained `$batch`, renumbers the ones after it. */
export async function removeAgendaItem(
  graph: Graph,
  ref: ForumRef,
  item: PlanningAgendaItem,
  agenda: readonly PlanningAgendaItem[],
): Promise<void> {
  const rest = inAgendaOrder(agenda).filter((i) => i.id !== item.id);
  const del = { id: 'del', method: 'DELETE' as const, url: listItemUrl(ref.siteId, LIST, item.id), headers: { 'If-Match': item.etag } };
  try {
    await writeNumbers(graph, ref, numberWrites(rest), [del]);
  } catch (error) {
    if (error instanceof ConflictError && error.itemId === 'del') throw new ConflictError(LIST, item.id, error.cause);
    if (isNotFound(error)) return; // already gone
    throw error;
  }
}

export function agendaQueryUrl(ref: ForumRef, meetingId: string): string {
  return listItemsUrl(ref.siteId, LIST, { filter: `fields/MeetingId eq ${odataString(meetingId)}` });
}

export async function readAgenda(graph: Graph, ref: ForumRef, meetingId: string): Promise<PlanningAgendaItem[]> {
  return toPlanningAgenda(await graph.all<GraphListItem>(agendaQueryUrl(ref, meetingId)));
}

function standingFields(meeting: Meeting, def: StandingItemDef, number: number): FieldBag {
  return {
    Title: def.title,
    MeetingId: meeting.id,
    Number: number,
    DurationMinutes: def.durationMinutes,
    Recommendations: def.recommendations.join('\n'),
    Description: def.description,
    Standing: true,
    StandingKey: def.key,
  };
}

/**
 * Deletes duplicates that two writers created at once: per key, the item with the lowest id stays. Every writer
 * runs the same rule, so they converge on one item each. Returns the agenda without the duplicates.
 */
export async function removeDuplicates(
  graph: Graph,
  ref: ForumRef,
  agenda: readonly PlanningAgendaItem[],
  keyOf: (i: PlanningAgendaItem) => string | undefined,
): Promise<PlanningAgendaItem[]> {
  const keep = new Map<string, PlanningAgendaItem>();
  const drop: PlanningAgendaItem[] = [];
  const byId = [...agenda].sort((a, b) => (Number(a.id) || 0) - (Number(b.id) || 0));
  for (const item of byId) {
    const key = keyOf(item);
    if (key === undefined) continue;
    if (keep.has(key)) drop.push(item);
    else keep.set(key, item);
  }
  if (drop.length === 0) return [...agenda];
  // Each twin as it was read (If-Match): one somebody edited meanwhile is theirs now, and stays.
  const results = await batchResults(
    graph,
    drop.map((d) => ({
      id: d.id,
      method: 'DELETE',
      url: listItemUrl(ref.siteId, LIST, d.id),
      ...(d.etag ? { headers: { 'If-Match': d.etag } } : {}),
    })),
  );
  const failed = firstFailure(results, (e) => isNotFound(e) || isPreconditionFailed(e));
  if (failed) throw failed.error;
  const edited = new Set(results.filter((r) => !r.ok && isPreconditionFailed(r.error)).map((r) => r.id));
  const dropped = new Set(drop.map((d) => d.id).filter((id) => !edited.has(id)));
  return agenda.filter((i) => !dropped.has(i.id));
}

/**
 * Adds standing items (all of them to an agenda without any, or the missing ones when asked) in their places, the
 * existing items renumbered around them — one `$batch` — then reads the agenda back and removes any duplicate a
 * concurrent writer made. Returns the agenda and how many were added.
 */
export async function addStanding(
  graph: Graph,
  ref: ForumRef,
  meeting: Meeting,
  agenda: readonly PlanningAgendaItem[],
  which: 'when-none' | 'missing',
): Promise<{ agenda: PlanningAgendaItem[]; added: number }> {
  const ordered = inAgendaOrder(agenda);
  const add = which === 'when-none' ? standingItemsToAdd(ordered) : missingStandingItems(ordered);
  if (add.length === 0) return { agenda: ordered, added: 0 };
  const placed = withStandingItems(ordered, add);
  const posts: Omit<GraphRequest, 'dependsOn'>[] = [];
  const writes: NumberWrite[] = [];
  placed.forEach((entry, i) => {
    // Repeatable: a duplicate made by a repeat after a lost answer is removed by the read-back below (one per StandingKey).
    if (entry.kind === 'standing')
      posts.push({
        id: `s-${entry.def.key}`,
        method: 'POST',
        url: listItemsCollectionUrl(ref.siteId, LIST),
        body: { fields: standingFields(meeting, entry.def, i + 1) },
        repeatable: true,
      });
    else if (entry.item.number !== i + 1) writes.push({ id: entry.item.id, etag: entry.item.etag, from: entry.item.number, to: i + 1 });
  });
  // The new items are posted first (independent); renumbering the existing ones is all or nothing.
  const created = await batchResults(graph, posts);
  const failed = firstFailure(created);
  if (failed) throw failed.error;
  await writeNumbers(graph, ref, writes).catch((error: unknown) => {
    // Someone reordered meanwhile: their order stands; the new items still sort into place by number.
    if (!(error instanceof ConflictError)) throw error;
  });
  const fresh = await readAgenda(graph, ref, meeting.id);
  const deduped = await removeDuplicates(graph, ref, fresh, (i) => (i.standingKey ? standingKeyOf(i) : undefined));
  return { agenda: deduped, added: add.length };
}
