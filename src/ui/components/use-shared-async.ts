import { useCallback, useEffect, useState } from 'react';
import { useAsync, type AsyncState } from './use-async';

/**
 * One load shared by the views of a home that need the same data — "Det skal gøres" and the section its entry links
 * to (the consultations, the stuck steps): whoever asks first starts it, the others get the same promise, so the
 * to-do costs no second round trip on first paint. `refresh()` from any of them loads anew, for all of them.
 * Keyed by the objects the data depends on (the home as loaded, the store that reads it) and a name.
 */
interface Slot {
  promise?: Promise<unknown>;
  /** Bumped by refresh(); a view that has seen a later round than the promise's loads anew. */
  round: number;
  promiseRound: number;
  readonly listeners: Set<(round: number) => void>;
}

const slots = new WeakMap<object, WeakMap<object, Map<string, Slot>>>();

function slotOf(owner: object, source: object, key: string): Slot {
  let bySource = slots.get(owner);
  if (!bySource) slots.set(owner, (bySource = new WeakMap()));
  let byKey = bySource.get(source);
  if (!byKey) bySource.set(source, (byKey = new Map()));
  let slot = byKey.get(key);
  if (!slot) byKey.set(key, (slot = { round: 0, promiseRound: -1, listeners: new Set() }));
  return slot;
}

/** The slot's load for `round`: the one under way, or a new one if there is none (or a refresh came since). */
function loadIn<T>(slot: Slot, round: number, load: () => Promise<T>): Promise<T> {
  if (slot.promise === undefined || slot.promiseRound < round) {
    const promise = load();
    slot.promise = promise;
    slot.promiseRound = round;
    // A failed load is not kept: the next view to ask tries again.
    promise.catch(() => {
      if (slot.promise === promise) slot.promise = undefined;
    });
  }
  return slot.promise as Promise<T>;
}

function refreshSlot(slot: Slot): void {
  slot.round += 1;
  slot.promise = undefined;
  for (const listener of [...slot.listeners]) listener(slot.round);
}

/**
 * The shared load outside a view: for a load that builds on another's (the consultations' tallies on their list), so
 * both read once. The same slot as `useSharedAsync(owner, source, key, …)`.
 */
export function sharedLoad<T>(owner: object, source: object, key: string, load: () => Promise<T>): Promise<T> {
  const slot = slotOf(owner, source, key);
  return loadIn(slot, slot.round, load);
}

/** Loads the slot anew for the views that show it (as their `refresh()`). */
export function refreshShared(owner: object, source: object, key: string): void {
  refreshSlot(slotOf(owner, source, key));
}

export function useSharedAsync<T>(owner: object, source: object, key: string, load: () => Promise<T>): [AsyncState<T>, () => void] {
  const slot = slotOf(owner, source, key);
  const [round, setRound] = useState(slot.round);
  useEffect(() => {
    const listener = (r: number) => setRound(r);
    slot.listeners.add(listener);
    return () => {
      slot.listeners.delete(listener);
    };
  }, [slot]);
  const shared = useCallback((): Promise<T> => loadIn(slot, round, load), [slot, load, round]);
  const [state] = useAsync(shared);
  const refresh = useCallback(() => refreshSlot(slot), [slot]);
  return [state, refresh];
}
