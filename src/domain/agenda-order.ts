import {
  STANDING_KEYS,
  standingItem,
  standingKeyOf,
  type StandingCandidate,
  type StandingItemDef,
  type StandingKey,
} from './standing-items';

/**
 * Ordering an agenda. The secretariat and chairs may put any item anywhere (a standing item too); new items go
 * where people expect them: after the opening standing items and before the closing ones.
 */

export interface Orderable extends StandingCandidate {
  readonly id: string;
  readonly number: number;
}

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  if (moved === undefined) return [...items];
  out.splice(target, 0, moved);
  return out;
}

export const moveUp = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, index - 1);
export const moveDown = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, index + 1);

export function canMove(length: number, index: number, direction: 'up' | 'down'): boolean {
  return direction === 'up' ? index > 0 && index < length : index >= 0 && index < length - 1;
}

const placeOf = (item: StandingCandidate): 'first' | 'last' | undefined => {
  const key = standingKeyOf(item);
  return key ? standingItem(key).place : undefined;
};

/** Where a new item goes: before the closing standing items at the end of the agenda (their first index), else last. */
export function insertionIndex(items: readonly StandingCandidate[]): number {
  let index = items.length;
  while (index > 0) {
    const previous = items[index - 1];
    if (!previous || placeOf(previous) !== 'last') break;
    index -= 1;
  }
  // An agenda of only closing items still gets the opening ones first.
  return index;
}

/** The agenda in number order (stable for equal numbers). */
export function inAgendaOrder<T extends { readonly number: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.number - b.item.number || a.i - b.i)
    .map((x) => x.item);
}

export interface NumberChange {
  readonly id: string;
  readonly number: number;
}

/** The numbers to write so `ordered` reads 1, 2, 3 …: only the items whose number changes. */
export function renumber(ordered: readonly Pick<Orderable, 'id' | 'number'>[]): NumberChange[] {
  return ordered.flatMap((item, i) => (item.number === i + 1 ? [] : [{ id: item.id, number: i + 1 }]));
}

export type PlacedEntry<T> = { readonly kind: 'existing'; readonly item: T } | { readonly kind: 'standing'; readonly def: StandingItemDef };

/**
 * An agenda with standing items added: opening ones before every other item (after the opening standing items that
 * rank before them, so the follow-up comes after the welcome); each closing one into the closing
 * block at the end, in the standard order relative to the closing items already there.
 */
export function withStandingItems<T extends StandingCandidate>(existing: readonly T[], add: readonly StandingItemDef[]): PlacedEntry<T>[] {
  const rank = (key: string): number => STANDING_KEYS.indexOf(key as StandingKey);
  const firstDefs = add.filter((d) => d.place === 'first');
  // An opening item goes after the opening standing items that rank before it (the follow-up after the welcome).
  const firstRank = Math.min(...firstDefs.map((d) => rank(d.key)));
  let lead = 0;
  for (const item of existing) {
    const key = standingKeyOf(item);
    if (!key || standingItem(key).place !== 'first' || rank(key) > firstRank) break;
    lead += 1;
  }
  const opening: PlacedEntry<T>[] = existing.slice(0, lead).map((item) => ({ kind: 'existing', item }));
  const first: PlacedEntry<T>[] = [...opening, ...firstDefs.map((def): PlacedEntry<T> => ({ kind: 'standing', def }))];
  const at = Math.max(lead, insertionIndex(existing));
  const body: PlacedEntry<T>[] = existing.slice(lead, at).map((item) => ({ kind: 'existing', item }));
  const closing: PlacedEntry<T>[] = existing.slice(at).map((item) => ({ kind: 'existing', item }));
  const keyOf = (e: PlacedEntry<T>): string => (e.kind === 'standing' ? e.def.key : (standingKeyOf(e.item) ?? ''));
  for (const def of add.filter((d) => d.place === 'last')) {
    const before = closing.findIndex((e) => rank(keyOf(e)) > rank(def.key));
    closing.splice(before === -1 ? closing.length : before, 0, { kind: 'standing', def });
  }
  return [...first, ...body, ...closing];
}
