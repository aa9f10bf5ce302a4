import { createElement, lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureNamespace } from '../i18n/namespaces';

/**
 * One lazy boundary per feature: the view's code and its strings (i18next namespaces, namespaces.ts) are fetched in
 * parallel when it first renders, never one after the other — one extra sequential round trip on opening a view is
 * what issue 17 measures. The code's import starts before `useTranslation` suspends for the strings; the nearest
 * Suspense shows its fallback until both are in, so no one sees raw keys. List every namespace the view's own chunk
 * uses (views inside it that are lazy themselves name theirs); one left out still works, a round trip later.
 */
export function lazyView<P extends object>(
  namespaces: readonly FeatureNamespace[],
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let code: Promise<{ default: ComponentType<P> }> | undefined;
  const loadCode = () => (code ??= load().then((view) => ({ default: view })));
  const View = lazy(loadCode);
  function LazyView(props: P) {
    void loadCode();
    useTranslation([...namespaces]);
    return createElement(View, props);
  }
  return LazyView;
}
