import { useSyncExternalStore } from 'react';

/** A controller's current state in React (re-renders when it changes). */
export function useSnapshot<T>(source: { subscribe(listener: () => void): () => void; snapshot(): T }): T {
  return useSyncExternalStore(source.subscribe, source.snapshot, source.snapshot);
}
