import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
 * The element that last took focus — or was pressed, which a click on the page's empty space (taking the focus from a
 * control to the page) fires no focus event for. Focus that falls to the page because its element was removed fires
 * none either, so after a swap this is still the removed control only if nothing was pressed since.
 */
let lastFocused: EventTarget | null = null;
if (typeof document !== 'undefined') {
  const remember = (event: Event) => (lastFocused = event.target);
  document.addEventListener('focusin', remember, true);
  document.addEventListener('pointerdown', remember, true);
}

/**
 * The late Fluent components once loaded (after the first view's data); `undefined` until then. Wrapping a control
 * in one (a Tooltip) mounts the control anew: `keepFocus` names it, so a person who had tabbed to it keeps the focus
 * there — decided when the new control is in the page, before the browser takes another key, not when the code came
 * (a Tab pressed between the two had left the focus on the page).
 */
export function useLateFluent(keepFocus?: RefObject<HTMLElement | null>): LateFluent | undefined {
  const [late, setLate] = useState<LateFluent | undefined>(loaded);
  const mounted = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const before = mounted.current;
    mounted.current = keepFocus?.current ?? null;
    if (!before || before === mounted.current || before.isConnected) return;
    // Only when the swap took the focus (it fell to the page): a person who tabbed on meanwhile keeps their place.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && lastFocused === before) mounted.current?.focus();
  }, [late, keepFocus]);
  useEffect(() => {
    if (late) return;
    let live = true;
    // A failed load (offline) leaves the plain controls in place: they carry their names without it.
    loadLateFluent().then(
      (m) => live && setLate(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [late]);
  return late;
}
