import type { ComponentType } from 'react';
import type { FeatureNamespace } from '../i18n/namespaces';

/** A lazy import that can be started ahead of its first use, and whose answer is known once it has come. */
export interface Preloadable<T> {
  (): Promise<T>;
  /** The loaded module, once it has come (undefined before, and after a failure). */
  readonly value: T | undefined;
}

/**
 * Wraps a dynamic import so the start can fetch a view's code ahead (startup/view-loaders.ts) and its lazy part can render the
 * view at once when it is there (lazy-view.tsx) — one load, however often it is asked for; a failed load is asked anew.
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

/** A view's code and the i18next namespaces it translates with (namespaces.ts): what its lazy boundary (lazy-view.tsx) loads. */
export interface ViewCode<P extends object> {
  readonly namespaces: readonly FeatureNamespace[];
  readonly load: Preloadable<ComponentType<P>>;
}

/** A view's code, loaded once — by its boundary, or ahead of it by the start (startup/view-loaders.ts). */
export function viewCode<P extends object>(namespaces: readonly FeatureNamespace[], load: () => Promise<ComponentType<P>>): ViewCode<P> {
  return { namespaces, load: preloadable(load) };
}
