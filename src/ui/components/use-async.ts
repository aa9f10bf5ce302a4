import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly error: unknown };

/**
 * Runs `load` on mount and on `reload()`; the latest run wins. `load` must be stable (useCallback). A reload keeps
 * showing what is loaded until the new value arrives, so open dialogs and the chosen view survive a refresh.
 */
export function useAsync<T>(load: () => Promise<T>): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [load, round]);
  const reload = useCallback(() => {
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    setRound((r) => r + 1);
  }, []);
  return [state, reload];
}
