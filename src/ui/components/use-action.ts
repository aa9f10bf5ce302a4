import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../errors/describe-error';

export interface ActionOptions<A extends readonly unknown[], R, S> {
  /** What a success says in the view's live region (a sentence, or the view's message shape); undefined says nothing. */
  readonly success?: (result: R, ...args: A) => S | undefined;
  /**
   * The view's own sentence for a failure (a conflict in its words); undefined falls back to the app's sentence for the
   * error (`error.<key>`, describe-error.ts). It may also act on the failure (re-read on a conflict).
   */
  readonly failure?: (error: unknown, ...args: A) => string | undefined;
  /** What the view does with a success (close the dialog, keep the result) — only while it is mounted. */
  readonly onSuccess?: (result: R, ...args: A) => void;
  /** After every run that ran, success or not (re-read the list, move focus) — only while the view is mounted. */
  readonly onSettled?: () => void;
  /** Runs with different keys may overlap (one card's decision while another's waits); default: one run at a time. */
  readonly key?: (...args: A) => string;
}

export interface Action<A extends readonly unknown[], S> {
  /** Starts the write; a run while one with the same key is on its way is ignored (no double submit). True on success. */
  run(...args: A): Promise<boolean>;
  /** A run is on its way: disable its buttons, set aria-busy, show the spinner. */
  readonly busy: boolean;
  /** The arguments of the runs on their way (which card, which step is busy). */
  readonly pending: readonly A[];
  /** The last run's failure as the sentence the view shows. */
  readonly error: string | undefined;
  /** The last run's failure itself, for a view whose bar differs by kind (a conflict offers "Genindlæs"). */
  readonly cause: unknown;
  /** The last run's success as the view's live region says it. */
  readonly status: S | undefined;
  /** Says something in place of the last outcome (a step announced before it is saved), or clears it (undefined). */
  announce(status: S | undefined): void;
}

/**
 * Every write a view performs (docs/ARCHITECTURE.md, "How a view writes"): its busy state, its error sentence and
 * what its live region says, in one place. A new run clears the last run's error and status. After the view is
 * unmounted the write still finishes, but nothing of the view runs.
 */
export function useAction<A extends readonly unknown[], R, S = string>(
  fn: (...args: A) => Promise<R>,
  options: ActionOptions<A, R, S> = {},
): Action<A, S> {
  const { t } = useTranslation();
  const [pending, setPending] = useState<readonly A[]>([]);
  const [error, setError] = useState<string>();
  const [cause, setCause] = useState<unknown>();
  const [status, setStatus] = useState<S>();
  // The latest closures, so `run` stays one function and never calls a stale one.
  const latest = useRef({ fn, options, t });
  latest.current = { fn, options, t };
  // Synchronous, so a double click in one frame is caught before React re-renders with busy.
  const running = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<boolean> => {
    const { fn: work, options: opts } = latest.current;
    const key = opts.key?.(...args) ?? '';
    if (running.current.has(key)) return false;
    running.current.add(key);
    setPending((p) => [...p, args]);
    setError(undefined);
    setCause(undefined);
    setStatus(undefined);
    let ok = false;
    try {
      const result = await work(...args);
      ok = true;
      if (!mounted.current) return true;
      const { options: now } = latest.current;
      setStatus(now.success?.(result, ...args));
      now.onSuccess?.(result, ...args);
    } catch (e) {
      if (!mounted.current) return false;
      const { options: now, t: translate } = latest.current;
      setCause(e);
      setError(now.failure?.(e, ...args) ?? translate(`error.${errorKey(e)}`));
    } finally {
      running.current.delete(key);
      if (mounted.current) {
        setPending((p) => p.filter((x) => x !== args));
        latest.current.options.onSettled?.();
      }
    }
    return ok;
  }, []);

  const announce = useCallback((said: S | undefined) => {
    setError(undefined);
    setCause(undefined);
    setStatus(said);
  }, []);

  return { run, busy: pending.length > 0, pending, error, cause, status, announce };
}
