import { createElement, lazy, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureNamespace } from '../i18n/namespaces';
import { viewCode, type ViewCode } from './preloadable';

/**
 * One lazy boundary per feature: the view's code and its strings (i18next namespaces, namespaces.ts) are fetched in
 * parallel when it first renders, never one after the other — one extra sequential round trip on opening a view is
 * what issue 17 measures. The code's import starts before `useTranslation` suspends for the strings; the nearest
 * Suspense shows its fallback until both are in, so no one sees raw keys. List every namespace the view's own chunk
 * uses (views inside it that are lazy themselves name theirs); one left out still works, a round trip later.
 *
 * When both are there already (the start fetched them ahead: the task pane's item view, the landing role view), the view
 * renders at once without suspending: React 19 holds a suspended boundary's content back until 300 ms after its
 * fallback showed (FALLBACK_THROTTLE_MS), even when what it waited for was in the cache. Decided once per mount —
 * switching from the lazy component to the loaded one would mount the view anew.
 */
export function lazyPart<P extends object>(code: ViewCode<P>): ComponentType<P> {
  const View = lazy(() => code.load().then((view) => ({ default: view })));
  function LazyView(props: P) {
    const { i18n } = useTranslation();
    const [ready] = useState(() =>
      code.load.value && code.namespaces.every((ns) => i18n.hasLoadedNamespace(ns)) ? code.load.value : undefined,
    );
    // A failed load is the boundary's to show (React.lazy rethrows it); this only starts it early.
    code.load().catch(() => undefined);
    useTranslation([...code.namespaces]);
    return createElement(ready ?? View, props);
  }
  return LazyView;
}

/** `lazyPart` of a view loaded only by its boundary. */
export function lazyView<P extends object>(
  namespaces: readonly FeatureNamespace[],
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazyPart(viewCode(namespaces, load));
}

/**
 * What a trigger (a plain Button in the first view) does for a part it opens — a dialog, a menu's popover — whose
 * code is a `viewCode`: `prefetch` on pointerenter and focus starts its code and strings; `whenReady(open)` on click opens
 * it once both are in (or a load failed: its boundary shows that), so its `lazyPart` renders at once instead of
 * suspending behind React's 300 ms fallback throttle (see lazyPart), and the part moves focus into itself as it mounts.
 */
export function useOpensLazily<P extends object>(code: ViewCode<P>): OpensLazily {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const load = () => Promise.all([code.load(), i18n.loadNamespaces([...code.namespaces])]);
    const prefetch = () => void load().catch(() => undefined);
    const whenReady = (open: () => void) => void load().then(open, open);
    return { prefetch, whenReady, trigger: (open) => ({ onPointerEnter: prefetch, onFocus: prefetch, onClick: () => whenReady(open) }) };
  }, [code, i18n]);
}

export interface OpensLazily {
  readonly prefetch: () => void;
  /** Opens once code and strings are in. Not named `then`: an object with a `then` method is taken for a promise. */
  readonly whenReady: (open: () => void) => void;
  /** A trigger button's handlers: prefetch on pointerenter and focus, open on click. */
  readonly trigger: (open: () => void) => { onPointerEnter: () => void; onFocus: () => void; onClick: () => void };
}
