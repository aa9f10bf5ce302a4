import { useEffect, useState } from 'react';

/**
 * The moment the page's first view shows its data (the role's view over the loaded home, the task pane's answer
 * about the open mail). Code that only polishes the page — the header's tooltips and avatar — loads after it, so a
 * cold load fetches it after the data the person came for (issue 17 pt 1). A person who acts first (a key, a
 * pointer) or a page that shows no such view (a link's approval page, an error) does not wait for it: the first
 * input, or a few seconds, count as shown too.
 */
const FALLBACK_MS = 3000;

let shown = false;
let waiting: Promise<void> | undefined;
let release: (() => void) | undefined;

function markShown(): void {
  if (shown) return;
  shown = true;
  release?.();
}

/** Resolves once the first view has shown its data (or the person acted, or the fallback passed). */
export function whenFirstViewShown(): Promise<void> {
  if (shown) return Promise.resolve();
  if (!waiting) {
    waiting = new Promise<void>((resolve) => {
      release = resolve;
    });
    if (typeof window !== 'undefined') {
      const early = () => markShown();
      for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, early, { once: true, capture: true });
      window.setTimeout(early, FALLBACK_MS);
    }
  }
  return waiting;
}

/**
 * Rendered where a first view's data is on screen: marks it shown once it has been painted (the frame after its
 * commit, then a task), so what waits for it is fetched and run after the person sees the data, not in the frame
 * that shows it.
 */
export function FirstViewShown(): null {
  useEffect(() => afterNextPaint(markShown), []);
  return null;
}

/** Calls `then` after the next frame has been painted (a frame, then a task); answers a cancel. */
function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** False until the first view has shown its data (as `whenFirstViewShown`): for parts that mount only after it. */
export function useFirstViewShown(): boolean {
  const [after, setAfter] = useState(shown);
  useEffect(() => {
    let live = true;
    if (!after) void whenFirstViewShown().then(() => live && setAfter(true));
    return () => {
      live = false;
    };
  }, [after]);
  return after;
}

/**
 * True from the frame after `ready` turned true has been painted: for what may load once a view's answer is on
 * screen, not alongside it (its code would otherwise be fetched and run while the answer paints).
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [ready, painted]);
  return painted;
}
