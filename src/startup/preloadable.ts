/** A lazy import that can be started ahead of its first use, and whose answer is known once it has come. */
export interface Preloadable<T> {
  (): Promise<T>;
  /** The loaded module, once it has come (undefined before, and after a failure). */
  readonly value: T | undefined;
}

/**
 * Wraps a dynamic import so the start can fetch a view's code ahead (view-loaders.ts) and React's lazy part can render the
 * view at once when it is there (lazy-parts.ts) — one load, however often it is asked for; a failed load is asked anew.
 */
export function preloadable<T>(load: () => Promise<T>): Preloadable<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const get = () =>
    (pending ??= load().then(
      (v) => (value = v),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.defineProperty(get, 'value', { get: () => value }) as Preloadable<T>;
}
