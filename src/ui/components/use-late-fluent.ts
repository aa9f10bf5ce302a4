import { useEffect, useRef, useState, type RefObject } from 'react';
import { whenFirstViewShown } from './first-view';
import type * as LateFluentModule from './late-fluent';

type LateFluent = typeof LateFluentModule;

let loaded: LateFluent | undefined;
let loading: Promise<LateFluent> | undefined;

function loadLateFluent(): Promise<LateFluent> {
  loading ??= whenFirstViewShown()
    .then(() => import('./late-fluent.js'))
    .then((m) => (loaded = m));
  return loading;
}

/**
 * The late Fluent components once loaded (after the first view's data); `undefined` until then. Wrapping a control
 * in one (a Tooltip) mounts the control anew: `keepFocus` names it, so a person who had already tabbed to it keeps
 * the focus there.
 */
export function useLateFluent(keepFocus?: RefObject<HTMLElement | null>): LateFluent | undefined {
  const [late, setLate] = useState<LateFluent | undefined>(loaded);
  const refocus = useRef(false);
  useEffect(() => {
    if (late) {
      // Only when the swap took the focus (it fell to the page): a person who tabbed on meanwhile keeps their place.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (refocus.current && lost) keepFocus?.current?.focus();
      refocus.current = false;
      return;
    }
    let live = true;
    // A failed load (offline) leaves the plain controls in place: they carry their names without it.
    loadLateFluent().then(
      (m) => {
        if (!live) return;
        refocus.current = Boolean(keepFocus?.current && keepFocus.current === document.activeElement);
        setLate(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [late, keepFocus]);
  return late;
}
